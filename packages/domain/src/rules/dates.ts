/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`, dates in Malmö). The arithmetic runs on UTC
 * midnights so that daylight saving never shifts a date; no time of day is involved.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2007-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  return toIso(Date.UTC(Number(y), Number(m) - 1, Number(d))) === value;
}

function parts(date: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(date);
  if (!match || !isIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`);
  const [, y, m, d] = match;
  return { year: Number(y), month: Number(m), day: Number(d) };
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parts(date);
  return toIso(Date.UTC(year, month - 1, day + days));
}

/** Days in a month; `month` is 1–12. */
function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date `months` calendar months after `date`, clamped to the month's end: 2007-01-31 plus one
 * month is 2007-02-28, not 2007-03-03 as plain Date arithmetic would give.
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return toIso(Date.UTC(targetYear, targetMonth - 1, targetDay));
}

/** Negative when `a` is before `b`, 0 when equal, positive when after. */
export function compareDates(a: string, b: string): number {
  // ISO dates order lexically.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The year of an ISO date. */
export function yearOf(date: string): number {
  return parts(date).year;
}

/** The earlier of two dates. */
export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/** The later of two dates. */
export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parts(from);
  const b = parts(to);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS,
  );
}
