import type { Organization } from '../entities/organization.entity';
import type { OrganizationRole } from '../team/organization-roles';
import type {
  CollegeLevel,
  EnterpriseSize,
  MajorOffered,
  OrganizationKind,
  ResearchResult,
  VerificationStatus,
} from '../entities/organization.types';

/**
 * An organisation as other contexts read it: a plain, read-only copy. Never the credit code or
 * the operators' review notes.
 */
export interface OrganizationRecord {
  readonly id: string;
  readonly kind: OrganizationKind;
  readonly name: string;
  readonly district: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly status: VerificationStatus;
  /** Enterprises: GB/T 4754 code. */
  readonly industryCode: string | null;
  readonly size: EnterpriseSize | null;
  /** Colleges. */
  readonly level: CollegeLevel | null;
  readonly majors: readonly Readonly<MajorOffered>[] | null;
  readonly trainingCapacity: number | null;
  readonly studentCount: number | null;
  readonly researchResults: readonly Readonly<ResearchResult>[] | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A user's membership of an organisation. */
export interface OrganizationMemberRecord {
  readonly organizationId: string;
  readonly userId: string;
  readonly role: OrganizationRole;
  readonly joinedAt: Date;
}

export function toOrganizationRecord(o: Organization): OrganizationRecord {
  return {
    id: o.id,
    kind: o.kind,
    name: o.name,
    district: o.district,
    description: o.description,
    tags: [...o.tags],
    status: o.status,
    industryCode: o.industryCode,
    size: o.size,
    level: o.level,
    majors: o.majors?.map((m) => ({ ...m })) ?? null,
    trainingCapacity: o.trainingCapacity,
    studentCount: o.studentCount,
    researchResults: o.researchResults?.map((r) => ({ ...r })) ?? null,
    version: o.version,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}

/**
 * The majors a college teaches in `year`: opened by then (or no year given) and not yet closed.
 * A closed major stays in the record (the city's statistics count its last cohorts) but is no
 * longer offered, so search and matching leave it out.
 */
export function taughtMajors(
  majors: readonly Readonly<MajorOffered>[] | null,
  year = new Date().getFullYear(),
): Readonly<MajorOffered>[] {
  return (majors ?? []).filter(
    (m) => (m.openedYear ?? 0) <= year && (m.closedYear ?? Infinity) > year,
  );
}
