/**
 * The labelled matching set: ~25 enterprises, 150 experts, 10 colleges and 75 demands with graded
 * relevance, written by hand (zh-CN). See eval/set/* for the data and docs/benchmarks.md.
 */
import { findIndustry, findMajor, isKnownDistrictCode } from '@app/reference';
import { backgroundExperts } from './set/background';
import { collegeNeeds, ENTERPRISE_SIZES } from './set/college-needs';
import { colleges } from './set/colleges';
import { dronesAndFood } from './set/drones-food';
import { fieldAgriHealth } from './set/field-agri-health';
import { fieldColleges } from './set/field-colleges';
import { fieldManufacturing } from './set/field-manufacturing';
import { fieldServices } from './set/field-services';
import { glass } from './set/glass';
import { health } from './set/health';
import { machinery } from './set/machinery';
import { pharma } from './set/pharma';
import { services } from './set/services';
import {
  type EvalCollege,
  type EvalCollegeNeed,
  type EvalDemand,
  type EvalEnterprise,
  type EvalExpert,
  evalUuid,
} from './set/types';

export * from './set/types';

export interface MatchingSet {
  enterprises: EvalEnterprise[];
  experts: EvalExpert[];
  colleges: EvalCollege[];
  demands: EvalDemand[];
  /** College needs, ranked for experts and enterprises (issue 11). */
  collegeNeeds: EvalCollegeNeed[];
  /** Enterprise sizes by key, where known. */
  enterpriseSizes: Record<string, 'micro' | 'small' | 'medium' | 'large'>;
}

const parts = [
  glass,
  machinery,
  dronesAndFood,
  health,
  pharma,
  services,
  fieldManufacturing,
  fieldServices,
  fieldAgriHealth,
];

export const matchingSet: MatchingSet = {
  enterprises: parts.flatMap((p) => p.enterprises),
  experts: [...parts.flatMap((p) => p.experts), ...backgroundExperts],
  colleges: [...colleges, ...fieldColleges],
  demands: parts.flatMap((p) => p.demands),
  collegeNeeds,
  enterpriseSizes: ENTERPRISE_SIZES,
};

/**
 * The blind split: a fifth of all demands, chosen by a hash of the key so that it does not depend
 * on the order or the author of the files. Its figures are printed on their own line; nobody
 * looks at its demands (or their per-demand results) while tuning matching.
 */
export function isBlind(demandKey: string): boolean {
  return parseInt(evalUuid(`blind:${demandKey}`).slice(0, 8), 16) % 5 === 0;
}

/** Problems in the set (unknown keys or codes, duplicates); empty when it is consistent. */
export function checkSet(set: MatchingSet): string[] {
  const problems: string[] = [];
  const unique = (label: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const k of keys) {
      if (seen.has(k)) problems.push(`duplicate ${label} ${k}`);
      seen.add(k);
    }
    return seen;
  };
  const enterprises = unique(
    'enterprise',
    set.enterprises.map((e) => e.key),
  );
  const experts = unique(
    'expert',
    set.experts.map((e) => e.key),
  );
  const collegeKeys = unique(
    'college',
    set.colleges.map((c) => c.key),
  );
  unique(
    'demand',
    set.demands.map((d) => d.key),
  );
  const codes = [
    ...set.enterprises.map((e) => e.industryCode),
    ...set.experts.flatMap((e) => e.industryCodes),
  ];
  for (const code of codes) if (!findIndustry(code)) problems.push(`unknown industry ${code}`);
  for (const c of set.colleges)
    for (const m of c.majors) if (!findMajor(m)) problems.push(`unknown major ${m} (${c.key})`);
  const districts = [...set.enterprises, ...set.experts, ...set.colleges].map((x) => x.district);
  for (const d of districts) if (!isKnownDistrictCode(d)) problems.push(`unknown district ${d}`);
  for (const d of set.demands) {
    if (!enterprises.has(d.enterprise)) problems.push(`${d.key}: unknown enterprise`);
    for (const k of Object.keys(d.experts))
      if (!experts.has(k)) problems.push(`${d.key}: unknown expert ${k}`);
    for (const k of Object.keys(d.colleges ?? {}))
      if (!collegeKeys.has(k)) problems.push(`${d.key}: unknown college ${k}`);
    if (!Object.values(d.experts).some((g) => g >= 2)) problems.push(`${d.key}: no grade ≥ 2`);
  }
  unique(
    'college need',
    set.collegeNeeds.map((n) => n.key),
  );
  for (const n of set.collegeNeeds) {
    if (!collegeKeys.has(n.college)) problems.push(`${n.key}: unknown college`);
    if (n.industryCode && !findIndustry(n.industryCode))
      problems.push(`${n.key}: unknown industry ${n.industryCode}`);
    for (const m of (n.details.majorCodes as string[] | undefined) ?? [])
      if (!findMajor(m)) problems.push(`${n.key}: unknown major ${m}`);
    for (const k of Object.keys(n.experts))
      if (!experts.has(k)) problems.push(`${n.key}: unknown expert ${k}`);
    for (const k of Object.keys(n.enterprises))
      if (!enterprises.has(k)) problems.push(`${n.key}: unknown enterprise ${k}`);
    if (!Object.values(n.enterprises).some((g) => g >= 2))
      problems.push(`${n.key}: no enterprise graded ≥ 2`);
  }
  for (const k of Object.keys(set.enterpriseSizes))
    if (!enterprises.has(k)) problems.push(`size of unknown enterprise ${k}`);
  return problems;
}
