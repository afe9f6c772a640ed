import type { DomainEvent } from '@app/shared';
import type {
  CandidateType,
  Connection,
  ConnectionInitiator,
  ConnectionStatus,
  DeclineReason,
} from './connection.entity';

export const ConnectionEvents = {
  InterestExpressed: 'interest.expressed',
  InvitationSent: 'invitation.sent',
  Connected: 'match.connected',
  Declined: 'match.declined',
  Withdrawn: 'match.withdrawn',
} as const;

export type ConnectionEventType = (typeof ConnectionEvents)[keyof typeof ConnectionEvents];

/** Identifiers and states only: messages and contact details stay out of the event stream. */
export interface ConnectionEventPayload {
  connectionId: string;
  demandId: string;
  /** The demand's organisation (was `enterpriseId` until issue 11). */
  ownerId: string;
  candidateType: CandidateType;
  expertId: string | null;
  /** The candidate college or enterprise (was `collegeId` until issue 11). */
  candidateOrganizationId: string | null;
  initiatedBy: ConnectionInitiator;
  status: ConnectionStatus;
  declineReason: DeclineReason | null;
}

export type ConnectionEvent = DomainEvent<
  ConnectionEventType,
  ConnectionEventPayload,
  'connection'
>;

export function connectionEvent(type: ConnectionEventType, c: Connection): ConnectionEvent {
  return {
    eventType: type,
    aggregateType: 'connection',
    aggregateId: c.id,
    aggregateVersion: c.version,
    payload: {
      connectionId: c.id,
      demandId: c.demandId,
      ownerId: c.ownerId,
      candidateType: c.candidateType,
      expertId: c.expertId,
      candidateOrganizationId: c.candidateOrganizationId,
      initiatedBy: c.initiatedBy,
      status: c.status,
      declineReason: c.declineReason,
    },
  };
}
