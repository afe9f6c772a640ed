import { Injectable } from '@nestjs/common';
import { DemandReader } from '@app/demands';
import { ConnectionInitiator, ConnectionReader } from '@app/matching';
import type { DomainEventMessage } from '@app/shared';
import { NotificationKinds as K } from '../notification-kinds';
import type { Audience } from './audience';
import { matchAudience, type MatchNotice } from './match-audience';
import { Recipients } from './recipients';

/**
 * Interest, invitation, connected, declined, withdrawn → the party that has to act or learn of
 * it: the initiator's counterpart for interests, invitations and withdrawals, the initiator for
 * declines, both for connections. The parties are the demand's owner (an enterprise, or a
 * college for a college need) and the candidate (an expert, a college or an enterprise).
 */
@Injectable()
export class ConnectionAudiences {
  constructor(
    private readonly connections: ConnectionReader,
    private readonly demands: DemandReader,
    private readonly recipients: Recipients,
  ) {}

  async plan(event: DomainEventMessage): Promise<Audience[]> {
    const connection = await this.connections.record(event.aggregateId);
    if (!connection) return [];
    const [demand, owner, candidate] = await Promise.all([
      this.demands.byId(connection.demandId),
      this.recipients.organizationParty(connection.ownerId),
      connection.expertId
        ? this.recipients.expertParty(connection.expertId)
        : this.recipients.organizationParty(connection.candidateOrganizationId ?? ''),
    ]);
    const initiator = connection.initiatedBy === ConnectionInitiator.Candidate ? candidate : owner;
    const counterpart = initiator === candidate ? owner : candidate;
    const notice: MatchNotice = {
      event,
      subjectTitle: demand?.title,
      subject: 'demand',
      declineReason: connection.declineReason,
      declineNote: connection.declineNote,
      link: { type: 'match', id: connection.id },
      data: {
        connectionId: connection.id,
        demandId: connection.demandId,
        candidateType: connection.candidateType,
        status: connection.status,
      },
    };
    switch (event.eventType) {
      case 'interest.expressed':
        return [matchAudience(notice, K.InterestReceived, counterpart, initiator)];
      case 'invitation.sent':
        return [matchAudience(notice, K.InvitationReceived, counterpart, initiator)];
      case 'match.withdrawn':
        return [matchAudience(notice, K.MatchWithdrawn, counterpart, initiator)];
      case 'match.declined':
        return [matchAudience(notice, K.MatchDeclined, initiator, counterpart)];
      case 'match.connected':
        return [
          matchAudience(notice, K.MatchConnected, owner, candidate),
          matchAudience(notice, K.MatchConnected, candidate, owner),
        ];
      default:
        return [];
    }
  }
}
