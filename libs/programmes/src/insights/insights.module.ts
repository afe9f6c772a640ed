import { Module } from '@nestjs/common';
import { OrganizationDirectoryModule } from '@app/organizations';
import { ContributionsService } from './contributions.service';
import { ContributionsController, PartnershipsController } from './insights.controller';
import { PartnershipsService } from './partnerships.service';

/** Partnership health and contribution records (issue 12): reads, computed in PostgreSQL. */
@Module({
  imports: [OrganizationDirectoryModule],
  controllers: [PartnershipsController, ContributionsController],
  providers: [PartnershipsService, ContributionsService],
})
export class InsightsModule {}
