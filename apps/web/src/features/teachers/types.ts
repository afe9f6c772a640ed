/**
 * The teachers sub-context's answers (libs/programmes/src/teachers/teacher.views.ts): interfaces
 * there, so openapi.json has no schema for them; these mirror them.
 */
export const CERTIFICATION_LEVELS = ['junior', 'intermediate', 'senior'] as const;
export const CERTIFICATION_STATUSES = ['valid', 'expired', 'revoked'] as const;
export type CertificationLevel = (typeof CERTIFICATION_LEVELS)[number];
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

export interface Certification {
  level: CertificationLevel;
  certifiedOn: string;
  certifyingBody: string;
  status: CertificationStatus;
}

export interface TeacherView {
  id: string;
  collegeId: string;
  name: string;
  majors: { code: string; name: string }[];
  dualQualified: { level: CertificationLevel; status: CertificationStatus } | null;
  access: 'public' | 'member' | 'admin';
  userId?: string | null;
  expertId?: string | null;
  certification?: Certification | null;
  version?: number;
}

export interface LedgerRow {
  teacherId: string;
  name: string;
  year: number;
  projectDays: number;
  twoForOneDays: number;
  days: number;
  required: number;
  owed: number;
  short: boolean;
}

export interface PracticeLedgerView {
  collegeId: string;
  year: number;
  required: number;
  teachers: LedgerRow[];
  short: { teacherId: string; name: string; days: number; owed: number }[];
}

export interface OfferedDemandView {
  id: string;
  title: string;
  organizationId: string;
  industryCode: string;
  skills: string[];
  deadline: string | null;
}

export interface PracticeOffersView {
  collegeId: string;
  year: number;
  offers: {
    teacherId: string;
    name: string;
    owed: number;
    majors: string[];
    demands: OfferedDemandView[];
  }[];
}

export interface PracticeLogView {
  id: string;
  teacherId: string;
  collegeId: string;
  demandId: string;
  enterpriseId: string;
  from: string;
  to: string;
  days: number;
  tasks: string[];
  status: 'reported' | 'confirmed';
  loggedBy: string | null;
  loggedAt: string;
  confirmedBy: string | null;
  confirmedAt: string | null;
}

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
