import { Injectable } from '@nestjs/common';
import { OfferReader } from '@app/demands';
import { OfferInterestReader } from '@app/matching';
import type { DomainEventMessage } from '@app/shared';
import { NotificationKinds as K } from '../notification-kinds';
import type { Audience } from './audience';
import { matchAudience, type MatchNotice } from './match-audience';
import { Recipients } from './recipients';

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
    const [offers, owner, interested] = await Promise.all([
      this.offers.byIds([interest.offerId]),
      interest.ownerExpertId
        ? this.recipients.expertParty(interest.ownerExpertId)
        : this.recipients.organizationParty(interest.ownerOrganizationId ?? ''),
      this.recipients.organizationParty(interest.organizationId),
    ]);
    const notice: MatchNotice = {
      event,
      subjectTitle: offers.get(interest.offerId)?.title,
      subject: 'offer',
      declineReason: interest.declineReason,
      declineNote: interest.declineNote,
      link: { type: 'offer_interest', id: interest.id },
      data: { offerInterestId: interest.id, offerId: interest.offerId, status: interest.status },
    };
    switch (event.eventType) {
      case 'offer_interest.expressed':
        return [matchAudience(notice, K.InterestReceived, owner, interested)];
      case 'offer_interest.withdrawn':
        return [matchAudience(notice, K.MatchWithdrawn, owner, interested)];
      case 'offer_interest.declined':
        return [matchAudience(notice, K.MatchDeclined, interested, owner)];
      case 'offer_interest.connected':
        return [
          matchAudience(notice, K.MatchConnected, owner, interested),
          matchAudience(notice, K.MatchConnected, interested, owner),
        ];
      default:
        return [];
    }
  }
}
