import { Injectable } from '@nestjs/common';
import { DemandReader } from '@app/demands';
import { ConnectionInitiator, ConnectionReader, type ConnectionRecord } from '@app/matching';
import type { DomainEventMessage } from '@app/shared';
import { type NotificationKind, NotificationKinds as K } from '../notification-kinds';
import type { Audience } from './audience';
import { renderMessage } from './messages';
import { Recipients } from './recipients';

/**
 * A connection's two sides: the demand's owner (an enterprise, or a college for a college need)
 * and the candidate (an expert, a college or an enterprise).
 */
interface Side {
  userIds: string[];
  organizationIds: string[];
  name: string;
}

/**
 * Interest, invitation, connected, declined, withdrawn → the party that has to act or learn of
 * it: the initiator's counterpart for interests, invitations and withdrawals, the initiator for
 * declines, both for connections.
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
    const demand = await this.demands.byId(connection.demandId);
    const owner = await this.organizationSide(connection.ownerId);
    const candidate = await this.candidateSide(connection);
    const initiator = connection.initiatedBy === ConnectionInitiator.Candidate ? candidate : owner;
    const counterpart = initiator === candidate ? owner : candidate;
    const audience = (kind: NotificationKind, to: Side, about: Side): Audience => {
      const { title, body } = renderMessage(kind, {
        demandTitle: demand?.title,
        partyName: about.name,
        declineReason: connection.declineReason,
        declineNote: connection.declineNote,
      });
      return {
        dedupeKey: `${kind}:${event.eventId}`,
        userIds: to.userIds,
        organizationIds: to.organizationIds,
        content: {
          kind,
          title,
          body,
          link: { type: 'match', id: connection.id },
          data: {
            connectionId: connection.id,
            demandId: connection.demandId,
            candidateType: connection.candidateType,
            status: connection.status,
            ...(kind === K.MatchDeclined ? { declineReason: connection.declineReason } : {}),
          },
          sourceEventId: event.eventId,
          occurredAt: event.occurredAt,
        },
      };
    };
    switch (event.eventType) {
      case 'interest.expressed':
        return [audience(K.InterestReceived, counterpart, initiator)];
      case 'invitation.sent':
        return [audience(K.InvitationReceived, counterpart, initiator)];
      case 'match.withdrawn':
        return [audience(K.MatchWithdrawn, counterpart, initiator)];
      case 'match.declined':
        return [audience(K.MatchDeclined, initiator, counterpart)];
      case 'match.connected':
        return [
          audience(K.MatchConnected, owner, candidate),
          audience(K.MatchConnected, candidate, owner),
        ];
      default:
        return [];
    }
  }

  private async organizationSide(id: string): Promise<Side> {
    const names = await this.recipients.organizationNames([id]);
    return {
      userIds: await this.recipients.membersOf([id]),
      organizationIds: [id],
      name: names.get(id) ?? '',
    };
  }

  private async candidateSide(c: ConnectionRecord): Promise<Side> {
    if (c.expertId) {
      const expert = (await this.recipients.experts([c.expertId])).get(c.expertId);
      return {
        userIds: expert?.userId ? [expert.userId] : [],
        organizationIds: [],
        name: expert?.name ?? '',
      };
    }
    return this.organizationSide(c.candidateOrganizationId ?? '');
  }
}
