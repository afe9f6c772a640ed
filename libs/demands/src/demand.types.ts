/** The demand's enums and shapes, apart from the entity so that importing them pulls no TypeORM. */
export enum DemandKind {
  Talent = 'talent',
  Rnd = 'rnd',
  Training = 'training',
  TeacherPractice = 'teacher_practice',
  // College needs: posted by colleges, answered by experts and enterprises.
  PartTimeTeacher = 'part_time_teacher',
  EnterpriseMentor = 'enterprise_mentor',
  InternshipBase = 'internship_base',
  CoBuilding = 'co_building',
}

/** Which kind of organisation posts a kind of demand. */
export type DemandOwnerKind = 'enterprise' | 'college';

/** What enterprises post (the original four). */
export const ENTERPRISE_DEMAND_KINDS: readonly DemandKind[] = [
  DemandKind.Talent,
  DemandKind.Rnd,
  DemandKind.Training,
  DemandKind.TeacherPractice,
];

/** College needs: 兼职教师, 企业导师, 实习基地, 共建 (industry college or training base). */
export const COLLEGE_DEMAND_KINDS: readonly DemandKind[] = [
  DemandKind.PartTimeTeacher,
  DemandKind.EnterpriseMentor,
  DemandKind.InternshipBase,
  DemandKind.CoBuilding,
];

export function demandOwnerKind(kind: `${DemandKind}`): DemandOwnerKind {
  return (COLLEGE_DEMAND_KINDS as readonly string[]).includes(kind) ? 'college' : 'enterprise';
}

export enum DemandStatus {
  Draft = 'draft',
  Open = 'open',
  Closed = 'closed',
}

export enum CloseReason {
  Filled = 'filled',
  Expired = 'expired',
  Withdrawn = 'withdrawn',
}

/** Kind-specific fields; the shape is checked by the DTO of the demand's kind. */
export type DemandDetails = Record<string, unknown>;
