import { Module } from '@nestjs/common';
import { AuditLogModule } from '@app/audit';
import { ExpertDirectoryModule } from '@app/experts';
import { ConnectionReadersModule } from '@app/matching';
import { OrganizationDirectoryModule } from '@app/organizations';
import { InsightsModule } from './insights/insights.module';
import { ProgrammesJobsModule } from './programmes-jobs.module';
import { MatchProjectsController, ProjectsController } from './projects.controller';
import { ProjectAccess } from './project-access';
import { ProjectMilestonesService } from './project-milestones.service';
import { ProjectOutcomesService } from './project-outcomes.service';
import { ProjectsService } from './projects.service';
import { TeachersModule } from './teachers/teachers.module';

/** Cooperation projects after the match (issue 12, ADR 0019): HTTP. */
@Module({
  imports: [
    ProgrammesJobsModule,
    ConnectionReadersModule,
    OrganizationDirectoryModule,
    ExpertDirectoryModule,
    AuditLogModule,
    InsightsModule,
    TeachersModule,
  ],
  controllers: [ProjectsController, MatchProjectsController],
  providers: [ProjectsService, ProjectOutcomesService, ProjectMilestonesService, ProjectAccess],
})
export class ProgrammesModule {}
