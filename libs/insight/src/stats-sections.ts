import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, DomainError } from '@app/shared';
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

/** Scopes whose sections are kept (the oldest goes first). */
const CACHE_SIZE = 200;

/**
 * The dashboard's sections by name: the API, the exports and the report read them here. An
 * answer is kept for INSIGHT_CACHE_SECONDS per section and scope: a dashboard is read again and
 * again (and exported table by table) while its figures move slowly, and a cooperation or majors
 * section at 100× the city costs hundreds of milliseconds to compute (docs/benchmarks.md).
 * Each answer says when it was computed (`computedAt`).
 */
@Injectable()
export class StatsSections {
  private readonly sources: Record<StatsSectionName, StatsSectionSource>;
  private readonly cache = new Map<string, { until: number; section: Promise<StatsSection> }>();

  constructor(
    platform: PlatformStatsService,
    cooperation: CooperationStatsService,
    majors: MajorsStatsService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'INSIGHT_CACHE_SECONDS'>,
  ) {
    this.sources = { platform, cooperation, majors };
  }

  /** The section for the scope; `fresh` computes it anew (the yearly report). */
  build(
    name: StatsSectionName,
    scope: StatsScope,
    { fresh = false, now = Date.now() }: { fresh?: boolean; now?: number } = {},
  ): Promise<StatsSection> {
    const ttl = this.config.INSIGHT_CACHE_SECONDS * 1000;
    if (fresh || ttl === 0) return this.compute(name, scope);
    const { applied: _applied, ...resolved } = scope;
    const key = JSON.stringify([name, resolved]);
    const kept = this.cache.get(key);
    if (kept && kept.until > now) return kept.section;
    const section = this.compute(name, scope);
    section.catch(() => this.cache.delete(key));
    this.cache.delete(key);
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, { until: now + ttl, section });
    return section;
  }

  private async compute(name: StatsSectionName, scope: StatsScope): Promise<StatsSection> {
    const section = await this.sources[name].section(scope);
    return { ...section, computedAt: new Date().toISOString() };
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
