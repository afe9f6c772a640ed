/**
 * Shapes of the labelled matching set. Everything is hand-written and deterministic: ids come
 * from the keys (see `evalUuid`), so two runs index exactly the same documents.
 */
import { createHash } from 'node:crypto';

/** 3 ideal, 2 good, 1 acceptable; a candidate not listed is 0 (not relevant). */
export type Grade = 1 | 2 | 3;

/** Hard cases a demand is meant to exercise (a demand may have several). */
export type HardCase =
  | 'synonym'
  | 'plain-words'
  | 'other-district'
  | 'unavailable'
  | 'distractor'
  /** The right candidates declared no industry code and live in another district. */
  | 'sparse-profile'
  /** The decisive terms appear only in the demand's description. */
  | 'description-only'
  /** The decisive term is a compound (光伏玻璃, 可编程控制器) that naive segmentation splits. */
  | 'compound-term'
  /** Colleges for a named major (order class, internship, teacher practice). */
  | 'major';

export const HARD_CASES: readonly HardCase[] = [
  'synonym',
  'plain-words',
  'other-district',
  'unavailable',
  'distractor',
  'sparse-profile',
  'description-only',
  'compound-term',
  'major',
];

/** District codes of the demo city (@app/reference districts). */
export const D = {
  haigang: '130302',
  shanhaiguan: '130303',
  beidaihe: '130304',
  funing: '130306',
  qinglong: '130321',
  changli: '130322',
  lulong: '130324',
  devZone: 'ETDZ',
  newArea: 'BDHNA',
} as const;
export type District = (typeof D)[keyof typeof D];

export interface EvalEnterprise {
  key: string;
  name: string;
  industryCode: string;
  district: District;
  description: string;
  tags: string[];
}

/** Services as letters: c consulting, r R&D, t part-time teaching. Availability: a / l / u. */
export interface EvalExpert {
  key: string;
  name: string;
  title: string;
  affiliation: string;
  district: District;
  industryCodes: string[];
  fields: string[];
  skills: string[];
  services: string;
  availability: 'a' | 'l' | 'u';
  bio: string;
}

export interface EvalCollege {
  key: string;
  name: string;
  level: '中职' | '高职' | '本科' | '技工';
  district: District;
  description: string;
  /** Major codes of the 2021 vocational catalogue (names come from @app/reference). */
  majors: string[];
  /** Students enrolled per year, by major code (optional, as colleges often leave it out). */
  intakes?: Record<string, number>;
  trainingCapacity: number;
  research: string[];
}

export type DemandKindName = 'talent' | 'rnd' | 'training' | 'teacher_practice';

export interface EvalDemand {
  key: string;
  /** Key of the enterprise posting it; its industry and district are the demand's defaults. */
  enterprise: string;
  kind: DemandKindName;
  title: string;
  description: string;
  skills: string[];
  /** The demand's own `tags` column (part of what matching reads). */
  demandTags: string[];
  /**
   * Kind-specific details as the API stores them (see libs/demands demand-details.dto.ts), e.g.
   * `{ type: 'order_class', headcount: 40, majorCode: '540202', periodStart, periodEnd }` for
   * talent or `{ problemType: 'technical_problem', budgetMin, budgetMax, ipTerms }` for R&D.
   */
  details?: Record<string, unknown>;
  /** Overrides the posting enterprise's district (a demand sited elsewhere). */
  district?: District;
  /** Hard-case labels of this evaluation entry (not stored on the demand). */
  tags: HardCase[];
  /** Graded relevant experts by key. */
  experts: Record<string, Grade>;
  /** Graded relevant colleges by key, for the demands where colleges are evaluated. */
  colleges?: Record<string, Grade>;
}

export type CollegeNeedKindName =
  'part_time_teacher' | 'enterprise_mentor' | 'internship_base' | 'co_building';

/** A college's need, graded against the set's experts and enterprises. */
export interface EvalCollegeNeed {
  key: string;
  /** Key of the college posting it; its district is the need's. */
  college: string;
  kind: CollegeNeedKindName;
  title: string;
  description: string;
  /** GB/T 4754 code; an internship base without one takes its first major's industry. */
  industryCode?: string;
  skills: string[];
  /** Kind-specific details as the API stores them (demand-details.dto.ts). */
  details: Record<string, unknown>;
  tags: HardCase[];
  experts: Record<string, Grade>;
  enterprises: Record<string, Grade>;
}

export interface IndustrySet {
  enterprises: EvalEnterprise[];
  experts: EvalExpert[];
  demands: EvalDemand[];
}

/** Compact expert constructor: one line per expert in the data files. */
export function ex(
  key: string,
  name: string,
  title: string,
  affiliation: string,
  district: District,
  industryCodes: string[],
  fields: string[],
  skills: string[],
  services: string,
  availability: 'a' | 'l' | 'u',
  bio: string,
): EvalExpert {
  return {
    key,
    name,
    title,
    affiliation,
    district,
    industryCodes,
    fields,
    skills,
    services,
    availability,
    bio,
  };
}

/** A stable UUID for an evaluation key (same scheme as the seeder's, another namespace). */
export function evalUuid(key: string): string {
  const hex = createHash('sha256').update(`chanjiao-eval:${key}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
