/** The teachers sub-context's enums and value shapes (no TypeORM). */

/** 双师型 certification levels (初级, 中级, 高级). */
export const CERTIFICATION_LEVELS = ['junior', 'intermediate', 'senior'] as const;
export type CertificationLevel = (typeof CERTIFICATION_LEVELS)[number];

/** A certification is valid, expired or revoked. */
export const CERTIFICATION_STATUSES = ['valid', 'expired', 'revoked'] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

/** 双师型 (dual-qualified) certification of a teacher. */
export interface DualQualification {
  level: CertificationLevel;
  /** Day of certification, `YYYY-MM-DD`. */
  certifiedOn: string;
  certifyingBody: string;
  status: CertificationStatus;
}

/** One training a teacher attended. */
export interface TrainingAttended {
  title: string;
  provider: string;
  from: string;
  to: string;
  hours: number;
}

/** Days of two-for-one work: logged by the college, confirmed by the demand's enterprise. */
export enum PracticeLogStatus {
  Reported = 'reported',
  Confirmed = 'confirmed',
}
