/** Calendar arithmetic on 'YYYY-MM-DD' strings, in UTC so the result never depends on the host. */
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got '${date}'`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  if (formatMs(ms) !== date) throw new RangeError(`Not a calendar date: '${date}'`);
  return ms;
}

function formatMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return formatMs(parseIsoDate(date) + days * DAY_MS);
}

export function addMonths(date: string, months: number): string {
  const d = new Date(parseIsoDate(date));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return formatMs(target.getTime());
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The first occurrence of month-day (e.g. '09-01') strictly after `date` plus `minDays`. */
export function nextMonthDay(date: string, monthDay: string, minDays = 0): string {
  const from = addDays(date, minDays);
  const sameYear = `${yearOf(from)}-${monthDay}`;
  return sameYear > from ? sameYear : `${yearOf(from) + 1}-${monthDay}`;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseIsoDate(b) - parseIsoDate(a)) / DAY_MS);
}
