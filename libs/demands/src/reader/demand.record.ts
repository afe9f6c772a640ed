import type { CloseReason, DemandDetails, DemandKind, DemandStatus } from '../demand.types';
import type { Demand } from '../demand.entity';

/** A demand as other contexts read it: a plain, read-only copy (no entity, no TypeORM). */
export interface DemandRecord {
  readonly id: string;
  readonly organizationId: string;
  readonly createdBy: string;
  readonly kind: DemandKind;
  readonly title: string;
  readonly description: string;
  readonly industryCode: string;
  readonly district: string;
  readonly tags: readonly string[];
  readonly skills: readonly string[];
  readonly details: Readonly<DemandDetails>;
  /** Last useful day, `YYYY-MM-DD`. */
  readonly deadline: string | null;
  readonly status: DemandStatus;
  readonly closeReason: CloseReason | null;
  readonly closeNote: string | null;
  readonly publishedAt: Date | null;
  readonly closedAt: Date | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export function toDemandRecord(d: Demand): DemandRecord {
  return {
    id: d.id,
    organizationId: d.organizationId,
    createdBy: d.createdBy,
    kind: d.kind,
    title: d.title,
    description: d.description,
    industryCode: d.industryCode,
    district: d.district,
    tags: [...d.tags],
    skills: [...d.skills],
    details: { ...d.details },
    deadline: d.deadline,
    status: d.status,
    closeReason: d.closeReason,
    closeNote: d.closeNote,
    publishedAt: d.publishedAt,
    closedAt: d.closedAt,
    version: d.version,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}
