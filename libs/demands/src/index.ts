export { DemandEvents, demandEvent } from './demand-events';
export { cityToday } from './demand-policy';
export { CloseReason, Demand, DemandKind, DemandStatus } from './demand.entity';
export { DemandsModule } from './demands.module';
export { DemandsService } from './demands.service';
export { CreateDemandDto } from './dto/demand.dto';
export { Offer, OfferKind, OfferProvider, OfferStatus } from './offers/offer.entity';
export { offerEvent, OffersService } from './offers/offers.service';
