import type { DomainEvent } from '@app/shared';
import type { Offer, OfferKind, OfferProvider, OfferStatus } from './offer.entity';

export const OfferEvents = {
  Published: 'offer.published',
  Updated: 'offer.updated',
} as const;

export type OfferEventType = (typeof OfferEvents)[keyof typeof OfferEvents];

export interface OfferEventPayload {
  offerId: string;
  kind: OfferKind;
  providerType: OfferProvider;
  status: OfferStatus;
  title: string;
}

/** Every event of the offer aggregate (offers live in the demands context). */
export type OfferEvent = DomainEvent<OfferEventType, OfferEventPayload, 'offer'>;

export function offerEvent(type: OfferEventType, o: Offer): OfferEvent {
  return {
    eventType: type,
    aggregateType: 'offer',
    aggregateId: o.id,
    aggregateVersion: o.version,
    payload: {
      offerId: o.id,
      kind: o.kind,
      providerType: o.providerType,
      status: o.status,
      title: o.title,
    },
  };
}
