import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogModule } from '@app/audit';
import { ExpertsModule } from '@app/experts';
import { IdentityModule } from '@app/identity';
import { OrganizationsModule } from '@app/organizations';
import { AdminClaimsController, ClaimsController } from './claims/claims.controller';
import { ClaimsService } from './claims/claims.service';
import { ExistingKeysReader } from './existing-keys';
import { ImportBatch } from './import-batch.entity';
import { ImportWriter } from './import-writer';
import { ImportsController } from './imports.controller';
import { OnboardingService } from './onboarding.service';

/** Bulk onboarding of the city's existing enterprises, colleges and experts by admins. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ImportBatch]),
    ExpertsModule,
    OrganizationsModule,
    AuditLogModule,
    IdentityModule,
  ],
  controllers: [ImportsController, AdminClaimsController, ClaimsController],
  providers: [OnboardingService, ImportWriter, ExistingKeysReader, ClaimsService],
  exports: [OnboardingService],
})
export class OnboardingModule {}
