import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExpertDirectoryModule } from '@app/experts';
import { OrganizationDirectoryModule } from '@app/organizations';
import { PartnershipStall } from './insights/partnership-stall.entity';
import { StalledPartnerships } from './insights/stalled-partnerships';
import { OverdueMilestones } from './overdue-milestones';
import { ProjectMilestone } from './project-milestone.entity';
import { ProjectOutcome } from './project-outcome.entity';
import { ProjectPartner } from './project-partner.entity';
import { ProjectStatusChange } from './project-status-change.entity';
import { Project } from './project.entity';

/** The programmes tables, the daily overdue and stalled-partnership checks, without controllers (worker, api). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Project,
      ProjectPartner,
      ProjectStatusChange,
      ProjectOutcome,
      ProjectMilestone,
      PartnershipStall,
    ]),
    // The tables the partners reference.
    OrganizationDirectoryModule,
    ExpertDirectoryModule,
  ],
  providers: [OverdueMilestones, StalledPartnerships],
  exports: [OverdueMilestones, StalledPartnerships, TypeOrmModule],
})
export class ProgrammesJobsModule {}
