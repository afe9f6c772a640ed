import type { StatsScope } from '../scope/stats-scope';

/** The period the majors are weighed over, and the one before it for the trend. */
export interface MajorsWindow {
  /** First day counted and first day after, YYYY-MM-DD (month starts). */
  from: string;
  to: string;
  /** Start of the previous period of equal length (it ends at `from`). */
  previousFrom: string;
  months: number;
  /** The year whose colleges supply it: the year of the period's last month. */
  year: number;
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const monthStart = (index: number) =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;

/**
 * The scope's period, or the twelve months up to this one when it gives no end (and a year up
 * to its end when it gives no start): demand is weighed per year, so it needs a bounded period.
 */
export function majorsWindow(period: StatsScope['period'], today: Date): MajorsWindow {
  const current = today.getUTCFullYear() * 12 + today.getUTCMonth();
  const to = period.to ? monthIndex(period.to) : current + 1;
  const from = period.from ? monthIndex(period.from) : to - 12;
  const months = to - from;
  return {
    from: monthStart(from),
    to: monthStart(to),
    previousFrom: monthStart(from - months),
    months,
    year: Math.floor((to - 1) / 12),
  };
}

/** Headcount per year per yearly intake, two decimals; null without an intake. */
export function demandRatio(headcount: number, months: number, intake: number): number | null {
  if (intake <= 0 || months <= 0) return null;
  return Math.round(((headcount * 12) / months / intake) * 100) / 100;
}

/** Change in %, one decimal; null when there was nothing before. */
export function trendOf(current: number, previous: number): number | null {
  return previous > 0 ? Math.round(((current - previous) / previous) * 1000) / 10 : null;
}
