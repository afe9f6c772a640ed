/** The organisation's enums and shapes, apart from the entity: importing them pulls no TypeORM. */
export enum OrganizationKind {
  Enterprise = 'enterprise',
  College = 'college',
}

export enum VerificationStatus {
  Pending = 'pending',
  Verified = 'verified',
  Rejected = 'rejected',
}

export enum EnterpriseSize {
  Micro = 'micro',
  Small = 'small',
  Medium = 'medium',
  Large = 'large',
}

/** 中职 secondary vocational, 高职 higher vocational, 本科 vocational bachelor, 技工 technician school. */
export const COLLEGE_LEVELS = ['中职', '高职', '本科', '技工'] as const;
export type CollegeLevel = (typeof COLLEGE_LEVELS)[number];

export interface MajorOffered {
  code: string;
  name: string;
  /** Students enrolled per year (while it is taught). */
  annualIntake?: number;
  annualGraduates?: number;
  /** Year the college opened it; a major with a closedYear takes no students from that year. */
  openedYear?: number;
  closedYear?: number;
}

export interface ResearchResult {
  title: string;
  year: number;
  summary?: string;
}
