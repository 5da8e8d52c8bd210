import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deadlineState, digestDay } from './digest.ts';

// 2026-12-24 is a Thursday; 25 and 26 December are public holidays, 26–27 a weekend.
test('a digest is due on working days after the hour, Amsterdam time', () => {
  assert.equal(digestDay(new Date('2026-12-24T06:59:00Z'), 8), null, '07:59 in Amsterdam');
  assert.equal(digestDay(new Date('2026-12-24T07:00:00Z'), 8), '2026-12-24', '08:00 in Amsterdam');
  assert.equal(digestDay(new Date('2026-12-25T10:00:00Z'), 8), null, 'Christmas');
  assert.equal(digestDay(new Date('2026-12-26T10:00:00Z'), 8), null, 'Boxing Day, a Saturday');
  assert.equal(digestDay(new Date('2026-12-27T10:00:00Z'), 8), null, 'Sunday');
  assert.equal(digestDay(new Date('2026-12-28T07:30:00Z'), 8), '2026-12-28', 'Monday');
  // Summer time: 08:00 in Amsterdam is 06:00 UTC.
  assert.equal(digestDay(new Date('2026-07-01T06:00:00Z'), 8), '2026-07-01');
});

test('near counts working days, so a deadline after a long weekend is near on Thursday', () => {
  assert.equal(deadlineState('2026-12-23', '2026-12-24'), 'overdue');
  assert.equal(deadlineState('2026-12-24', '2026-12-24'), 'near');
  // Thursday 24th to Tuesday 29th: Friday 25th, the weekend and Saturday 26th are no working days.
  assert.equal(deadlineState('2026-12-29', '2026-12-24'), 'near');
  assert.equal(deadlineState('2026-12-30', '2026-12-24'), null);
});
