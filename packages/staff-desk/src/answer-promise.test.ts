import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { answerState, dutchToday, inboxOrder } from './answer-promise.ts';
import type { StaffIdea } from './staff-api.ts';

const idea = (id: number, o: Partial<StaffIdea>): StaffIdea =>
  ({
    id,
    status: 'received',
    answered: null,
    answerDue: '2026-12-10',
    submitted: '2026-11-26T10:00:00Z',
    ...o,
  }) as StaffIdea;

describe('the answer promise at the desk', () => {
  test('an idea is waiting until its last day, overdue after it, and answered or done otherwise', () => {
    assert.deepEqual(answerState(idea(1, {}), '2026-12-02'), { kind: 'waiting', due: '2026-12-10', daysLeft: 8 });
    assert.deepEqual(answerState(idea(1, {}), '2026-12-10'), { kind: 'waiting', due: '2026-12-10', daysLeft: 0 });
    assert.deepEqual(answerState(idea(1, {}), '2026-12-13'), { kind: 'overdue', due: '2026-12-10', daysLate: 3 });
    const answered = idea(1, { answered: '2026-12-01T09:00:00Z' });
    assert.deepEqual(answerState(answered, '2026-12-13'), { kind: 'answered', at: '2026-12-01T09:00:00Z' });
    assert.deepEqual(answerState(idea(1, { status: 'closed' }), '2026-12-13'), { kind: 'done' });
  });

  test('the inbox puts the longest overdue first, then the nearest deadline, then the rest newest first', () => {
    const today = '2026-12-08';
    const ideas = [
      idea(1, { answerDue: '2026-12-20' }),
      idea(2, { answerDue: '2026-12-01' }),
      idea(3, { answerDue: '2026-12-05' }),
      idea(4, { status: 'published', submitted: '2026-11-01T10:00:00Z' }),
      idea(5, { answered: '2026-12-02T10:00:00Z', submitted: '2026-12-01T10:00:00Z' }),
      idea(6, { answerDue: '2026-12-09' }),
    ];
    assert.deepEqual(
      inboxOrder(ideas, today).map((i) => i.id),
      [2, 3, 6, 1, 5, 4],
    );
    assert.deepEqual(
      ideas.map((i) => i.id),
      [1, 2, 3, 4, 5, 6],
      'the list it was given is left as it was',
    );
  });

  test("today is the Netherlands' date, also late in the evening in UTC", () => {
    assert.equal(dutchToday(new Date('2026-12-02T23:30:00Z')), '2026-12-03');
    assert.equal(dutchToday(new Date('2026-06-30T22:00:00Z')), '2026-07-01');
  });
});
