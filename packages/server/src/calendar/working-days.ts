/**
 * Working days for the municipality's answer promise ("binnen 10 werkdagen"): Monday to
 * Friday, without the Dutch public holidays a municipal office is closed on. Dates are
 * calendar dates in the Netherlands (Europe/Amsterdam), as `YYYY-MM-DD`.
 */

const DAY = 86_400_000;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Easter Sunday (Gregorian; the anonymous algorithm of Meeus/Jones/Butcher). */
function easter(year: number): Date {
  const a = year % 19,
    b = Math.floor(year / 100),
    c = year % 100,
    d = Math.floor(b / 4),
    e = b % 4;
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31),
    day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

const cache = new Map<number, Set<string>>();

/** The public holidays of a year on which municipal offices are closed. */
export function publicHolidays(year: number): Set<string> {
  const hit = cache.get(year);
  if (hit) return hit;
  const e = easter(year).getTime();
  const kingsDay = utc(year, 4, 27);
  // Koningsdag moves to Saturday the 26th when the 27th is a Sunday.
  if (kingsDay.getUTCDay() === 0) kingsDay.setUTCDate(26);
  const days = new Set([
    iso(utc(year, 1, 1)),
    iso(new Date(e - 2 * DAY)), // Goede Vrijdag: most municipalities close
    iso(new Date(e)),
    iso(new Date(e + DAY)),
    iso(kingsDay),
    iso(utc(year, 5, 5)), // Bevrijdingsdag: a day off for government staff every year
    iso(new Date(e + 39 * DAY)), // Hemelvaartsdag
    iso(new Date(e + 49 * DAY)),
    iso(new Date(e + 50 * DAY)), // Pinksteren
    iso(utc(year, 12, 25)),
    iso(utc(year, 12, 26)),
  ]);
  cache.set(year, days);
  return days;
}

export function isWorkingDay(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = d.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !publicHolidays(d.getUTCFullYear()).has(date);
}

/** The calendar date in the Netherlands at an instant. */
export function dutchDate(at: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** The last day of a promise of `days` working days, counted from the day after `from`. */
export function addWorkingDays(from: string, days: number): string {
  let d = new Date(`${from}T00:00:00Z`);
  for (let left = days; left > 0;) {
    d = new Date(d.getTime() + DAY);
    if (isWorkingDay(iso(d))) left--;
  }
  return iso(d);
}

/** Working days from the day after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  for (
    let d = new Date(`${from}T00:00:00Z`).getTime() + DAY, end = new Date(`${to}T00:00:00Z`).getTime();
    d <= end;
    d += DAY
  ) {
    if (isWorkingDay(iso(new Date(d)))) n++;
  }
  return n;
}
