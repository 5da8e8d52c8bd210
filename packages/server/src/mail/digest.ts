import { dutchDate, isWorkingDay, workingDaysBetween } from '../calendar/working-days.js';

/** The hour on the clock in the Netherlands at an instant. */
function dutchHour(at: Date): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(at),
  );
}

/**
 * The working day whose digest is due at `now`: today in the Netherlands, once the clock
 * has passed `hour`, and only on working days (no digest on a weekend or a public
 * holiday: nobody reads it, and Monday's shows what waited).
 */
export function digestDay(now: Date, hour: number): string | null {
  const today = dutchDate(now);
  return isWorkingDay(today) && dutchHour(now) >= hour ? today : null;
}

/** Ideas whose answer is due within this many working days are "near" their deadline. */
export const NEAR_DAYS = 2;

/** Whether an unanswered idea belongs in today's digest. */
export function deadlineState(due: string, today: string): 'overdue' | 'near' | null {
  if (due < today) return 'overdue';
  return workingDaysBetween(today, due) <= NEAR_DAYS ? 'near' : null;
}
