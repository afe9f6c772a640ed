import type { Connection } from './connection.entity';
import type {
  CandidateType,
  ConnectionInitiator,
  ConnectionStatus,
  DeclineReason,
} from './connection.types';

/** A match as other contexts read it (no message, no contacts): a plain, read-only copy. */
export interface ConnectionRecord {
  readonly id: string;
  readonly demandId: string;
  /** The demand's organisation: an enterprise, or a college for a college need. */
  readonly ownerId: string;
  readonly candidateType: CandidateType;
  readonly expertId: string | null;
  /** The candidate college or enterprise. */
  readonly candidateOrganizationId: string | null;
  readonly initiatedBy: ConnectionInitiator;
  readonly status: ConnectionStatus;
  readonly declineReason: DeclineReason | null;
  readonly declineNote: string | null;
  readonly version: number;
}

export function toConnectionRecord(c: Connection): ConnectionRecord {
  return {
    id: c.id,
    demandId: c.demandId,
    ownerId: c.ownerId,
    candidateType: c.candidateType,
    expertId: c.expertId,
    candidateOrganizationId: c.candidateOrganizationId,
    initiatedBy: c.initiatedBy,
    status: c.status,
    declineReason: c.declineReason,
    declineNote: c.declineNote,
    version: c.version,
  };
}

/**
 * A match as its conversation shows it (conversations context): the record, the opening message
 * the initiator wrote and the demand's title. For callers that check the reader is a party.
 */
export interface ConnectionSubjectRecord extends ConnectionRecord {
  readonly message: string;
  readonly demandTitle: string;
  readonly createdAt: Date;
}
