import type { components } from '../../api/schema';

export type DemandKind = components['schemas']['DemandView']['kind'];

/** What enterprises post, and colleges' needs (libs/demands' demand.types.ts). */
export const ENTERPRISE_KINDS: readonly DemandKind[] = [
  'talent',
  'rnd',
  'training',
  'teacher_practice',
];
export const COLLEGE_KINDS: readonly DemandKind[] = [
  'part_time_teacher',
  'enterprise_mentor',
  'internship_base',
  'co_building',
];

/** The body field that carries each kind's details. */
export const DETAILS_FIELD = {
  talent: 'talent',
  rnd: 'rnd',
  training: 'training',
  teacher_practice: 'teacherPractice',
  part_time_teacher: 'partTimeTeacher',
  enterprise_mentor: 'enterpriseMentor',
  internship_base: 'internshipBase',
  co_building: 'coBuilding',
} as const satisfies Record<DemandKind, string>;

export type DetailsField = (typeof DETAILS_FIELD)[DemandKind];

/** Who may be matched to a kind: experts and colleges for enterprises, experts and enterprises for colleges. */
export const candidateKindsOf = (kind: DemandKind): ('expert' | 'college' | 'enterprise')[] =>
  COLLEGE_KINDS.includes(kind) ? ['expert', 'enterprise'] : ['expert', 'college'];
