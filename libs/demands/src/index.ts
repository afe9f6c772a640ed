export {
  type DemandEvent,
  type DemandEventPayload,
  DemandEvents,
  type DemandEventType,
  demandEvent,
} from './demand-events';
export { cityToday, isDemandVisible } from './demand-policy';
export { Demand } from './demand.entity';
export {
  CloseReason,
  COLLEGE_DEMAND_KINDS,
  type DemandDetails,
  DemandKind,
  type DemandOwnerKind,
  demandOwnerKind,
  DemandStatus,
  ENTERPRISE_DEMAND_KINDS,
} from './demand.types';
export { DemandsModule } from './demands.module';
export { DemandsService } from './demands.service';
export { CreateDemandDto } from './dto/demand.dto';
export { Offer } from './offers/offer.entity';
export { OfferKind, OfferProvider, OfferStatus } from './offers/offer.types';
export {
  type OfferEvent,
  type OfferEventPayload,
  OfferEvents,
  type OfferEventType,
  offerEvent,
} from './offers/offer-events';
export { OffersService } from './offers/offers.service';
export { type DemandRecord } from './reader/demand.record';
export { DemandReader } from './reader/demand-reader.service';
export { DemandReadersModule } from './reader/demand-readers.module';
export { type OfferRecord } from './reader/offer.record';
export { type OfferProviders, OfferReader } from './reader/offer-reader.service';
