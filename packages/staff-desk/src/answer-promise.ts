import type { StaffIdea } from './staff-api.js';

/** Today's date in the Netherlands, `YYYY-MM-DD`: the server counts the promise in Dutch working days. */
export function dutchToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export type AnswerState =
  | { kind: 'answered'; at: string }
  | { kind: 'waiting'; due: string; daysLeft: number }
  | { kind: 'overdue'; due: string; daysLate: number }
  | { kind: 'done' };

/**
 * Where an idea stands against the answer promise: answered, still within it (days
 * left until the last day), or overdue (days past the last day). Handled ideas are done.
 */
export function answerState(idea: StaffIdea, today: string): AnswerState {
  if (idea.answered) return { kind: 'answered', at: idea.answered };
  if (idea.status !== 'received') return { kind: 'done' };
  const left = days(today, idea.answerDue);
  return left < 0
    ? { kind: 'overdue', due: idea.answerDue, daysLate: -left }
    : { kind: 'waiting', due: idea.answerDue, daysLeft: left };
}

/**
 * The inbox order: overdue ideas first (the longest overdue on top), then the others
 * waiting for an answer (closest deadline first), then the rest, newest first.
 */
export function inboxOrder(ideas: StaffIdea[], today: string): StaffIdea[] {
  const rank = (i: StaffIdea) => ({ overdue: 0, waiting: 1, answered: 2, done: 2 })[answerState(i, today).kind];
  return [...ideas].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) < 2 ? a.answerDue.localeCompare(b.answerDue) : 0) ||
      b.submitted.localeCompare(a.submitted) ||
      b.id - a.id,
  );
}
