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
} from './majors-tables';
import { demandRatio, majorsWindow, trendOf } from './majors-window';

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
    const window = majorsWindow(scope.period, today);
    const [majors, changes] = await Promise.all([
      this.rows<MajorRow>((p) => majorsSql(scope, window, p)),
      this.rows<ChangeRow>((p) => changesSql(scope, window, p)),
    ]);
    const weighed = majors.map((m) => {
      const ratio = demandRatio(m.headcount, window.months, m.intake);
      const trend = trendOf(m.postings, m.previous_postings);
      const yearsSinceOpened = m.last_opened === null ? null : window.year - m.last_opened;
      const suggestion = suggest({ ...m, ratio, trend, yearsSinceOpened });
      return { ...m, ratio, trend, suggestion };
    });
    return {
      section: 'majors',
      filters: filtersOf(scope),
      refreshedAt: null,
      tables: [majorsTable(weighed, window), suggestionsTable(weighed), changesTable(changes)],
    };
  }
}
