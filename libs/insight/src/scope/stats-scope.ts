import { findIndustry, listIndustries } from '@app/reference';
import { type AuthUser, DomainError, oversightOf } from '@app/shared';
import type { StatsQuery } from './stats-query.dto';

/** What a statistic counts, resolved from the query and the caller's oversight. */
export interface StatsScope {
  /** Inclusive start and exclusive end of the period (local dates), or null for all time. */
  period: { from: string | null; to: string | null };
  /** The city's time zone (NOTIFY_TIMEZONE): months and periods are the city's, not UTC's. */
  timezone: string;
  /** Districts counted: null for the whole city (platform admin without a district filter). */
  districts: readonly string[] | null;
  /** The industry filter as SQL needs it: divisions of a section, or a code prefix. */
  industry: { divisions: readonly string[] } | { prefix: string } | null;
  kind: string | null;
  collegeId: string | null;
  /** The filters as given (for the files exported and the report). */
  applied: Readonly<StatsQuery>;
}

/** The reference city's; deployments pass NOTIFY_TIMEZONE. */
const DEFAULT_TIMEZONE = 'Asia/Shanghai';

/** The first day of the month after `month` (YYYY-MM), as YYYY-MM-DD. */
function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * The months `from`–`to` (YYYY-MM, both included) as a half-open date range; `to` before `from`
 * is 400 DATES_OUT_OF_ORDER. Shared by the stats sections and a college's own majors.
 */
export function periodOf(query: { from?: string; to?: string }): StatsScope['period'] {
  if (query.from && query.to && query.from > query.to) {
    throw DomainError.invalidField('to', 'DATES_OUT_OF_ORDER', 'to must not be before from');
  }
  return {
    from: query.from ? `${query.from}-01` : null,
    to: query.to ? nextMonth(query.to) : null,
  };
}

/**
 * Resolves the filters for a caller on a stats route (admins and operators only): an operator
 * sees its districts only, and asking for another district is 403 DISTRICT_NOT_GRANTED rather
 * than an empty answer that would read as "nothing happened there".
 */
export function resolveScope(
  actor: AuthUser,
  query: StatsQuery,
  timezone = DEFAULT_TIMEZONE,
): StatsScope {
  const period = periodOf(query);
  const oversight = oversightOf(actor);
  if (oversight.kind === 'none') {
    throw DomainError.forbidden(
      'No district is granted to this operator account',
      'NO_DISTRICTS_GRANTED',
    );
  }
  let districts: readonly string[] | null = query.district ? [query.district] : null;
  if (oversight.kind === 'districts') {
    if (query.district && !oversight.districts.includes(query.district)) {
      throw DomainError.forbidden(
        `District ${query.district} is not one of this operator's`,
        'DISTRICT_NOT_GRANTED',
      );
    }
    districts = districts ?? oversight.districts;
  }
  return {
    period,
    timezone,
    districts,
    industry: industryFilter(query.industry),
    kind: query.kind ?? null,
    collegeId: query.collegeId ?? null,
    applied: { ...query },
  };
}

/** The whole city, all time: the public summary's scope. */
export function cityScope(timezone = DEFAULT_TIMEZONE): StatsScope {
  return {
    period: { from: null, to: null },
    timezone,
    districts: null,
    industry: null,
    kind: null,
    collegeId: null,
    applied: {},
  };
}

function industryFilter(code: string | undefined): StatsScope['industry'] {
  if (!code) return null;
  const industry = findIndustry(code);
  if (industry?.level === 'section') {
    return {
      divisions: listIndustries({ level: 'division', parent: industry.code }).map((d) => d.code),
    };
  }
  return { prefix: code };
}
