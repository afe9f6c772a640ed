import type { SqlParams } from '../scope/scope-sql';
import type { StatsScope } from '../scope/stats-scope';
import { overlapsPeriod, periodYears, projectKindOf } from './cooperation-scope';

/** A figure of an outcome (`figures->>name`) summed over all outcomes and the confirmed ones. */
export interface FigureSpec {
  /** The column key (its confirmed part: `<key>Confirmed`). */
  key: string;
  /** The figure's name in the outcome (libs/programmes outcome-rules.ts). */
  figure: string;
}

/** A rate of two confirmed figures, over the outcomes that report the part. */
export interface RateSpec {
  key: string;
  part: string;
  whole: string;
}

/** How rows are grouped: an SQL key and label over the projects `p` (plus a total row). */
export interface Grouping {
  key: string;
  label: string;
}

export const BY_PROJECT: Grouping = { key: 'p.id::text', label: 'p.title' };

const figure = (name: string) => `(o.figures->>'${name}')::bigint`;
const quoted = (key: string) => `"${key.replace(/"/g, '')}"`;

/**
 * SQL: the projects `alias` counts for the scope's districts and college: one of its partner
 * organisations is in a district, or is the college. `TRUE` without those filters.
 */
export function partnersWhere(scope: StatsScope, alias: string, params: SqlParams): string {
  const conditions: string[] = [];
  const partner = (condition: string) =>
    `EXISTS (SELECT 1 FROM insight_project_partners pp
              WHERE pp.project_id = ${alias}.id AND ${condition})`;
  if (scope.districts) {
    conditions.push(partner(`pp.district = ANY(${params.add(scope.districts)}::text[])`));
  }
  if (scope.collegeId) {
    conditions.push(partner(`pp.organization_id = ${params.add(scope.collegeId)}::uuid`));
  }
  return conditions.length > 0 ? conditions.join(' AND ') : 'TRUE';
}

/** Projects by kind: in the period (their span overlaps it), and those with outcomes in it. */
export function overviewSql(scope: StatsScope, params: SqlParams): string {
  const kind = projectKindOf(scope);
  return `
    WITH p AS (
      SELECT p.id, p.kind, p.status FROM insight_cooperation_projects p
       WHERE ${overlapsPeriod(scope, 'p', params)} AND ${partnersWhere(scope, 'p', params)}
         ${kind ? `AND p.kind = ${params.add(kind)}` : ''}
    ), o AS (
      SELECT o.project_id, bool_or(o.confirmed) AS confirmed FROM insight_project_outcomes o
       WHERE ${overlapsPeriod(scope, 'o', params)} GROUP BY 1
    )
    SELECT p.kind AS key, count(*)::int AS projects,
      count(*) FILTER (WHERE p.status = 'running')::int AS running,
      count(*) FILTER (WHERE p.status = 'completed')::int AS completed,
      count(o.project_id)::int AS "withOutcomes",
      count(*) FILTER (WHERE o.confirmed)::int AS "withConfirmedOutcomes"
    FROM p LEFT JOIN o ON o.project_id = p.id GROUP BY 1`;
}

/**
 * Groups a cooperation table lists (projects, bases, colleges): a city at scale has thousands,
 * which no dashboard shows and no answer should carry. The largest are listed, the total row
 * still sums them all (each table's note says so).
 */
export const MAX_GROUPS = 50;

/** Keeps the total row and the MAX_GROUPS groups largest by `rank` (then by key). */
function largestGroups(sql: string, rank: string, total: string): string {
  return `
    WITH g AS (${sql})
    SELECT * FROM g
     WHERE ${total} OR g.key IN (
       SELECT key FROM g WHERE NOT ${total} ORDER BY ${rank} DESC NULLS LAST, key LIMIT ${MAX_GROUPS})
     ORDER BY ${total}, g.label, g.key`;
}

/**
 * Figures of one kind's outcomes in the period, per group of projects and in total (the last
 * row, `isTotal`): the projects in the period or with outcomes in it, each figure summed
 * over all outcomes and over the confirmed ones, and each rate's confirmed whole. `projectSums`
 * adds sums of project columns.
 */
export function figuresSql(
  scope: StatsScope,
  params: SqlParams,
  spec: {
    kind: string;
    group: Grouping;
    figures: readonly FigureSpec[];
    rates?: readonly RateSpec[];
    projectSums?: readonly { key: string; column: string }[];
  },
): string {
  const figureOf = (key: string) => spec.figures.find((f) => f.key === key)?.figure ?? key;
  const perProject = [
    ...spec.figures.flatMap((f) => [
      `sum(${figure(f.figure)}) AS ${quoted(f.key)}`,
      `sum(${figure(f.figure)}) FILTER (WHERE o.confirmed) AS ${quoted(`${f.key}Confirmed`)}`,
    ]),
    ...(spec.rates ?? []).map(
      (r) =>
        `sum(${figure(figureOf(r.whole))}) FILTER (WHERE o.confirmed
           AND o.figures->>'${figureOf(r.part)}' IS NOT NULL) AS ${quoted(`${r.key}Base`)}`,
    ),
  ];
  const sums = [
    ...spec.figures.flatMap((f) => [f.key, `${f.key}Confirmed`]),
    ...(spec.rates ?? []).map((r) => `${r.key}Base`),
  ].map((key) => `COALESCE(sum(o.${quoted(key)}), 0)::float8 AS ${quoted(key)}`);
  const projectSums = (spec.projectSums ?? []).map(
    (s) => `COALESCE(sum(p.${s.column}), 0)::float8 AS ${quoted(s.key)}`,
  );
  const kind = params.add(spec.kind);
  const rank = spec.figures[0] ? quoted(spec.figures[0].key) : 'projects';
  return largestGroups(
    `
    WITH o AS (
      SELECT o.project_id, count(*) AS outcomes,
        count(*) FILTER (WHERE o.confirmed) AS outcomes_confirmed, ${perProject.join(', ')}
      FROM insight_project_outcomes o
      WHERE o.kind = ${kind} AND ${overlapsPeriod(scope, 'o', params)} GROUP BY 1
    )
    SELECT GROUPING(${spec.group.key}) = 1 AS "isTotal", ${spec.group.key} AS key,
      ${spec.group.label} AS label,
      count(*)::int AS projects,
      COALESCE(sum(o.outcomes), 0)::int AS outcomes,
      COALESCE(sum(o.outcomes_confirmed), 0)::int AS "outcomesConfirmed",
      ${[...sums, ...projectSums].join(',\n      ')}
    FROM insight_cooperation_projects p LEFT JOIN o ON o.project_id = p.id
    WHERE p.kind = ${kind} AND ${partnersWhere(scope, 'p', params)}
      AND (${overlapsPeriod(scope, 'p', params)} OR o.project_id IS NOT NULL)
    GROUP BY GROUPING SETS ((${spec.group.key}, ${spec.group.label}), ())`,
    `g.${rank}`,
    'g."isTotal"',
  );
}

/**
 * Teachers per college and in total (the last row): confirmed and awaiting practice days of
 * `year` (both ledger sources), who reach `required` confirmed days, and 双师型 certifications
 * (valid) dated in the period, or in `year` without one.
 */
export function teachersSql(
  scope: StatsScope,
  params: SqlParams,
  year: number,
  required: number,
): string {
  const where: string[] = [];
  if (scope.districts) where.push(`t.district = ANY(${params.add(scope.districts)}::text[])`);
  if (scope.collegeId) where.push(`t.college_id = ${params.add(scope.collegeId)}::uuid`);
  const { from, to } = scope.period;
  const certified = [
    `t.certified_on >= ${params.add(from ?? (to ? '-infinity' : `${year}-01-01`))}::date`,
    `t.certified_on < ${params.add(to ?? (from ? 'infinity' : `${year + 1}-01-01`))}::date`,
  ].join(' AND ');
  const days = params.add(required);
  return largestGroups(
    `
    WITH d AS (
      SELECT x.teacher_id, COALESCE(sum(x.days) FILTER (WHERE x.confirmed), 0) AS confirmed,
             COALESCE(sum(x.days) FILTER (WHERE NOT x.confirmed), 0) AS awaiting
        FROM insight_practice x WHERE x.year = ${params.add(year)} AND x.days > 0 GROUP BY 1
    )
    SELECT GROUPING(t.college_id) = 1 AS "isTotal",
      CASE WHEN GROUPING(t.college_id) = 0 THEN t.college_id::text END AS key,
      CASE WHEN GROUPING(t.college_id) = 0 THEN t.college_name END AS label,
      count(*)::int AS teachers,
      COALESCE(sum(d.confirmed), 0)::int AS "practiceDays",
      COALESCE(sum(d.awaiting), 0)::int AS "practiceDaysAwaiting",
      count(*) FILTER (WHERE COALESCE(d.confirmed, 0) >= ${days})::int AS compliant,
      count(*) FILTER (WHERE COALESCE(d.confirmed, 0) < ${days})::int AS short,
      count(*) FILTER (WHERE t.certification_status = 'valid' AND ${certified})::int AS certified
    FROM insight_teachers t LEFT JOIN d ON d.teacher_id = t.id
    WHERE ${where.length > 0 ? where.join(' AND ') : 'TRUE'}
    GROUP BY GROUPING SETS ((t.college_id, t.college_name), ())`,
    'g.teachers',
    'g."isTotal"',
  );
}

/**
 * Founders of incubated start-ups by graduation year (years of the period), against the yearly
 * intake of the colleges in scope: the graduates of a year, near enough (as programmes:totals).
 */
export function startUpRatesSql(scope: StatsScope, params: SqlParams): string {
  const { from, to } = periodYears(scope);
  const years = [
    ...(from !== null ? [`f.graduation_year >= ${params.add(from)}`] : []),
    ...(to !== null ? [`f.graduation_year <= ${params.add(to)}`] : []),
  ];
  const colleges: string[] = [];
  if (scope.districts) colleges.push(`c.district = ANY(${params.add(scope.districts)}::text[])`);
  if (scope.collegeId) colleges.push(`c.college_id = ${params.add(scope.collegeId)}::uuid`);
  return `
    WITH graduates AS (
      SELECT COALESCE(sum(c.annual_intake), 0)::int AS n FROM insight_college_intake c
       WHERE ${colleges.length > 0 ? colleges.join(' AND ') : 'TRUE'}
    )
    SELECT f.graduation_year AS year, count(*)::int AS founders, g.n AS graduates
      FROM insight_incubation_founders f
      JOIN insight_cooperation_projects p ON p.id = f.project_id
      CROSS JOIN graduates g
     WHERE ${[...years, partnersWhere(scope, 'p', params)].join(' AND ')}
     GROUP BY f.graduation_year, g.n ORDER BY 1`;
}
