import type { DataSource } from 'typeorm';
import { listIndustries } from '@app/reference';
import type { StatsScope } from './stats-scope';

/** Positional parameters of one statement, numbered as they are added. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The columns a statement filters on; a missing one is not filtered. */
export interface ScopeColumns {
  district?: string;
  industryCode?: string;
  /** A timestamptz column the period applies to (compared in the city's time zone). */
  time?: string;
  /** A date column the period applies to (a local date already). */
  date?: string;
  kind?: string;
  college?: string;
}

/** WHERE conditions (joined with AND, `TRUE` when none) for a scope on these columns. */
export function scopeWhere(scope: StatsScope, columns: ScopeColumns, params: SqlParams): string {
  const conditions: string[] = [];
  const { from, to } = scope.period;
  if (columns.time && (from || to)) {
    const tz = params.add(scope.timezone);
    if (from)
      conditions.push(`${columns.time} >= (${params.add(from)}::timestamp AT TIME ZONE ${tz})`);
    if (to) conditions.push(`${columns.time} < (${params.add(to)}::timestamp AT TIME ZONE ${tz})`);
  }
  if (columns.date && from) conditions.push(`${columns.date} >= ${params.add(from)}::date`);
  if (columns.date && to) conditions.push(`${columns.date} < ${params.add(to)}::date`);
  if (columns.district && scope.districts) {
    conditions.push(`${columns.district} = ANY(${params.add(scope.districts)}::text[])`);
  }
  if (columns.industryCode && scope.industry) {
    conditions.push(
      'divisions' in scope.industry
        ? `left(${columns.industryCode}, 2) = ANY(${params.add(scope.industry.divisions)}::text[])`
        : `${columns.industryCode} LIKE ${params.add(`${scope.industry.prefix}%`)}`,
    );
  }
  if (columns.kind && scope.kind) {
    conditions.push(`${columns.kind}::text = ${params.add(scope.kind)}`);
  }
  if (columns.college && scope.collegeId) {
    conditions.push(`${columns.college} = ${params.add(scope.collegeId)}::uuid`);
  }
  return conditions.length > 0 ? conditions.join(' AND ') : 'TRUE';
}

let sectionsSql: string | undefined;

/**
 * `(VALUES ('01', 'A', '农业'), …) AS <alias>(division, section, section_name)`: GB/T 4754
 * divisions to their sections, from the reference catalogue (constants, so inlined safely).
 */
export function industrySectionsSql(alias = 'sections'): string {
  sectionsSql ??= listIndustries({ level: 'division' })
    .map((d) => `('${d.code}', '${d.section}', '${d.sectionName.replace(/'/g, "''")}')`)
    .join(', ');
  return `(VALUES ${sectionsSql}) AS ${alias}(division, section, section_name)`;
}

/**
 * Runs one statistics statement with its parameters, with JIT compilation off for it: these
 * statements join sets whose sizes PostgreSQL overestimates by orders of magnitude, and past
 * jit_above_cost it spent over a second compiling a statement that then ran in 0.4 s
 * (bench:stats, majors at 100×). `SET LOCAL` keeps the setting to this transaction.
 */
export function statsRows<T>(
  dataSource: DataSource,
  build: (params: SqlParams) => string,
): Promise<T[]> {
  const params = new SqlParams();
  const sql = build(params);
  return dataSource.transaction(async (m) => {
    await m.query('SET LOCAL jit = off');
    return (await m.query(sql, params.values)) as T[];
  });
}
