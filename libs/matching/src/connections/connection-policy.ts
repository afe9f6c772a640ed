import { DomainError } from '@app/shared';
import {
  type DemandKind,
  demandOwnerKind,
  type DemandRecord,
  DemandStatus,
  isDemandVisible,
} from '@app/demands';
import type { Membership } from '@app/organizations';
import {
  CandidateType,
  type Connection,
  ConnectionInitiator,
  ConnectionStatus,
} from './connection.entity';

/** Which side of a connection the caller is on, if any. */
export type Side = ConnectionInitiator;

/** What the caller can act for: its organisation and its expert profile (either may be absent). */
export interface Party {
  membership: Membership | null;
  expertId: string | null;
}

export function sideOf(c: Connection, party: Party): Side | null {
  const orgId = party.membership?.organizationId;
  if (orgId && orgId === c.ownerId) return ConnectionInitiator.Owner;
  if (orgId && orgId === c.candidateOrganizationId) return ConnectionInitiator.Candidate;
  if (party.expertId && party.expertId === c.expertId) return ConnectionInitiator.Candidate;
  return null;
}

/** The side that answers: the owner answers interests, the candidate answers invitations. */
export function respondingSide(c: Connection): Side {
  return c.initiatedBy === ConnectionInitiator.Candidate
    ? ConnectionInitiator.Owner
    : ConnectionInitiator.Candidate;
}

/**
 * Who may answer a demand: experts always; colleges answer enterprises' demands and enterprises
 * answer colleges' needs. Nobody answers a demand of their own kind of organisation.
 */
export function candidateTypesFor(kind: DemandKind): readonly CandidateType[] {
  return demandOwnerKind(kind) === 'college'
    ? [CandidateType.Expert, CandidateType.Enterprise]
    : [CandidateType.Expert, CandidateType.College];
}

export function assertCandidateFits(demand: DemandRecord, type: CandidateType): void {
  if (!candidateTypesFor(demand.kind).includes(type)) {
    throw DomainError.forbidden(
      demandOwnerKind(demand.kind) === 'college'
        ? `A ${demand.kind} need is answered by experts and enterprises, not by a ${type}`
        : `A ${demand.kind} demand is answered by experts and colleges, not by an ${type}`,
      'CANDIDATE_TYPE_NOT_ALLOWED',
    );
  }
}

/** Drafts exist only for their own organisation; to everyone else they are a 404. */
export function visibleDemand(demand: DemandRecord | null, ownOrgId?: string): DemandRecord {
  if (!demand || !isDemandVisible(demand, ownOrgId)) {
    throw DomainError.notFound('Demand');
  }
  return demand;
}

/** Drafts and closed demands take no new moves. */
export function assertDemandOpen(demand: DemandRecord): void {
  if (demand.status !== DemandStatus.Open) {
    throw DomainError.conflict('DEMAND_NOT_OPEN', `This demand is ${demand.status}, not open`);
  }
}

export function assertPending(c: Connection, action: string): void {
  if (c.status !== ConnectionStatus.Pending) {
    throw DomainError.conflict(
      'INVALID_STATUS_TRANSITION',
      `A ${c.status} match cannot be ${action}`,
    );
  }
}

/** Accepting and declining belong to the side that did not make the first move. */
export function assertResponder(c: Connection, side: Side): void {
  if (side !== respondingSide(c)) {
    throw DomainError.forbidden('The other side must answer this match', 'NOT_YOUR_TURN');
  }
}

export function assertInitiator(c: Connection, side: Side): void {
  if (side !== c.initiatedBy) {
    throw DomainError.forbidden(
      'Only the side that started this match may withdraw it',
      'NOT_INITIATOR',
    );
  }
}
