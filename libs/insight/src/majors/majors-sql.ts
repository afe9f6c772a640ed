import { listMajors } from '@app/reference';
import { type SqlParams, scopeWhere } from '../scope/scope-sql';
import type { StatsScope } from '../scope/stats-scope';
import type { MajorsWindow } from './majors-window';

/** Supporting postings listed per major. */
export const SUPPORT_LIMIT = 3;

/** The catalogue's majors in scope (the industry filter keeps those serving it), as parameters. */
function catalogueSql(scope: StatsScope, params: SqlParams): string {
  const majors = listMajors({ industry: scope.applied.industry });
  const column = (values: string[]) => `${params.add(values)}::text[]`;
  return `SELECT code, name, level, string_to_array(division_list, ',') AS divisions
    FROM unnest(${column(majors.map((m) => m.code))}, ${column(majors.map((m) => m.name))},
                ${column(majors.map((m) => m.level))},
                ${column(majors.map((m) => m.industries.join(',')))})
      AS c(code, name, level, division_list)`;
}

/** The verified colleges' majors in the scope's districts (and college, when given). */
function collegeMajorsWhere(scope: StatsScope, params: SqlParams, college: boolean): string {
  const where = scopeWhere(
    scope,
    { district: 'c.district', ...(college ? { college: 'c.college_id' } : {}) },
    params,
  );
  return `c.status = 'verified' AND ${where}`;
}

/**
 * One row per major taught in the period's last year or asked for in the period: supply from
 * the colleges teaching it then, demand from the postings naming it or in a division it serves
 * (the previous period's count for the trend), and the best supported postings.
 */
export function majorsSql(scope: StatsScope, window: MajorsWindow, params: SqlParams): string {
  const year = params.add(window.year);
  const postingsWhere = scopeWhere(
    scope,
    { district: 'p.district', industryCode: 'p.industry_code', kind: 'p.kind' },
    params,
  );
  const collegesMajors = scope.collegeId
    ? `WHERE m.code IN (SELECT major_code FROM insight_college_majors
                         WHERE college_id = ${params.add(scope.collegeId)}::uuid)`
    : '';
  return `
    WITH catalogue AS (${catalogueSql(scope, params)}),
    teaching AS (
      SELECT c.major_code AS code, min(c.major_name) AS name,
             count(DISTINCT c.college_id)::int AS colleges,
             COALESCE(sum(c.intake), 0)::int AS intake,
             COALESCE(sum(c.graduates), 0)::int AS graduates,
             max(c.opened_year) AS last_opened
        FROM insight_college_majors c
       WHERE ${collegeMajorsWhere(scope, params, false)}
         AND COALESCE(c.opened_year, 0) <= ${year}
         AND (c.closed_year IS NULL OR c.closed_year > ${year})
       GROUP BY 1),
    majors AS (
      SELECT * FROM catalogue
      UNION ALL
      SELECT t.code, t.name, NULL, '{}'::text[] FROM teaching t
       WHERE ${scope.industry ? 'FALSE' : 'TRUE'}
         AND NOT EXISTS (SELECT 1 FROM catalogue k WHERE k.code = t.code)),
    scoped AS (SELECT * FROM majors m ${collegesMajors}),
    postings AS (
      SELECT p.*, p.published_at >= ${params.add(window.from)}::date AS current
        FROM insight_major_postings p
       WHERE p.published_at >= ${params.add(window.previousFrom)}::date
         AND p.published_at < ${params.add(window.to)}::date AND ${postingsWhere}),
    -- Which majors a posting concerns: named (code, codes, name or skill) or by its industry's
    -- division. Joined pair by pair rather than majors × postings with array tests: that cross
    -- product was 1.6 s at 100× the city (bench:stats).
    pairs AS (
      SELECT p.id, m.code AS major, TRUE AS names_it
        FROM postings p JOIN scoped m ON m.code = p.major_code
      UNION ALL
      SELECT p.id, m.code, TRUE
        FROM postings p CROSS JOIN LATERAL unnest(p.major_codes) AS c(code)
        JOIN scoped m ON m.code = c.code
      UNION ALL
      SELECT p.id, m.code, TRUE FROM postings p JOIN scoped m ON m.name = p.major_name
      UNION ALL
      SELECT p.id, m.code, TRUE
        FROM postings p CROSS JOIN LATERAL unnest(p.skills) AS s(skill)
        JOIN scoped m ON m.name = s.skill
      UNION ALL
      SELECT p.id, d.code, FALSE
        FROM postings p
        JOIN (SELECT m.code, unnest(m.divisions) AS division FROM scoped m) d
          ON d.division = left(p.industry_code, 2)),
    links AS (SELECT id, major, bool_or(names_it) AS names_it FROM pairs GROUP BY id, major),
    matched AS (
      SELECT p.*, l.major, l.names_it, p.kind = 'talent' AND p.major_code = l.major AS direct
        FROM links l JOIN postings p ON p.id = l.id),
    demand AS (
      SELECT major,
             COALESCE(sum(headcount) FILTER (WHERE direct AND current), 0)::int AS headcount,
             count(*) FILTER (WHERE current)::int AS postings,
             count(*) FILTER (WHERE current AND names_it)::int AS named,
             count(*) FILTER (WHERE NOT current)::int AS previous_postings
        FROM matched GROUP BY 1),
    support AS (
      SELECT major, json_agg(json_build_object('id', id, 'title', title, 'headcount', headcount)
                             ORDER BY rank) AS postings
        FROM (SELECT x.major, x.id, x.title, x.headcount,
                     row_number() OVER (PARTITION BY x.major
                                        ORDER BY x.headcount DESC NULLS LAST,
                                                 x.published_at DESC, x.id) AS rank
                FROM matched x WHERE x.current) ranked
       WHERE rank <= ${SUPPORT_LIMIT}
       GROUP BY major)
    SELECT m.code, m.name, m.level,
           COALESCE(t.colleges, 0) AS colleges, COALESCE(t.intake, 0) AS intake,
           COALESCE(t.graduates, 0) AS graduates, t.last_opened,
           COALESCE(d.headcount, 0) AS headcount, COALESCE(d.postings, 0) AS postings,
           COALESCE(d.named, 0) AS named,
           COALESCE(d.previous_postings, 0) AS previous_postings,
           COALESCE(sp.postings, '[]') AS support
      FROM scoped m
      LEFT JOIN teaching t ON t.code = m.code
      LEFT JOIN demand d ON d.major = m.code
      LEFT JOIN support sp ON sp.major = m.code
     WHERE t.code IS NOT NULL OR d.postings > 0
     ORDER BY m.code`;
}

/** Years of changes listed when no period is given: this one and the two before. */
export const RECENT_CHANGE_YEARS = 3;

/**
 * Majors opened and closed, per year and college: the years in the period, or without one the
 * last RECENT_CHANGE_YEARS up to the window's (a city's whole history is thousands of rows).
 */
export function changesSql(scope: StatsScope, window: MajorsWindow, params: SqlParams): string {
  const conditions = [collegeMajorsWhere(scope, params, true)];
  if (scope.industry) {
    const codes = listMajors({ industry: scope.applied.industry }).map((m) => m.code);
    conditions.push(`c.major_code = ANY(${params.add(codes)}::text[])`);
  }
  if (scope.period.from) {
    conditions.push(`y.year >= ${params.add(Number(scope.period.from.slice(0, 4)))}`);
  }
  if (scope.period.to) {
    // `to` is the first day after the period: its last month is the day before.
    conditions.push(`y.year <= extract(year FROM ${params.add(scope.period.to)}::date - 1)`);
  }
  if (!scope.period.from && !scope.period.to) {
    conditions.push(
      `y.year BETWEEN ${params.add(window.year - RECENT_CHANGE_YEARS + 1)} AND ${params.add(window.year)}`,
    );
  }
  const names = (change: string) =>
    `COALESCE(string_agg(c.major_name, '、' ORDER BY c.major_code)
                FILTER (WHERE y.change = '${change}'), '')`;
  return `
    SELECT y.year, c.college_id, min(c.college_name) AS college,
           count(*) FILTER (WHERE y.change = 'opened')::int AS opened,
           count(*) FILTER (WHERE y.change = 'closed')::int AS closed,
           ${names('opened')} AS opened_majors, ${names('closed')} AS closed_majors
      FROM insight_college_majors c
      CROSS JOIN LATERAL (VALUES (c.opened_year, 'opened'), (c.closed_year, 'closed'))
        AS y(year, change)
     WHERE y.year IS NOT NULL AND ${conditions.join(' AND ')}
     GROUP BY y.year, c.college_id
     ORDER BY y.year DESC, college`;
}
