import { Module } from '@nestjs/common';
import { OrganizationDirectoryModule } from '@app/organizations';
import { CollegeMajorsController } from './majors/college-majors.controller';
import { InsightRefresher } from './refresh/insight-refresher';
import { ReportsModule } from './report/reports.module';
import { StatsSectionsModule } from './stats-sections.module';
import { StatsController } from './stats.controller';
import { PublicSummary } from './summary/public-summary.service';

/**
 * The city's view (issue 13, ADR 0020): statistics aggregated in PostgreSQL over SQL views this
 * context owns, exports, the public summary and the yearly report (ADR 0021). It imports no
 * other context's entities: what it reads is in its views (migration InsightViews). The one port
 * it asks is the organisations' directory, to know a college's members for their own majors.
 */
@Module({
  imports: [StatsSectionsModule, ReportsModule, OrganizationDirectoryModule],
  controllers: [StatsController, CollegeMajorsController],
  providers: [PublicSummary],
  exports: [StatsSectionsModule],
})
export class InsightModule {}

/** For the worker and the CLI: the scheduled refresh of the materialised views. */
@Module({ providers: [InsightRefresher], exports: [InsightRefresher] })
export class InsightJobsModule {}
