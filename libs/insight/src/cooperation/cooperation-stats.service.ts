import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PROJECT_KINDS, ProjectKind } from '@app/reference';
import { SqlParams, statsRows } from '../scope/scope-sql';
import type { StatsScope } from '../scope/stats-scope';
import { PROJECT_KIND_LABELS } from '../tables/labels';
import { percent, type StatsSection, type StatsTable } from '../tables/stats-table';
import { cooperationFilters, kindApplies, practiceYear, projectKindOf } from './cooperation-scope';
import { figuresSql, overviewSql, startUpRatesSql, teachersSql } from './cooperation-sql';
import {
  COMPETITIONS,
  INCUBATION,
  INDUSTRY_COLLEGES,
  ORDER_CLASSES,
  RND,
} from './cooperation-tables';
import {
  type FigureRow,
  type FigureTableSpec,
  figureTable,
  TOTAL,
  withGroupCap,
} from './figure-table';

/**
 * The two-months rule of teacher practice, 60 days a calendar year (national policy; the same
 * constant as the programmes context's practice ledger, checked by a unit test).
 */
export const PRACTICE_DAYS_REQUIRED = 60;

/** This calendar year in the city (the practice ledger's default year). */
export function cityYear(now: Date): number {
  return Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now),
  );
}

interface OverviewRow {
  key: string;
  projects: number;
  running: number;
  completed: number;
  withOutcomes: number;
  withConfirmedOutcomes: number;
}

interface TeachersRow {
  key: string | null;
  label: string | null;
  teachers: number;
  practiceDays: number;
  practiceDaysAwaiting: number;
  compliant: number;
  short: number;
  certified: number;
}

/**
 * Cooperation projects in the city (issue 13): projects by kind and the figures their partners
 * report and confirm (order classes, industry colleges, R&D, competitions, incubation), and the
 * colleges' teachers against the practice rule. Aggregated in PostgreSQL over the views of
 * migration InsightCooperation; the same figures as `programmes:totals` on the same data.
 */
@Injectable()
export class CooperationStatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private rows<T>(build: (params: SqlParams) => string): Promise<T[]> {
    return statsRows<T>(this.dataSource, build);
  }

  /** A figure table's rows, or null (no query) when the kind filter names another kind. */
  private figures(scope: StatsScope, spec: FigureTableSpec): Promise<FigureRow[] | null> {
    if (!kindApplies(scope, spec.kind)) return Promise.resolve(null);
    return this.rows<FigureRow>((p) => figuresSql(scope, p, spec));
  }

  async section(scope: StatsScope, now = new Date()): Promise<StatsSection> {
    const year = practiceYear(scope, cityYear(now));
    const [
      overview,
      orderClasses,
      industryColleges,
      rnd,
      teachers,
      competitions,
      incubation,
      rates,
    ] = await Promise.all([
      this.rows<OverviewRow>((p) => overviewSql(scope, p)),
      this.figures(scope, ORDER_CLASSES),
      this.figures(scope, INDUSTRY_COLLEGES),
      this.figures(scope, RND),
      kindApplies(scope, ProjectKind.TeacherPractice)
        ? this.rows<TeachersRow>((p) => teachersSql(scope, p, year, PRACTICE_DAYS_REQUIRED))
        : Promise.resolve(null),
      this.figures(scope, COMPETITIONS),
      this.figures(scope, INCUBATION),
      kindApplies(scope, ProjectKind.Incubation)
        ? this.rows<{ year: number; founders: number; graduates: number }>((p) =>
            startUpRatesSql(scope, p),
          )
        : Promise.resolve(null),
    ]);
    return {
      section: 'cooperation',
      filters: cooperationFilters(scope),
      refreshedAt: null,
      tables: [
        overviewTable(scope, overview),
        figureTable(ORDER_CLASSES, orderClasses),
        figureTable(INDUSTRY_COLLEGES, industryColleges),
        figureTable(RND, rnd),
        teachersTable(year, teachers),
        figureTable(COMPETITIONS, competitions),
        figureTable(INCUBATION, incubation),
        startUpRatesTable(rates),
      ],
    };
  }
}

function overviewTable(scope: StatsScope, rows: readonly OverviewRow[]): StatsTable {
  const kind = projectKindOf(scope);
  const kinds = kind ? [kind] : PROJECT_KINDS;
  return {
    key: 'overview',
    title: { 'zh-CN': '合作项目（按类型）', en: 'Cooperation projects by kind' },
    columns: [
      { key: 'code', label: { 'zh-CN': '代码', en: 'Code' } },
      { key: 'kind', label: { 'zh-CN': '项目类型', en: 'Kind' } },
      { key: 'projects', label: { 'zh-CN': '项目', en: 'Projects' }, unit: '个' },
      { key: 'running', label: { 'zh-CN': '进行中', en: 'Running' }, unit: '个' },
      { key: 'completed', label: { 'zh-CN': '已完成', en: 'Completed' }, unit: '个' },
      { key: 'withOutcomes', label: { 'zh-CN': '已填报成果', en: 'With outcomes' }, unit: '个' },
      {
        key: 'withConfirmedOutcomes',
        label: { 'zh-CN': '成果经双方确认', en: 'With confirmed outcomes' },
        unit: '个',
      },
    ],
    rows: kinds.map((k) => {
      const row = rows.find((r) => r.key === k);
      return {
        code: k,
        kind: PROJECT_KIND_LABELS[k]?.['zh-CN'] ?? k,
        projects: row?.projects ?? 0,
        running: row?.running ?? 0,
        completed: row?.completed ?? 0,
        withOutcomes: row?.withOutcomes ?? 0,
        withConfirmedOutcomes: row?.withConfirmedOutcomes ?? 0,
      };
    }),
    note: {
      'zh-CN':
        '项目起止日期（无开始日期时取登记日期）与期间有交集即计入；状态为当前状态；成果指期间内的成果（年度成果按年份）。区县：任一合作机构位于该区县；院校：该院校为合作方。需求类型筛选不适用于合作项目，不予采用。',
      en: 'A project counts when its dates (else its registration day) overlap the period; states are current; outcomes are those of the period (a year outcome by its year). District: a partner organisation is in it; college: it is a partner. A demand kind does not apply to projects and is ignored.',
    },
  };
}

function teachersTable(year: number, rows: readonly TeachersRow[] | null): StatsTable {
  const toRow = (r: TeachersRow) => ({
    college: r.key === null ? TOTAL : (r.label ?? ''),
    teachers: r.teachers,
    practiceDays: r.practiceDays,
    practiceDaysAwaiting: r.practiceDaysAwaiting,
    compliant: r.compliant,
    complianceRate: percent(r.compliant, r.teachers),
    short: r.short,
    certified: r.certified,
  });
  return {
    key: 'teachers',
    title: {
      'zh-CN': `教师企业实践与双师型（${year}年）`,
      en: `Teachers' practice and 双师型 (${year})`,
    },
    columns: [
      { key: 'college', label: { 'zh-CN': '院校', en: 'College' } },
      { key: 'teachers', label: { 'zh-CN': '教师', en: 'Teachers' }, unit: '人' },
      {
        key: 'practiceDays',
        label: { 'zh-CN': '实践天数（已确认）', en: 'Practice days (confirmed)' },
        unit: '天',
      },
      {
        key: 'practiceDaysAwaiting',
        label: { 'zh-CN': '实践天数（待确认）', en: 'Practice days (awaiting confirmation)' },
        unit: '天',
      },
      {
        key: 'compliant',
        label: {
          'zh-CN': `达到${PRACTICE_DAYS_REQUIRED}天`,
          en: `${PRACTICE_DAYS_REQUIRED}+ days`,
        },
        unit: '人',
      },
      { key: 'complianceRate', label: { 'zh-CN': '达标率', en: 'Compliance rate' }, unit: '%' },
      { key: 'short', label: { 'zh-CN': '尚不足', en: 'Short' }, unit: '人' },
      {
        key: 'certified',
        label: { 'zh-CN': '双师型认定', en: '双师型 certified' },
        unit: '人',
      },
    ],
    rows: rows ? rows.map(toRow) : [],
    note: withGroupCap(
      {
        'zh-CN': `实践按自然年计（期间的最后一年，至多本年）：教师企业实践项目的成果（需学院为合作方）与“一师两用”记录，仅企业确认的天数计入达标（每年不少于${PRACTICE_DAYS_REQUIRED}天）。双师型：认定日期在期间内（无期间时为该年）且有效。区县、院校按教师所在院校。`,
        en: `Practice per calendar year (the period's last, at most this one): teacher-practice outcomes (the college a partner) and two-for-one logs; only days the enterprise confirmed count towards ${PRACTICE_DAYS_REQUIRED} days. 双师型: valid certifications dated in the period (else that year). District and college: the teacher's college.`,
      },
      { 'zh-CN': '教师人数', en: 'Teachers' },
    ),
  };
}

function startUpRatesTable(
  rows: readonly { year: number; founders: number; graduates: number }[] | null,
): StatsTable {
  return {
    key: 'startUpRates',
    title: { 'zh-CN': '毕业生创业率', en: 'Graduate start-up rate' },
    columns: [
      { key: 'year', label: { 'zh-CN': '毕业年份', en: 'Graduation year' } },
      { key: 'founders', label: { 'zh-CN': '创业者', en: 'Founders' }, unit: '人' },
      {
        key: 'graduates',
        label: { 'zh-CN': '毕业生（估算）', en: 'Graduates (estimate)' },
        unit: '人',
      },
      { key: 'rate', label: { 'zh-CN': '创业率', en: 'Start-up rate' }, unit: '%' },
    ],
    rows: (rows ?? []).map((r) => ({
      year: r.year,
      founders: r.founders,
      graduates: r.graduates,
      rate: percent(r.founders, r.graduates),
    })),
    note: {
      'zh-CN':
        '创业者为孵化项目登记的创始人（按毕业年份，无需确认）；毕业生以范围内院校各专业年招生数估算。期间按毕业年份；区县、院校：孵化项目的合作机构与估算所用院校。',
      en: "Founders as the incubation projects register them (by graduation year; not confirmed); graduates estimated by the colleges' yearly intake. Period: graduation years. District, college: the projects' partners and the colleges estimated.",
    },
  };
}
