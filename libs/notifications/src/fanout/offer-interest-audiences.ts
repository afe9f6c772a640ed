import { Injectable } from '@nestjs/common';
import { OfferReader } from '@app/demands';
import { OfferInterestReader, type OfferInterestRecord } from '@app/matching';
import type { DomainEventMessage } from '@app/shared';
import { type NotificationKind, NotificationKinds as K } from '../notification-kinds';
import type { Audience } from './audience';
import { renderMessage } from './messages';
import { Recipients } from './recipients';

interface Side {
  userIds: string[];
  organizationIds: string[];
  name: string;
}

/**
 * Interest in an offer → its provider (the expert, or the college's members); an answer → the
 * interested organisation; an agreement → both; a withdrawal → the provider. The kinds (and so
 * the preferences) are those of interests in demands, pointing at the offer interest.
 */
@Injectable()
export class OfferInterestAudiences {
  constructor(
    private readonly interests: OfferInterestReader,
    private readonly offers: OfferReader,
    private readonly recipients: Recipients,
  ) {}

  async plan(event: DomainEventMessage): Promise<Audience[]> {
    const interest = await this.interests.record(event.aggregateId);
    if (!interest) return [];
    const offer = (await this.offers.byIds([interest.offerId])).get(interest.offerId);
    const owner = await this.ownerSide(interest);
    const interested = await this.organizationSide(interest.organizationId);
    const audience = (kind: NotificationKind, to: Side, about: Side): Audience => {
      const { title, body } = renderMessage(kind, {
        demandTitle: offer?.title,
        subject: 'offer',
        partyName: about.name,
        declineReason: interest.declineReason,
        declineNote: interest.declineNote,
      });
      return {
        dedupeKey: `${kind}:${event.eventId}`,
        userIds: to.userIds,
        organizationIds: to.organizationIds,
        content: {
          kind,
          title,
          body,
          link: { type: 'offer_interest', id: interest.id },
          data: {
            offerInterestId: interest.id,
            offerId: interest.offerId,
            status: interest.status,
            ...(kind === K.MatchDeclined ? { declineReason: interest.declineReason } : {}),
          },
          sourceEventId: event.eventId,
          occurredAt: event.occurredAt,
        },
      };
    };
    switch (event.eventType) {
      case 'offer_interest.expressed':
        return [audience(K.InterestReceived, owner, interested)];
      case 'offer_interest.withdrawn':
        return [audience(K.MatchWithdrawn, owner, interested)];
      case 'offer_interest.declined':
        return [audience(K.MatchDeclined, interested, owner)];
      case 'offer_interest.connected':
        return [
          audience(K.MatchConnected, owner, interested),
          audience(K.MatchConnected, interested, owner),
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

  private async ownerSide(i: OfferInterestRecord): Promise<Side> {
    if (i.ownerExpertId) {
      const expert = (await this.recipients.experts([i.ownerExpertId])).get(i.ownerExpertId);
      return {
        userIds: expert?.userId ? [expert.userId] : [],
        organizationIds: [],
        name: expert?.name ?? '',
      };
    }
    return this.organizationSide(i.ownerOrganizationId ?? '');
  }
}
