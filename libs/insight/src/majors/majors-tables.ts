import { RECENT_CHANGE_YEARS } from './majors-sql';
import type { StatsColumn, StatsTable } from '../tables/stats-table';
import { SUGGESTION_LABELS, SUGGESTION_THRESHOLDS as T, type Suggestion } from './major-suggestion';
import type { MajorsWindow } from './majors-window';

/** A major as majorsSql returns it. */
export interface MajorRow {
  code: string;
  name: string;
  level: string | null;
  colleges: number;
  intake: number;
  graduates: number;
  last_opened: number | null;
  headcount: number;
  postings: number;
  named: number;
  previous_postings: number;
  support: { id: string; title: string; headcount: number | null }[];
}

export interface WeighedMajor extends MajorRow {
  ratio: number | null;
  trend: number | null;
  suggestion: Suggestion;
}

export interface ChangeRow {
  year: number;
  college_id: string;
  college: string;
  opened: number;
  closed: number;
  opened_majors: string;
  closed_majors: string;
}

const col = (key: string, zh: string, en: string, unit?: string): StatsColumn => ({
  key,
  label: { 'zh-CN': zh, en },
  ...(unit ? { unit } : {}),
});

const MAJOR_COLUMNS = [
  col('code', '专业代码', 'Code'),
  col('name', '专业名称', 'Major'),
  col('level', '层次', 'Level'),
];

const RATIO = col('ratio', '供需比（年需求人数/年招生）', 'Demand per intake');
const TREND = col('trend', '相关需求变化', 'Postings trend', '%');
const SUGGESTION = col('suggestion', '建议', 'Suggestion');

export function majorsTable(majors: WeighedMajor[], window: MajorsWindow): StatsTable {
  return {
    key: 'majors',
    title: { 'zh-CN': '专业供需对照', en: 'Majors against demand' },
    columns: [
      ...MAJOR_COLUMNS,
      col('colleges', '开设院校', 'Colleges teaching', '所'),
      col('intake', '年招生', 'Yearly intake', '人'),
      col('graduates', '年毕业', 'Yearly graduates', '人'),
      col('demandHeadcount', '需求人数', 'Headcount asked', '人'),
      col('postings', '相关需求', 'Postings', '项'),
      RATIO,
      TREND,
      SUGGESTION,
    ],
    rows: majors.map((m) => ({
      code: m.code,
      name: m.name,
      level: m.level,
      colleges: m.colleges,
      intake: m.intake,
      graduates: m.graduates,
      demandHeadcount: m.headcount,
      postings: m.postings,
      ratio: m.ratio,
      trend: m.trend,
      suggestion: SUGGESTION_LABELS[m.suggestion]['zh-CN'],
    })),
    note: {
      'zh-CN': `统计期 ${window.from} 至 ${window.to}（不含，共 ${window.months} 个月；未选期间时为近12个月）。需求人数 = 期内发布、直接指明该专业的人才需求人数；相关需求 = 期内发布、指明该专业（代码、名称或技能）或属于该专业服务行业的需求数。供给 = 期末年份在开设该专业的已认证院校的年招生与年毕业人数。供需比 = 折算为每年的需求人数 ÷ 年招生；变化 = 相关需求数较上一等长期间的增减。建议：无院校开设且有需求人数或指明该专业的需求≥${T.openPostings}项为“新开”；供需比≥${T.growRatio}，或≥${T.risingRatio}且相关需求增长≥${T.risingTrend}%为“扩招”；供需比<${T.shrinkRatio}且无相关需求或相关需求下降≥${-T.fallingTrend}%为“缩减”（开设不足${T.youngYears}年的除外）；其余“保持”。`,
      en: `Period ${window.from} to ${window.to} (exclusive, ${window.months} months; the last 12 when none is chosen). Headcount: talent demands published in the period naming the major. Postings: demands published naming it (code, name or skill) or in a division it serves. Supply: verified colleges teaching it in the period's last year. Ratio: headcount per year / yearly intake; trend: postings against the previous equal period. Open: nobody teaches it and a headcount or ${T.openPostings}+ postings naming it ask for it; grow: ratio ≥ ${T.growRatio}, or ≥ ${T.risingRatio} with postings up ${T.risingTrend}%+; shrink: ratio < ${T.shrinkRatio} with no postings or postings down ${-T.fallingTrend}%+ (not within ${T.youngYears} years of opening); else hold.`,
    },
  };
}

const supportText = (m: WeighedMajor) =>
  m.support.map((p) => (p.headcount ? `${p.title}（${p.headcount}人）` : p.title)).join('；');

/** The majors to act on: open, grow or shrink, with the postings behind each. */
export function suggestionsTable(majors: WeighedMajor[]): StatsTable {
  return {
    key: 'suggestions',
    title: { 'zh-CN': '专业设置建议', en: 'Suggestions' },
    columns: [
      ...MAJOR_COLUMNS,
      SUGGESTION,
      RATIO,
      TREND,
      col('postingIds', '依据需求编号', 'Supporting posting ids'),
      col('supportingPostings', '依据需求', 'Supporting postings'),
    ],
    rows: majors
      .filter((m) => m.suggestion !== 'hold')
      .map((m) => ({
        code: m.code,
        name: m.name,
        level: m.level,
        suggestion: SUGGESTION_LABELS[m.suggestion]['zh-CN'],
        ratio: m.ratio,
        trend: m.trend,
        postingIds: m.support.map((p) => p.id).join(' '),
        supportingPostings: supportText(m),
      })),
  };
}

export function changesTable(changes: ChangeRow[]): StatsTable {
  return {
    key: 'changes',
    title: { 'zh-CN': '院校专业开设与停办', en: 'Majors opened and closed' },
    columns: [
      col('year', '年份', 'Year'),
      col('collegeId', '院校编号', 'College id'),
      col('college', '院校', 'College'),
      col('opened', '新开设', 'Opened', '个'),
      col('closed', '停办', 'Closed', '个'),
      col('openedMajors', '新开设专业', 'Majors opened'),
      col('closedMajors', '停办专业', 'Majors closed'),
    ],
    rows: changes.map((c) => ({
      year: c.year,
      collegeId: c.college_id,
      college: c.college,
      opened: c.opened,
      closed: c.closed,
      openedMajors: c.opened_majors,
      closedMajors: c.closed_majors,
    })),
    note: {
      'zh-CN': `按年份列出各院校新开设与停办的专业：期间内的年份；未指定期间时为最近${RECENT_CHANGE_YEARS}年。`,
      en: `Majors opened and closed per year and college: the years of the period, or the last ${RECENT_CHANGE_YEARS} years without one.`,
    },
  };
}
