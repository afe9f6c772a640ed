import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/shared';
import { InsightRefresher } from '../refresh/insight-refresher';
import { chartSvg } from '../report/report-chart-render';
import type { ChartSpec } from '../report/report-model';
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

/** The charts of the public summary, drawn on the server (SVG) from the same figures. */
export const SUMMARY_CHARTS = ['trend', 'demands', 'projects'] as const;
export type SummaryChart = (typeof SUMMARY_CHARTS)[number];

function chartSpec(name: SummaryChart, s: PublicSummaryView): ChartSpec {
  switch (name) {
    case 'trend':
      return {
        title: '近12个月需求发布与对接成功',
        type: 'line',
        categories: s.trend.map((t) => t.month),
        series: [
          { name: '发布需求', values: s.trend.map((t) => t.published) },
          { name: '对接成功', values: s.trend.map((t) => t.connected) },
        ],
        unit: '项',
      };
    case 'demands':
      return {
        title: '各类需求数量',
        type: 'bar',
        categories: s.demandsByKind.map((k) => k.label['zh-CN']),
        series: [{ name: '发布需求', values: s.demandsByKind.map((k) => k.published) }],
        unit: '项',
      };
    case 'projects':
      return {
        title: '各类合作项目数量',
        type: 'bar',
        categories: s.projectsByKind.map((k) => k.label['zh-CN']),
        series: [{ name: '合作项目', values: s.projectsByKind.map((k) => k.projects) }],
        unit: '个',
      };
  }
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
  /** Drawn charts of the cached summary (keyed by its generation time). */
  private charts = new Map<string, string>();

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

  /** One chart of the summary as SVG, drawn once per cached summary. */
  async chart(name: SummaryChart): Promise<string> {
    const summary = await this.get();
    const key = `${summary.generatedAt}:${name}`;
    let svg = this.charts.get(key);
    if (!svg) {
      if (this.charts.size > 3 * SUMMARY_CHARTS.length) this.charts.clear();
      svg = chartSvg(chartSpec(name, summary));
      this.charts.set(key, svg);
    }
    return svg;
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
