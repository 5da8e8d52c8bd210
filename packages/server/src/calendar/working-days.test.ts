import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addWorkingDays, dutchDate, isWorkingDay, publicHolidays, workingDaysBetween } from './working-days.ts';

describe('working days for the answer promise', () => {
  test('skip weekends and the Dutch public holidays', () => {
    // Easter 2026 is 5 April; Koningsdag 2025 fell on a Sunday and moved to the 26th.
    assert.ok(
      publicHolidays(2026).has('2026-04-03') &&
        publicHolidays(2026).has('2026-04-06') &&
        publicHolidays(2026).has('2026-05-14'),
    );
    assert.ok(publicHolidays(2025).has('2025-04-26') && !publicHolidays(2025).has('2025-04-27'));
    // Ten working days from Wednesday 23 December 2026: Christmas, two weekends and New Year in between.
    assert.equal(addWorkingDays('2026-12-23', 10), '2027-01-08');
    assert.equal(addWorkingDays('2026-11-23', 10), '2026-12-07');
    assert.equal(addWorkingDays('2026-11-27', 1), '2026-11-30', 'Friday + 1 is Monday');
    assert.equal(workingDaysBetween('2026-12-23', '2027-01-08'), 10);
    assert.equal(workingDaysBetween('2026-12-23', '2026-12-20'), 0);
  });

  test('every moveable feast follows Easter, in years with an early and a late Easter', () => {
    // Easter 2024 was 31 March, 2027 is 28 March, 2038 is 25 April (the latest of the century's).
    const expected: Record<number, string[]> = {
      2024: ['2024-03-29', '2024-03-31', '2024-04-01', '2024-05-09', '2024-05-19', '2024-05-20'],
      2027: ['2027-03-26', '2027-03-28', '2027-03-29', '2027-05-06', '2027-05-16', '2027-05-17'],
      2038: ['2038-04-23', '2038-04-25', '2038-04-26', '2038-06-03', '2038-06-13', '2038-06-14'],
    };
    for (const [year, days] of Object.entries(expected)) {
      const holidays = publicHolidays(Number(year));
      for (const day of days) assert.ok(holidays.has(day), `${day} is a holiday`);
      // New Year, Bevrijdingsdag and both Christmas days, every year.
      for (const fixed of ['01-01', '05-05', '12-25', '12-26']) assert.ok(holidays.has(`${year}-${fixed}`));
      assert.equal(holidays.size, 11, `${year}: eleven days off`);
    }
  });

  test('a working day is a weekday that is no holiday', () => {
    assert.equal(isWorkingDay('2026-12-02'), true, 'a Wednesday');
    assert.equal(isWorkingDay('2026-12-05'), false, 'a Saturday');
    assert.equal(isWorkingDay('2026-12-06'), false, 'a Sunday');
    assert.equal(isWorkingDay('2026-12-25'), false, 'Christmas on a Friday');
    assert.equal(isWorkingDay('2026-04-27'), false, 'Koningsdag on a Monday');
  });

  test('the promise starts the day after, and counts what is between both ways alike', () => {
    for (const from of ['2026-01-30', '2026-04-01', '2026-12-23', '2027-02-26']) {
      for (const days of [1, 3, 10, 20]) {
        const due = addWorkingDays(from, days);
        assert.equal(workingDaysBetween(from, due), days, `${from} + ${days}`);
        assert.ok(isWorkingDay(due), 'the last day of a promise is a working day');
      }
    }
  });

  test('the date is the Dutch one, across midnight and the clock changes', () => {
    assert.equal(dutchDate(new Date('2026-12-01T23:30:00Z')), '2026-12-02', 'winter: UTC+1');
    assert.equal(dutchDate(new Date('2026-07-01T22:30:00Z')), '2026-07-02', 'summer: UTC+2');
    assert.equal(dutchDate(new Date('2026-07-01T21:30:00Z')), '2026-07-01');
    assert.equal(dutchDate(new Date('2026-03-29T00:30:00Z')), '2026-03-29', 'the night the clocks go forward');
  });
});
