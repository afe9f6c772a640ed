import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/shared';
import { CooperationStatsService } from './cooperation/cooperation-stats.service';
import { MajorsStatsService } from './majors/majors-stats.service';
import { PlatformStatsService } from './platform/platform-stats.service';
import type { StatsScope } from './scope/stats-scope';
import type { StatsSection } from './tables/stats-table';

/** One section of the dashboard: builds its tables for a scope. */
export interface StatsSectionSource {
  section(scope: StatsScope): Promise<StatsSection>;
}

export const STATS_SECTIONS = ['platform', 'cooperation', 'majors'] as const;
export type StatsSectionName = (typeof STATS_SECTIONS)[number];

/** The dashboard's sections by name: the API, the exports and the report read them here. */
@Injectable()
export class StatsSections {
  private readonly sources: Record<StatsSectionName, StatsSectionSource>;

  constructor(
    platform: PlatformStatsService,
    cooperation: CooperationStatsService,
    majors: MajorsStatsService,
  ) {
    this.sources = { platform, cooperation, majors };
  }

  build(name: StatsSectionName, scope: StatsScope): Promise<StatsSection> {
    return this.sources[name].section(scope);
  }

  /** One table of a section; 400 UNKNOWN_TABLE (with the valid keys) for any other key. */
  async table(name: StatsSectionName, key: string, scope: StatsScope) {
    const section = await this.build(name, scope);
    const table = section.tables.find((t) => t.key === key);
    if (!table) {
      throw DomainError.invalidField(
        'table',
        'UNKNOWN_TABLE',
        `No table "${key}" in ${name}; one of: ${section.tables.map((t) => t.key).join(', ')}`,
      );
    }
    return { section, table };
  }
}
