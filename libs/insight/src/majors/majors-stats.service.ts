import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { filtersOf } from '../platform/platform-stats.service';
import { SqlParams, statsRows } from '../scope/scope-sql';
import type { StatsScope } from '../scope/stats-scope';
import type { StatsSection } from '../tables/stats-table';
import { suggest } from './major-suggestion';
import { changesSql, majorsSql } from './majors-sql';
import {
  type ChangeRow,
  changesTable,
  type MajorRow,
  majorsTable,
  suggestionsTable,
  type WeighedMajor,
} from './majors-tables';
import { demandRatio, type MajorsWindow, majorsWindow, trendOf } from './majors-window';

/**
 * Majors against demand (issue 13): for each major, what the period's postings ask for against
 * what the colleges teaching it supply, with a suggestion and the postings behind it, and the
 * majors the colleges opened and closed. Computed live over the views of InsightMajors.
 */
@Injectable()
export class MajorsStatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private rows<T>(build: (params: SqlParams) => string): Promise<T[]> {
    return statsRows<T>(this.dataSource, build);
  }

  async section(scope: StatsScope, today = new Date()): Promise<StatsSection> {
    const period = majorsWindow(scope.period, today);
    const [{ majors: weighed }, changes] = await Promise.all([
      this.weighed(scope, today),
      this.rows<ChangeRow>((p) => changesSql(scope, period, p)),
    ]);
    return {
      section: 'majors',
      filters: filtersOf(scope),
      refreshedAt: null,
      tables: [majorsTable(weighed, period), suggestionsTable(weighed), changesTable(changes)],
    };
  }

  /** Each major's demand against its supply with the ratio, trend and suggestion, as records. */
  async weighed(
    scope: StatsScope,
    today = new Date(),
  ): Promise<{ window: MajorsWindow; majors: WeighedMajor[] }> {
    const period = majorsWindow(scope.period, today);
    const majors = await this.rows<MajorRow>((p) => majorsSql(scope, period, p));
    return {
      window: period,
      majors: majors.map((m) => {
        const ratio = demandRatio(m.headcount, period.months, m.intake);
        const trend = trendOf(m.postings, m.previous_postings);
        const yearsSinceOpened = m.last_opened === null ? null : period.year - m.last_opened;
        const suggestion = suggest({ ...m, ratio, trend, yearsSinceOpened });
        return { ...m, ratio, trend, suggestion };
      }),
    };
  }
}
