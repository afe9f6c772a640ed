import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { findDistrict, findIndustry } from '@app/reference';
import { SqlParams, statsRows } from '../scope/scope-sql';
import type { StatsScope } from '../scope/stats-scope';
import { InsightRefresher } from '../refresh/insight-refresher';
import { type Label, percent, type StatsSection, type StatsTable } from '../tables/stats-table';
import { KIND_LABELS, ORGANIZATION_KIND_LABELS } from '../tables/labels';
import {
  demandsSql,
  expertsSql,
  type MatchingDimension,
  matchingSql,
  organizationsSql,
} from './platform-sql';

interface MatchingRow {
  dimension: MatchingDimension;
  key: string | null;
  published: number;
  with_interest: number;
  connected: number;
  median_days_to_interest: number | null;
  median_days_to_connection: number | null;
  interests: number;
  interests_answered: number;
  invitations: number;
  invitations_answered: number;
}

interface MatchingFigures {
  refreshedAt: string | null;
  total: MatchingRow;
  byDistrict: MatchingRow[];
  bySection: MatchingRow[];
  byMonth: MatchingRow[];
}

/** Scopes whose answers are kept (the oldest goes first). */
const MATCHING_CACHE_SIZE = 200;

const EMPTY_TOTAL: MatchingRow = {
  dimension: 'total',
  key: null,
  published: 0,
  with_interest: 0,
  connected: 0,
  median_days_to_interest: null,
  median_days_to_connection: null,
  interests: 0,
  interests_answered: 0,
  invitations: 0,
  invitations_answered: 0,
};

function splitMatching(refreshedAt: string | null, rows: MatchingRow[]): MatchingFigures {
  const of = (dimension: MatchingDimension) => rows.filter((r) => r.dimension === dimension);
  return {
    refreshedAt,
    total: of('total')[0] ?? EMPTY_TOTAL,
    byDistrict: of('district'),
    bySection: of('section'),
    byMonth: of('month'),
  };
}

const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

const MATCHING_COLUMNS = [
  { key: 'published', label: { 'zh-CN': '发布需求', en: 'Published' }, unit: '项' },
  { key: 'withInterest', label: { 'zh-CN': '收到意向', en: 'With interest' }, unit: '项' },
  { key: 'connected', label: { 'zh-CN': '对接成功', en: 'Connected' }, unit: '项' },
  { key: 'matchRate', label: { 'zh-CN': '对接率', en: 'Match rate' }, unit: '%' },
  {
    key: 'medianDaysToInterest',
    label: { 'zh-CN': '首个意向中位用时', en: 'Median time to first interest' },
    unit: '天',
  },
  {
    key: 'medianDaysToConnection',
    label: { 'zh-CN': '对接成功中位用时', en: 'Median time to connection' },
    unit: '天',
  },
  {
    key: 'interestResponseRate',
    label: { 'zh-CN': '意向回复率', en: 'Interests answered' },
    unit: '%',
  },
  {
    key: 'invitationResponseRate',
    label: { 'zh-CN': '邀请回复率', en: 'Invitations answered' },
    unit: '%',
  },
];

function matchingValues(row: MatchingRow) {
  return {
    published: row.published,
    withInterest: row.with_interest,
    connected: row.connected,
    matchRate: percent(row.connected, row.published),
    medianDaysToInterest: oneDecimal(row.median_days_to_interest),
    medianDaysToConnection: oneDecimal(row.median_days_to_connection),
    interestResponseRate: percent(row.interests_answered, row.interests),
    invitationResponseRate: percent(row.invitations_answered, row.invitations),
  };
}

function breakdown(
  key: string,
  title: Label,
  first: { key: string; label: Label },
  rows: MatchingRow[],
  name: (key: string) => string,
): StatsTable {
  return {
    key,
    title,
    columns: [{ key: 'code', label: { 'zh-CN': '代码', en: 'Code' } }, first, ...MATCHING_COLUMNS],
    rows: rows.map((r) => ({
      code: r.key ?? '',
      [first.key]: name(r.key ?? ''),
      ...matchingValues(r),
    })),
  };
}

/**
 * The platform's own figures (issue 13): who is on it, what is posted and how demands are
 * answered, by district, industry section and month. Counts come from PostgreSQL (views and the
 * materialised demand facts), never from rows loaded into Node.
 */
@Injectable()
export class PlatformStatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly refresher: InsightRefresher,
  ) {}

  private readonly cache = new Map<string, Promise<MatchingFigures>>();

  private rows<T>(build: (params: SqlParams) => string): Promise<T[]> {
    return statsRows<T>(this.dataSource, build);
  }

  /**
   * The answers to demands for a scope, from the materialised facts: computed once per scope
   * and refresh (the facts change only then), so a dashboard read again or exported costs
   * a lookup; the live counts beside it are cheap and stay live.
   */
  private async matching(scope: StatsScope): Promise<MatchingFigures> {
    const refreshedAt = await this.refresher.refreshedAt('insight_demand_facts');
    const key = JSON.stringify([
      refreshedAt,
      scope.period,
      scope.timezone,
      scope.districts,
      scope.industry,
      scope.kind,
    ]);
    let figures = this.cache.get(key);
    if (!figures) {
      figures = this.rows<MatchingRow>((p) => matchingSql(scope, p)).then((rows) =>
        splitMatching(refreshedAt, rows),
      );
      figures.catch(() => this.cache.delete(key));
      if (this.cache.size >= MATCHING_CACHE_SIZE) {
        this.cache.delete(this.cache.keys().next().value as string);
      }
      this.cache.set(key, figures);
    }
    return figures;
  }

  async section(scope: StatsScope): Promise<StatsSection> {
    const [
      organizations,
      [experts],
      demands,
      { refreshedAt, total: matching, byDistrict, bySection, byMonth },
    ] = await Promise.all([
      this.rows<{
        key: string;
        pending: number;
        verified: number;
        rejected: number;
        total: number;
      }>((p) => organizationsSql(scope, p)),
      this.rows<{ total: number; public: number; claimed: number; available: number }>((p) =>
        expertsSql(scope, p),
      ),
      this.rows<{ key: string; draft: number; open: number; closed: number; total: number }>((p) =>
        demandsSql(scope, p),
      ),
      this.matching(scope),
    ]);
    return {
      section: 'platform',
      filters: filtersOf(scope),
      refreshedAt,
      tables: [
        {
          key: 'organizations',
          title: { 'zh-CN': '入驻机构（按认证状态）', en: 'Organisations by verification state' },
          columns: [
            { key: 'kind', label: { 'zh-CN': '机构类型', en: 'Kind' } },
            { key: 'pending', label: { 'zh-CN': '待审核', en: 'Pending' }, unit: '家' },
            { key: 'verified', label: { 'zh-CN': '已认证', en: 'Verified' }, unit: '家' },
            { key: 'rejected', label: { 'zh-CN': '未通过', en: 'Rejected' }, unit: '家' },
            { key: 'total', label: { 'zh-CN': '合计', en: 'Total' }, unit: '家' },
          ],
          rows: organizations.map((r) => ({
            kind: ORGANIZATION_KIND_LABELS[r.key]?.['zh-CN'] ?? r.key,
            pending: r.pending,
            verified: r.verified,
            rejected: r.rejected,
            total: r.total,
          })),
        },
        {
          key: 'experts',
          title: { 'zh-CN': '专家库', en: 'Experts' },
          columns: [
            { key: 'total', label: { 'zh-CN': '专家总数', en: 'Experts' }, unit: '人' },
            { key: 'public', label: { 'zh-CN': '公开资料', en: 'Public profiles' }, unit: '人' },
            { key: 'claimed', label: { 'zh-CN': '已认领账号', en: 'Claimed' }, unit: '人' },
            { key: 'available', label: { 'zh-CN': '可接受合作', en: 'Available' }, unit: '人' },
          ],
          rows: [{ ...experts }],
        },
        {
          key: 'demands',
          title: { 'zh-CN': '需求（按类型与状态）', en: 'Demands by kind and state' },
          columns: [
            { key: 'kind', label: { 'zh-CN': '需求类型', en: 'Kind' } },
            { key: 'draft', label: { 'zh-CN': '草稿', en: 'Draft' }, unit: '项' },
            { key: 'open', label: { 'zh-CN': '进行中', en: 'Open' }, unit: '项' },
            { key: 'closed', label: { 'zh-CN': '已关闭', en: 'Closed' }, unit: '项' },
            { key: 'total', label: { 'zh-CN': '合计', en: 'Total' }, unit: '项' },
          ],
          rows: demands.map((r) => ({
            kind: KIND_LABELS[r.key]?.['zh-CN'] ?? r.key,
            draft: r.draft,
            open: r.open,
            closed: r.closed,
            total: r.total,
          })),
        },
        {
          key: 'matching',
          title: { 'zh-CN': '需求对接成效', en: 'How demands are answered' },
          columns: MATCHING_COLUMNS,
          rows: [matchingValues(matching)],
          note: {
            'zh-CN':
              '对接率 = 已发布需求中至少有一个对接成功的比例；用时自需求发布起计算；回复率 = 已被接受或婉拒的意向（邀请）占比。',
            en: 'Match rate: published demands with at least one connection. Times run from publication. Response rate: interests (invitations) accepted or declined.',
          },
        },
        breakdown(
          'byDistrict',
          { 'zh-CN': '分区县对接情况', en: 'By district' },
          { key: 'district', label: { 'zh-CN': '区县', en: 'District' } },
          byDistrict,
          (code) => findDistrict(code)?.name ?? code,
        ),
        breakdown(
          'byIndustrySection',
          { 'zh-CN': '分行业门类对接情况', en: 'By industry section' },
          { key: 'section', label: { 'zh-CN': '行业门类', en: 'Industry section' } },
          bySection,
          (code) => findIndustry(code)?.name ?? '未知行业',
        ),
        breakdown(
          'byMonth',
          { 'zh-CN': '分月对接情况', en: 'By month' },
          { key: 'month', label: { 'zh-CN': '月份', en: 'Month' } },
          byMonth,
          (month) => month,
        ),
      ],
    };
  }
}

/** The filters as given, for the section and the files. */
export function filtersOf(scope: StatsScope): Record<string, string> {
  return Object.fromEntries(
    Object.entries(scope.applied).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}
