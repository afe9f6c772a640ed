import { Module } from '@nestjs/common';
import { CooperationStatsService } from './cooperation/cooperation-stats.service';
import { MajorsStatsService } from './majors/majors-stats.service';
import { PlatformStatsService } from './platform/platform-stats.service';
import { InsightRefresher } from './refresh/insight-refresher';
import { StatsSections } from './stats-sections';

/**
 * The dashboard's sections and their sources, without HTTP: the api, the report's worker and
 * the CLI read them here. A new section's source is provided here.
 */
@Module({
  providers: [
    InsightRefresher,
    PlatformStatsService,
    CooperationStatsService,
    MajorsStatsService,
    StatsSections,
  ],
  exports: [InsightRefresher, StatsSections, MajorsStatsService],
})
export class StatsSectionsModule {}
