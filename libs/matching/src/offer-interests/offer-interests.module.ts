import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogModule } from '@app/audit';
import { DemandReadersModule } from '@app/demands';
import { ExpertDirectoryModule } from '@app/experts';
import { UserDirectoryModule } from '@app/identity';
import { OrganizationDirectoryModule } from '@app/organizations';
import { ContactBook } from '../contacts/contact-book';
import { OfferInterestReader } from './offer-interest-reader.service';
import { OfferInterest } from './offer-interest.entity';
import { OfferInterestsController } from './offer-interests.controller';
import { OfferInterestsService } from './offer-interests.service';

/** The offer interests' read port, without controllers: for the notifications fan-out. */
@Module({
  imports: [
    TypeOrmModule.forFeature([OfferInterest]),
    DemandReadersModule,
    ExpertDirectoryModule,
    OrganizationDirectoryModule,
    UserDirectoryModule,
  ],
  providers: [OfferInterestReader, ContactBook],
  exports: [OfferInterestReader, DemandReadersModule],
})
export class OfferInterestReadersModule {}

/** Interest in offers, answered by the offer's provider (HTTP). */
@Module({
  imports: [OfferInterestReadersModule, AuditLogModule],
  controllers: [OfferInterestsController],
  providers: [OfferInterestsService],
})
export class OfferInterestsModule {}
