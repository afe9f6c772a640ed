import { type SqlParams, industrySectionsSql, scopeWhere } from '../scope/scope-sql';
import type { StatsScope } from '../scope/stats-scope';

/** Days between two timestamps, as a number (fractional). */
const days = (to: string, from: string) => `EXTRACT(EPOCH FROM (${to} - ${from})) / 86400`;

/** The demand facts in scope: published in the period, in the districts, industry and kind. */
export function factsInScope(scope: StatsScope, params: SqlParams): string {
  const where = scopeWhere(
    scope,
    {
      time: 'f.published_at',
      district: 'f.district',
      industryCode: 'f.industry_code',
      kind: 'f.kind',
    },
    params,
  );
  return `SELECT f.* FROM insight_demand_facts f WHERE ${where}`;
}

/** How a row of `matchingSql` is grouped: the whole scope, or one district, section or month. */
export type MatchingDimension = 'total' | 'district' | 'section' | 'month';

/**
 * The answers to demands in one statement: for the whole scope and per district, industry
 * section and month (the city's), with GROUPING SETS, so the facts are read once rather than
 * four times (bench:stats: the medians' sorts were most of the section's time).
 */
export function matchingSql(scope: StatsScope, params: SqlParams): string {
  const tz = params.add(scope.timezone);
  return `
    SELECT
      CASE WHEN GROUPING(f.district) = 0 THEN 'district'
           WHEN GROUPING(f.section) = 0 THEN 'section'
           WHEN GROUPING(f.month) = 0 THEN 'month'
           ELSE 'total' END AS dimension,
      CASE WHEN GROUPING(f.district) = 0 THEN f.district
           WHEN GROUPING(f.section) = 0 THEN f.section
           WHEN GROUPING(f.month) = 0 THEN f.month END AS key,
      count(*)::int AS published,
      count(*) FILTER (WHERE f.interests > 0)::int AS with_interest,
      count(*) FILTER (WHERE f.connected > 0)::int AS connected,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY f.days_to_interest) AS median_days_to_interest,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY f.days_to_connection) AS median_days_to_connection,
      COALESCE(sum(f.interests), 0)::int AS interests,
      COALESCE(sum(f.interests_answered), 0)::int AS interests_answered,
      COALESCE(sum(f.invitations), 0)::int AS invitations,
      COALESCE(sum(f.invitations_answered), 0)::int AS invitations_answered
    FROM (
      SELECT f.district, f.interests, f.connected, f.interests_answered, f.invitations,
             f.invitations_answered,
             ${days('f.first_interest_at', 'f.published_at')} AS days_to_interest,
             ${days('f.first_connected_at', 'f.published_at')} AS days_to_connection,
             COALESCE(s.section, '?') AS section,
             to_char(f.published_at AT TIME ZONE ${tz}, 'YYYY-MM') AS month
        FROM (${factsInScope(scope, params)}) f
        LEFT JOIN ${industrySectionsSql('s')} ON s.division = left(f.industry_code, 2)
    ) f
    GROUP BY GROUPING SETS ((), (f.district), (f.section), (f.month))
    ORDER BY 1, 2`;
}

/** Organisations by kind and verification state (registered in the period). */
export function organizationsSql(scope: StatsScope, params: SqlParams): string {
  const where = scopeWhere(
    scope,
    { time: 'o.created_at', district: 'o.district', industryCode: 'o.industry_code' },
    params,
  );
  return `
    SELECT o.kind AS key,
      count(*) FILTER (WHERE o.status = 'pending')::int AS pending,
      count(*) FILTER (WHERE o.status = 'verified')::int AS verified,
      count(*) FILTER (WHERE o.status = 'rejected')::int AS rejected,
      count(*)::int AS total
    FROM insight_organizations o WHERE ${where} GROUP BY 1 ORDER BY 1`;
}

/** Experts by state (profiles created in the period); an industry matches any of theirs. */
export function expertsSql(scope: StatsScope, params: SqlParams): string {
  const where = scopeWhere(scope, { time: 'e.created_at', district: 'e.district' }, params);
  const industry = scope.industry
    ? 'divisions' in scope.industry
      ? `AND EXISTS (SELECT 1 FROM unnest(e.industry_codes) c
                     WHERE left(c, 2) = ANY(${params.add(scope.industry.divisions)}::text[]))`
      : `AND EXISTS (SELECT 1 FROM unnest(e.industry_codes) c
                     WHERE c LIKE ${params.add(`${scope.industry.prefix}%`)})`
    : '';
  return `
    SELECT count(*)::int AS total,
      count(*) FILTER (WHERE e.is_public)::int AS public,
      count(*) FILTER (WHERE e.claimed)::int AS claimed,
      count(*) FILTER (WHERE e.availability = 'available')::int AS available
    FROM insight_experts e WHERE ${where} ${industry}`;
}

/** Demands by kind and state. Drafts have no publication date: the period is their creation's. */
export function demandsSql(scope: StatsScope, params: SqlParams): string {
  const where = scopeWhere(
    scope,
    {
      time: 'COALESCE(d.published_at, d.created_at)',
      district: 'd.district',
      industryCode: 'd.industry_code',
      kind: 'd.kind',
    },
    params,
  );
  return `
    SELECT d.kind AS key,
      count(*) FILTER (WHERE d.status = 'draft')::int AS draft,
      count(*) FILTER (WHERE d.status = 'open')::int AS open,
      count(*) FILTER (WHERE d.status = 'closed')::int AS closed,
      count(*)::int AS total
    FROM insight_demands d WHERE ${where} GROUP BY 1 ORDER BY 1`;
}
