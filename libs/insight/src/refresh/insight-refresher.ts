import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** The materialised views the insight context owns, refreshed together. */
export const MATERIALISED_VIEWS = ['insight_demand_facts'] as const;
export type MaterialisedView = (typeof MATERIALISED_VIEWS)[number];

export interface RefreshReport {
  view: MaterialisedView;
  refreshedAt: string;
  durationMs: number;
}

/**
 * Recomputes the materialised views (on the maintenance queue's schedule, and on an admin's
 * request) without blocking readers (CONCURRENTLY), and records when, so every answer built on
 * them can say how fresh it is.
 */
@Injectable()
export class InsightRefresher {
  private readonly logger = new Logger(InsightRefresher.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async refresh(): Promise<RefreshReport[]> {
    const reports: RefreshReport[] = [];
    for (const view of MATERIALISED_VIEWS) {
      const started = Date.now();
      // Two refreshes of one view at once would queue on its lock; the second is then a no-op.
      await this.dataSource.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY ${view}`);
      const durationMs = Date.now() - started;
      const [row] = await this.dataSource.query<{ refreshed_at: Date }[]>(
        `INSERT INTO insight_refreshes (view_name, refreshed_at, duration_ms) VALUES ($1, now(), $2)
         ON CONFLICT (view_name) DO UPDATE SET refreshed_at = now(), duration_ms = $2
         RETURNING refreshed_at`,
        [view, durationMs],
      );
      reports.push({ view, refreshedAt: row.refreshed_at.toISOString(), durationMs });
      this.logger.log(`Refreshed ${view} in ${durationMs} ms`);
    }
    return reports;
  }

  async refreshedAt(view: MaterialisedView): Promise<string | null> {
    const [row] = await this.dataSource.query<{ refreshed_at: Date }[]>(
      'SELECT refreshed_at FROM insight_refreshes WHERE view_name = $1',
      [view],
    );
    return row ? row.refreshed_at.toISOString() : null;
  }
}
