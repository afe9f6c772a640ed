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
  enterpriseId: string;
  candidateType: CandidateType;
  expertId: string | null;
  collegeId: string | null;
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
      enterpriseId: c.enterpriseId,
      candidateType: c.candidateType,
      expertId: c.expertId,
      collegeId: c.collegeId,
      initiatedBy: c.initiatedBy,
      status: c.status,
      declineReason: c.declineReason,
    },
  };
}
