export {
  type OfferInterestEvent,
  type OfferInterestEventPayload,
  OfferInterestEvents,
  type OfferInterestEventType,
} from './offer-interest-events';
export { type OfferInterestRecord, type OfferInterestSubjectRecord } from './offer-interest.record';
export { OfferInterestStatus, OfferOwnerType } from './offer-interest.types';
export { OfferInterestReader } from './offer-interest-reader.service';
export { OfferInterestReadersModule, OfferInterestsModule } from './offer-interests.module';
