import { findMajor, majorDivisions } from '@app/reference';
import type { LedgerRow } from './teacher.views';

/**
 * The two-months rule: a vocational teacher practises in enterprises at least two months a year,
 * taken as 60 days per calendar year. A constant, not configuration: the rule is national policy.
 */
export const PRACTICE_DAYS_PER_YEAR = 60;

/** Confirmed days of one teacher, from one source, in one calendar year. */
export interface PracticeEntry {
  teacherId: string;
  year: number;
  days: number;
  source: 'project' | 'two_for_one';
}

export interface LedgerTeacher {
  id: string;
  name: string;
}

/**
 * Sums each teacher's confirmed days of `year` per source against `required`; entries of other
 * years and of other teachers are ignored. One row per teacher, in the order given.
 */
export function practiceLedger(
  teachers: readonly LedgerTeacher[],
  entries: readonly PracticeEntry[],
  year: number,
  required = PRACTICE_DAYS_PER_YEAR,
): LedgerRow[] {
  const sums = new Map<string, { project: number; twoForOne: number }>();
  for (const t of teachers) sums.set(t.id, { project: 0, twoForOne: 0 });
  for (const e of entries) {
    const sum = sums.get(e.teacherId);
    if (!sum || e.year !== year || !(e.days > 0)) continue;
    if (e.source === 'project') sum.project += e.days;
    else sum.twoForOne += e.days;
  }
  return teachers.map((t) => {
    const sum = sums.get(t.id) ?? { project: 0, twoForOne: 0 };
    const days = sum.project + sum.twoForOne;
    const owed = Math.max(0, required - days);
    return {
      teacherId: t.id,
      name: t.name,
      year,
      projectDays: sum.project,
      twoForOneDays: sum.twoForOne,
      days,
      required,
      owed,
      short: owed > 0,
    };
  });
}

/** The calendar year a confirmed teacher_practice outcome counts in: its period, else `from`. */
export function outcomeYear(period: string, from: unknown): number | null {
  if (/^\d{4}$/.test(period)) return Number(period);
  if (typeof from === 'string' && /^\d{4}-/.test(from)) return Number(from.slice(0, 4));
  return null;
}

/** Inclusive number of calendar days from `from` to `to` (`YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

/** What the field match needs of a demand. */
export interface FieldDemand {
  industryCode: string;
  skills: readonly string[];
}

/**
 * Whether an R&D demand is in a teacher's field: the demand's GB/T 4754 division (the first two
 * digits of its industry code) is one the teacher's majors lead to (the major catalogue's
 * `industries`), or one of the demand's skills appears in the name of one of the majors.
 */
export function inTeacherField(demand: FieldDemand, majors: readonly string[]): boolean {
  const division = /^\d{2}/.exec(demand.industryCode)?.[0];
  if (division && majorDivisions(majors).includes(division)) return true;
  const names = majors.map((code) => findMajor(code)?.name ?? '');
  return demand.skills.some((skill) => skill.length > 0 && names.some((n) => n.includes(skill)));
}
