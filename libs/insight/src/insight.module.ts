import { Module } from '@nestjs/common';
import { CooperationStatsService } from './cooperation/cooperation-stats.service';
import { PlatformStatsService } from './platform/platform-stats.service';
import { InsightRefresher } from './refresh/insight-refresher';
import { StatsSections } from './stats-sections';
import { StatsController } from './stats.controller';
import { PublicSummary } from './summary/public-summary.service';

/**
 * The city's view (issue 13, ADR 0020): statistics aggregated in PostgreSQL over SQL views this
 * context owns, exports and the public summary. It imports no other context's entities or
 * modules: what it reads is in its views (migration InsightViews).
 */
@Module({
  controllers: [StatsController],
  providers: [
    InsightRefresher,
    PlatformStatsService,
    CooperationStatsService,
    StatsSections,
    PublicSummary,
  ],
  exports: [InsightRefresher, StatsSections],
})
export class InsightModule {}

/** For the worker and the CLI: the scheduled refresh of the materialised views. */
@Module({ providers: [InsightRefresher], exports: [InsightRefresher] })
export class InsightJobsModule {}
