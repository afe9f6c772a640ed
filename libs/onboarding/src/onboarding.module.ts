import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExpertsModule } from '@app/experts';
import { ImportBatch } from './import-batch.entity';
import { ImportWriter } from './import-writer';
import { ImportsController } from './imports.controller';
import { OnboardingService } from './onboarding.service';

/** Bulk onboarding of the city's existing enterprises, colleges and experts by admins. */
@Module({
  imports: [TypeOrmModule.forFeature([ImportBatch]), ExpertsModule],
  controllers: [ImportsController],
  providers: [OnboardingService, ImportWriter],
  exports: [OnboardingService],
})
export class OnboardingModule {}
