import type { DomainEvent } from '@app/shared';
import type { OfferInterest } from './offer-interest.entity';
import type { OfferInterestStatus, OfferOwnerType } from './offer-interest.types';
import type { DeclineReason } from '../connections/connection.types';

export const OfferInterestEvents = {
  Expressed: 'offer_interest.expressed',
  Connected: 'offer_interest.connected',
  Declined: 'offer_interest.declined',
  Withdrawn: 'offer_interest.withdrawn',
} as const;

export type OfferInterestEventType = (typeof OfferInterestEvents)[keyof typeof OfferInterestEvents];

/** Identifiers and states only: messages and contact details stay out of the event stream. */
export interface OfferInterestEventPayload {
  offerInterestId: string;
  offerId: string;
  ownerType: OfferOwnerType;
  ownerExpertId: string | null;
  ownerOrganizationId: string | null;
  organizationId: string;
  status: OfferInterestStatus;
  declineReason: DeclineReason | null;
}

export type OfferInterestEvent = DomainEvent<
  OfferInterestEventType,
  OfferInterestEventPayload,
  'offer_interest'
>;

export function offerInterestEvent(
  type: OfferInterestEventType,
  i: OfferInterest,
): OfferInterestEvent {
  return {
    eventType: type,
    aggregateType: 'offer_interest',
    aggregateId: i.id,
    aggregateVersion: i.version,
    payload: {
      offerInterestId: i.id,
      offerId: i.offerId,
      ownerType: i.ownerType,
      ownerExpertId: i.ownerExpertId,
      ownerOrganizationId: i.ownerOrganizationId,
      organizationId: i.organizationId,
      status: i.status,
      declineReason: i.declineReason,
    },
  };
}
