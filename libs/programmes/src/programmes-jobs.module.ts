import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExpertDirectoryModule } from '@app/experts';
import { OrganizationDirectoryModule } from '@app/organizations';
import { OverdueMilestones } from './overdue-milestones';
import { ProjectMilestone } from './project-milestone.entity';
import { ProjectOutcome } from './project-outcome.entity';
import { ProjectPartner } from './project-partner.entity';
import { ProjectStatusChange } from './project-status-change.entity';
import { Project } from './project.entity';

/** The programmes tables and the daily overdue check, without controllers (worker, api). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Project,
      ProjectPartner,
      ProjectStatusChange,
      ProjectOutcome,
      ProjectMilestone,
    ]),
    // The tables the partners reference.
    OrganizationDirectoryModule,
    ExpertDirectoryModule,
  ],
  providers: [OverdueMilestones],
  exports: [OverdueMilestones, TypeOrmModule],
})
export class ProgrammesJobsModule {}
