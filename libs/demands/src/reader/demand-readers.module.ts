import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExpertDirectoryModule } from '@app/experts';
import { OrganizationDirectoryModule } from '@app/organizations';
import { Demand } from '../demand.entity';
import { Offer } from '../offers/offer.entity';
import { DemandReader } from './demand-reader.service';
import { OfferReader } from './offer-reader.service';

/**
 * The read ports of demands and offers, without controllers: what readers in other contexts
 * (and the worker) import. Organisations and experts come along because the tables reference them.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Demand, Offer]),
    OrganizationDirectoryModule,
    ExpertDirectoryModule,
  ],
  providers: [DemandReader, OfferReader],
  exports: [DemandReader, OfferReader],
})
export class DemandReadersModule {}
