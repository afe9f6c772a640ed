export { DemandEvents } from './demand-events';
export { CloseReason, Demand, DemandKind, DemandStatus } from './demand.entity';
export { DemandsModule } from './demands.module';
export { DemandsService } from './demands.service';
export { CreateDemandDto } from './dto/demand.dto';
export { Offer, OfferKind, OfferProvider, OfferStatus } from './offers/offer.entity';
export { OffersService } from './offers/offers.service';
