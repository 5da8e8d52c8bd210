import assert from 'node:assert/strict';
import { test } from 'node:test';
import nl from './nl.js';
import en from './en.js';
import fy from './fy.js';
import { groupDigits } from '../formats.js';

test("the catalogues' long dates are Intl's, without loading Intl's calendar data in the browser", () => {
  for (let month = 0; month < 12; month++)
    for (const day of [1, 9, 28]) {
      const date = new Date(2026, month, day);
      const intl = (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(date);
      assert.equal(nl['date.long'](day, month, 2026), intl('nl-NL'));
      assert.equal(en['date.long'](day, month, 2026), intl('en-GB'));
    }
  // Frisian, which runtimes format as Dutch: its own month names.
  assert.equal(fy['date.long'](1, 0, 2027), '1 jannewaris 2027');
  assert.equal(fy['date.long'](31, 11, 2026), '31 desimber 2026');
});

test("the catalogues' whole numbers are Intl's; others are left to Intl", () => {
  for (const other of [-1, 1.5, Number.NaN, Infinity, 2 ** 60]) assert.equal(groupDigits(other, '.'), undefined);
  for (const n of [0, 7, 999, 1000, 1234, 12345, 999999, 1000000, 123456789, Number.MAX_SAFE_INTEGER]) {
    const group = (s: string) => groupDigits(n, s);
    assert.equal(group(nl['number.group']), new Intl.NumberFormat('nl-NL').format(n));
    assert.equal(group(en['number.group']), new Intl.NumberFormat('en-GB').format(n));
    assert.equal(group(fy['number.group']), new Intl.NumberFormat('nl-NL').format(n));
  }
});
