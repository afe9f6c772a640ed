import { PROJECT_KINDS } from '@app/reference';
import type { SqlParams } from '../scope/scope-sql';
import type { StatsScope } from '../scope/stats-scope';

/**
 * The project kind the scope narrows to, or null. A demand kind (talent, rnd…) says nothing
 * about projects, so it is ignored here (and left out of the filters the section reports).
 */
export function projectKindOf(scope: StatsScope): string | null {
  return scope.kind && (PROJECT_KINDS as readonly string[]).includes(scope.kind)
    ? scope.kind
    : null;
}

/** Whether a table about `kind` has anything to show under the scope's kind filter. */
export function kindApplies(scope: StatsScope, kind: string): boolean {
  const filter = projectKindOf(scope);
  return filter === null || filter === kind;
}

/**
 * SQL: the span [`alias.starts_on`, `alias.ends_before`) (dates; a null end is open) overlaps
 * the period. `TRUE` without a period.
 */
export function overlapsPeriod(scope: StatsScope, alias: string, params: SqlParams): string {
  const conditions: string[] = [];
  if (scope.period.to) conditions.push(`${alias}.starts_on < ${params.add(scope.period.to)}::date`);
  if (scope.period.from) {
    conditions.push(
      `(${alias}.ends_before IS NULL OR ${alias}.ends_before > ${params.add(scope.period.from)}::date)`,
    );
  }
  return conditions.length > 0 ? conditions.join(' AND ') : 'TRUE';
}

/** The first and last calendar years the period touches (null: open on that side). */
export function periodYears(scope: StatsScope): { from: number | null; to: number | null } {
  const { from, to } = scope.period;
  return {
    from: from ? Number(from.slice(0, 4)) : null,
    // `to` is exclusive (the day after the period): its year counts unless it is 1 January.
    to: to ? Number(to.slice(0, 4)) - (to.endsWith('-01-01') ? 1 : 0) : null,
  };
}

/**
 * The year whose practice is measured against the 60 days: the last year of the period, or
 * this year when the period runs on (or there is none, or it ends later).
 */
export function practiceYear(scope: StatsScope, thisYear: number): number {
  return Math.min(periodYears(scope).to ?? thisYear, thisYear);
}

/** The filters the section applied: a demand kind, ignored, is not among them. */
export function cooperationFilters(scope: StatsScope): Record<string, string> {
  return Object.fromEntries(
    Object.entries(scope.applied).filter(
      (e): e is [string, string] =>
        typeof e[1] === 'string' && (e[0] !== 'kind' || projectKindOf(scope) !== null),
    ),
  );
}
