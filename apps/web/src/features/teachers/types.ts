import type { components } from '../../api/schema';

/** The teachers sub-context's answers, as openapi.json declares them. */
type Schemas = components['schemas'];
export const CERTIFICATION_LEVELS = ['junior', 'intermediate', 'senior'] as const;
export const CERTIFICATION_STATUSES = ['valid', 'expired', 'revoked'] as const;
export type CertificationLevel = (typeof CERTIFICATION_LEVELS)[number];
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

export type Certification = Schemas['CertificationDto'];
export type TeacherView = Schemas['TeacherView'];
export type LedgerRow = Schemas['LedgerRow'];
export type PracticeLedgerView = Schemas['PracticeLedgerView'];
export type OfferedDemandView = Schemas['OfferedDemandView'];
export type PracticeOffersView = Schemas['PracticeOffersView'];
export type PracticeLogView = Schemas['PracticeLogView'];

/**
 * A major the college offers, as its profile stores it (OrganizationView.majors is untyped in
 * openapi.json: libs/organizations' MajorOffered).
 */
export interface MajorOffered {
  code: string;
  name: string;
  annualIntake?: number;
  annualGraduates?: number;
  openedYear?: number;
  closedYear?: number;
}

export const majorsOf = (college: { majors?: unknown } | undefined): MajorOffered[] =>
  Array.isArray(college?.majors) ? (college.majors as MajorOffered[]) : [];
