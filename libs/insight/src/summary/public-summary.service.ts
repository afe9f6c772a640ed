import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/shared';
import { InsightRefresher } from '../refresh/insight-refresher';
import { KIND_LABELS } from '../tables/labels';
import { type Label, percent } from '../tables/stats-table';

export interface PublicSummaryView {
  generatedAt: string;
  /** When the demand figures were last recomputed. */
  refreshedAt: string | null;
  headline: {
    enterprises: number;
    colleges: number;
    experts: number;
    demandsPublished: number;
    demandsConnected: number;
    matchRate: number | null;
    projects: number;
  };
  /** The last twelve months: demands published and connected, per month of publication. */
  trend: { month: string; published: number; connected: number }[];
  demandsByKind: { kind: string; label: Label; published: number }[];
  projectsByKind: { kind: string; label: Label; projects: number }[];
}

/** Five minutes: fresh enough for a public page, and a crowd of visitors costs one computation. */
const TTL_MS = 5 * 60_000;

/**
 * The city's headline for anyone, without a login: aggregates over verified organisations,
 * public experts and published demands only (nothing that names anyone), cached per process.
 */
@Injectable()
export class PublicSummary {
  private cached: { at: number; value: Promise<PublicSummaryView> } | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly refresher: InsightRefresher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get(now = Date.now()): Promise<PublicSummaryView> {
    if (!this.cached || now - this.cached.at > TTL_MS) {
      const value = this.compute();
      this.cached = { at: now, value };
      // A failed computation is not kept.
      value.catch(() => (this.cached = undefined));
    }
    return this.cached.value;
  }

  private async compute(): Promise<PublicSummaryView> {
    const q = <T>(sql: string, params: unknown[] = []) => this.dataSource.query<T[]>(sql, params);
    const [[orgs], [experts], [demands], trend, byKind, projects, refreshedAt] = await Promise.all([
      q<{ enterprises: number; colleges: number }>(
        `SELECT count(*) FILTER (WHERE kind = 'enterprise')::int AS enterprises,
                count(*) FILTER (WHERE kind = 'college')::int AS colleges
           FROM insight_organizations WHERE status = 'verified'`,
      ),
      q<{ experts: number }>(
        `SELECT count(*)::int AS experts FROM insight_experts WHERE is_public`,
      ),
      q<{ published: number; connected: number }>(
        `SELECT count(*)::int AS published, count(*) FILTER (WHERE connected > 0)::int AS connected
           FROM insight_demand_facts`,
      ),
      q<{ month: string; published: number; connected: number }>(
        `SELECT to_char(m, 'YYYY-MM') AS month,
                count(f.demand_id)::int AS published,
                count(f.demand_id) FILTER (WHERE f.connected > 0)::int AS connected
           FROM generate_series(date_trunc('month', now() AT TIME ZONE $1) - interval '11 months',
                                date_trunc('month', now() AT TIME ZONE $1), interval '1 month') m
           LEFT JOIN insight_demand_facts f
             ON date_trunc('month', f.published_at AT TIME ZONE $1) = m
          GROUP BY m ORDER BY m`,
        [this.config.NOTIFY_TIMEZONE],
      ),
      q<{ kind: string; published: number }>(
        `SELECT kind, count(*)::int AS published FROM insight_demand_facts GROUP BY kind ORDER BY 2 DESC, 1`,
      ),
      q<{ kind: string; projects: number }>(
        `SELECT kind, count(*)::int AS projects FROM insight_projects GROUP BY kind ORDER BY 2 DESC, 1`,
      ),
      this.refresher.refreshedAt('insight_demand_facts'),
    ]);
    const label = (kind: string): Label => KIND_LABELS[kind] ?? { 'zh-CN': kind, en: kind };
    return {
      generatedAt: new Date().toISOString(),
      refreshedAt,
      headline: {
        enterprises: orgs.enterprises,
        colleges: orgs.colleges,
        experts: experts.experts,
        demandsPublished: demands.published,
        demandsConnected: demands.connected,
        matchRate: percent(demands.connected, demands.published),
        projects: projects.reduce((sum, p) => sum + p.projects, 0),
      },
      trend,
      demandsByKind: byKind.map((k) => ({ ...k, label: label(k.kind) })),
      projectsByKind: projects.map((p) => ({ ...p, label: label(p.kind) })),
    };
  }
}
