import type { DistrictCode } from './districts';
import type { MajorCode } from './majors';

export type IndustryId =
  | 'glass'
  | 'photovoltaic'
  | 'newMaterials'
  | 'equipment'
  | 'robotics'
  | 'drones'
  | 'bakery'
  | 'agriFood'
  | 'nursing'
  | 'tcm'
  | 'biopharma'
  | 'ecommerce'
  | 'port'
  | 'tourism';

/** One GB/T 4754 class an industry's enterprises register under. */
export interface CodeOption {
  code: string;
  /** Business words in enterprise names: 示范市晶华 + 光伏玻璃 + 有限公司. */
  nameWords: string[];
  /** What such an enterprise does, completing "主要从事…". */
  business: string[];
  /** Job roles specific to this class; the profile's roles otherwise. */
  roles?: string[];
  /** Titles of experts working for such an enterprise; the profile's enterprise titles otherwise. */
  titles?: string[];
}

export interface RndProblem {
  title: string;
  detail: string;
  type: 'technical_problem' | 'process_optimisation';
  /** Classes whose enterprises have this problem; every class of the profile when absent. */
  codes?: string[];
}

export interface ResearchIdea {
  title: string;
  summary: string;
}

/** Everything the builders need to make one industry's enterprises, experts and postings. */
export interface IndustryProfile {
  id: IndustryId;
  label: string;
  enterpriseCount: number;
  expertCount: number;
  /** District codes, repeated to weight them. */
  districts: DistrictCode[];
  codes: CodeOption[];
  /** Invented 字号 (trade names); none is a real brand. */
  brands: string[];
  tags: string[];
  skills: string[];
  fields: string[];
  majors: MajorCode[];
  /** Job roles for talent postings. */
  roles: string[];
  /** Sentences that make an enterprise description specific. */
  highlights: string[];
  rnd: RndProblem[];
  trainingTopics: string[];
  /** What a practising teacher does in the enterprise. */
  practiceTasks: string[];
  results: ResearchIdea[];
  /** Consulting themes, completed by a service word ("诊断咨询", "现场指导"). */
  consulting: string[];
  expertTitles: { college: string[]; enterprise: string[]; institute: string[] };
  /** Fictional hospitals, institutes and associations, with their district. */
  institutes: { name: string; district: DistrictCode }[];
}
