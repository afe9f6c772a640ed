import { cityScope, type StatsScope } from '../scope/stats-scope';

/** The whole city over one calendar year: what the yearly report counts. */
export function yearScope(year: number): StatsScope {
  return {
    ...cityScope(),
    period: { from: `${year}-01-01`, to: `${year + 1}-01-01` },
    applied: { from: `${year}-01`, to: `${year}-12` },
  };
}

/** Today in the platform's time zone, as YYYY-MM-DD. */
export function localDate(now: Date, timeZone = 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
}
