import type { PracticeLogStatus, TrainingAttended, DualQualification } from './teacher.types';
import type { LedgerRow } from './practice-ledger';

export interface MajorView {
  code: string;
  name: string;
}

/** What anyone may see of a college's teacher: name, majors, 双师型 level and status. */
export interface TeacherPublicView {
  id: string;
  collegeId: string;
  name: string;
  majors: MajorView[];
  dualQualified: { level: DualQualification['level']; status: DualQualification['status'] } | null;
  access: 'public' | 'member' | 'admin';
}

/** The college's members and admins: the links, the full certification and the trainings. */
export interface TeacherView extends TeacherPublicView {
  userId: string | null;
  expertId: string | null;
  certification: DualQualification | null;
  trainings: TrainingAttended[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface PracticeLedgerView {
  collegeId: string;
  year: number;
  required: number;
  teachers: LedgerRow[];
  /** The teachers still short this year, most owed first. */
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
  status: PracticeLogStatus;
  loggedBy: string | null;
  loggedAt: Date;
  confirmedBy: string | null;
  confirmedAt: Date | null;
}
