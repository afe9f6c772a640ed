import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogModule } from '@app/audit';
import { ExpertDirectoryModule } from '@app/experts';
import { OrganizationDirectoryModule } from '@app/organizations';
import { DemandRows } from './demand-rows';
import { Demand } from './demand.entity';
import { DemandsController } from './demands.controller';
import { DemandsService } from './demands.service';
import { Offer } from './offers/offer.entity';
import { OffersController } from './offers/offers.controller';
import { OffersService } from './offers/offers.service';
import { DemandReadersModule } from './reader/demand-readers.module';

@Module({
  imports: [
    TypeOrmModule.forFeature([Demand, Offer]),
    DemandReadersModule,
    // Read ports only: who may post and provide.
    OrganizationDirectoryModule,
    ExpertDirectoryModule,
    AuditLogModule,
  ],
  controllers: [DemandsController, OffersController],
  providers: [DemandRows, DemandsService, OffersService],
  exports: [DemandsService, OffersService, DemandReadersModule],
})
export class DemandsModule {}
