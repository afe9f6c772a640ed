import { findIndustry } from '../industries/industry-catalog';
import data from './majors.json';

export const MAJOR_LEVELS = ['中职', '高职', '本科'] as const;
export type MajorLevel = (typeof MAJOR_LEVELS)[number];

/** A major of the 2021 vocational catalogue; `industries` are related GB/T 4754 division codes. */
export interface Major {
  code: string;
  name: string;
  level: MajorLevel;
  industries: readonly string[];
  /** False when the code was not checked against the published list (`note` says why). */
  verified: boolean;
  note?: string;
}

type MajorEntry = Omit<Major, 'verified'> & { verified?: boolean };

export interface MajorFilter {
  level?: MajorLevel;
  /** Any GB/T 4754 code: sections and divisions match directly, groups and classes by division. */
  industry?: string;
}

interface MajorData {
  majors: MajorEntry[];
}

const majors: readonly Major[] = Object.freeze(
  (data as MajorData).majors.map((m) =>
    Object.freeze({
      ...m,
      verified: m.verified ?? true,
      industries: Object.freeze([...m.industries]),
    }),
  ),
);
const byCode = new Map(majors.map((m) => [m.code, m]));

export function findMajor(code: string): Major | undefined {
  return byCode.get(code.trim());
}

/** The GB/T 4754 divisions that graduates of these majors work in (unknown codes add none). */
export function majorDivisions(majorCodes: readonly string[]): string[] {
  return [...new Set(majorCodes.flatMap((code) => findMajor(code)?.industries ?? []))];
}

export function isKnownMajorCode(code: string): boolean {
  return findMajor(code) !== undefined;
}

export function listMajors(filter: MajorFilter = {}): Major[] {
  const { level, industry } = filter;
  const servesIndustry = industry === undefined ? () => true : industryMatcher(industry);
  return majors.filter((m) => (!level || m.level === level) && servesIndustry(m));
}

function industryMatcher(code: string): (major: Major) => boolean {
  const target = findIndustry(code);
  if (!target) return () => false;
  if (target.level === 'section') {
    return (m) => m.industries.some((d) => findIndustry(d)?.section === target.code);
  }
  const division = target.code.slice(0, 2);
  return (m) => m.industries.includes(division);
}
