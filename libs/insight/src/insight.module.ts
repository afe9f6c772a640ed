import { Module } from '@nestjs/common';
import { InsightRefresher } from './refresh/insight-refresher';
import { ReportsModule } from './report/reports.module';
import { StatsSectionsModule } from './stats-sections.module';
import { StatsController } from './stats.controller';
import { PublicSummary } from './summary/public-summary.service';

/**
 * The city's view (issue 13, ADR 0020): statistics aggregated in PostgreSQL over SQL views this
 * context owns, exports, the public summary and the yearly report (ADR 0021). It imports no
 * other context's entities or modules: what it reads is in its views (migration InsightViews).
 */
@Module({
  imports: [StatsSectionsModule, ReportsModule],
  controllers: [StatsController],
  providers: [PublicSummary],
  exports: [StatsSectionsModule],
})
export class InsightModule {}

/** For the worker and the CLI: the scheduled refresh of the materialised views. */
@Module({ providers: [InsightRefresher], exports: [InsightRefresher] })
export class InsightJobsModule {}
