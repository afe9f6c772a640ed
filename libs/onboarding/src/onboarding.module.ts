import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogModule } from '@app/audit';
import { ExpertsModule } from '@app/experts';
import { OrganizationsModule } from '@app/organizations';
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
  ],
  controllers: [ImportsController],
  providers: [OnboardingService, ImportWriter, ExistingKeysReader],
  exports: [OnboardingService],
})
export class OnboardingModule {}
