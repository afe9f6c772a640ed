import type { StatsSection, StatsTable } from '../tables/stats-table';
import { barChartOf, monthlyChart } from './report-charts-spec';
import type { ReportBlock } from './report-model';
import {
  figure,
  labelColumn,
  noData,
  numberIn,
  ratioColumn,
  rowSentence,
  tableBlocks,
} from './report-tables';

/** The dashboard sections the report reads; any of them may not exist yet. */
export const REPORT_SECTIONS = ['platform', 'majors', 'cooperation'] as const;
export type ReportSectionName = (typeof REPORT_SECTIONS)[number];
export type ReportSections = Partial<Record<ReportSectionName, StatsSection>>;

export const SECTION_TITLES: Record<ReportSectionName, string> = {
  platform: '平台需求数据',
  majors: '专业供给数据',
  cooperation: '校企合作数据',
};

/** The cooperation section's tables, in the order chapter 4 prints them. */
export const COOPERATION_TABLES = [
  'overview',
  'orderClasses',
  'industryColleges',
  'rnd',
  'teachers',
  'competitions',
  'incubation',
] as const;

export function tableIn(
  sections: ReportSections,
  section: ReportSectionName,
  key: string,
): StatsTable | undefined {
  return sections[section]?.tables.find((t) => t.key === key);
}

function withChart(blocks: ReportBlock[], chart: ReturnType<typeof barChartOf>): ReportBlock[] {
  return chart ? [...blocks, { type: 'chart', chart }] : blocks;
}

/** 一、产业需求: demands by kind, by industry section and by month. */
export function demandChapter(sections: ReportSections, year: number): ReportBlock[] {
  if (!sections.platform) return [noData(SECTION_TITLES.platform)];
  const kinds = tableIn(sections, 'platform', 'demands');
  const industries = tableIn(sections, 'platform', 'byIndustrySection');
  const months = tableIn(sections, 'platform', 'byMonth');
  const blocks: ReportBlock[] = [
    { type: 'paragraph', text: `本章统计${year}年全年在平台发布的企业需求及其对接情况。` },
    ...tableBlocks(tableIn(sections, 'platform', 'matching'), '需求对接成效'),
    ...withChart(
      tableBlocks(kinds, '需求类型'),
      kinds && barChartOf(kinds, '各类型需求数量', ['total']),
    ),
    ...withChart(
      tableBlocks(industries, '行业门类'),
      industries && barChartOf(industries, '各行业门类需求与对接', ['published', 'connected']),
    ),
  ];
  if (!months) return [...blocks, noData('分月对接情况')];
  return [
    ...blocks,
    ...tableBlocks(months, '分月对接情况'),
    {
      type: 'chart',
      chart: monthlyChart(months, year, ['published', 'connected'], '分月需求发布与对接'),
    },
  ];
}

/** 二、专业供给: the majors table (and how majors changed). */
export function supplyChapter(sections: ReportSections): ReportBlock[] {
  if (!sections.majors) return [noData(SECTION_TITLES.majors)];
  const majors = tableIn(sections, 'majors', 'majors');
  return [
    ...withChart(tableBlocks(majors, '专业供给'), majors && barChartOf(majors, '各专业供给规模')),
    ...tableBlocks(tableIn(sections, 'majors', 'changes'), '专业设置变化'),
  ];
}

/** 三、供需缺口: the majors' supply–demand ratio, then the suggestions as a table. */
export function gapsChapter(sections: ReportSections): ReportBlock[] {
  if (!sections.majors) return [noData(SECTION_TITLES.majors)];
  const majors = tableIn(sections, 'majors', 'majors');
  const ratio = majors && ratioColumn(majors);
  const blocks: ReportBlock[] = [];
  if (majors && ratio) {
    const sentence = ratioSentence(majors, ratio.key);
    if (sentence) blocks.push({ type: 'paragraph', text: sentence });
    const chart = barChartOf(majors, `各专业${ratio.label['zh-CN']}`, [ratio.key]);
    if (chart) blocks.push({ type: 'chart', chart });
  } else {
    blocks.push(noData('专业供需比'));
  }
  return [...blocks, ...tableBlocks(tableIn(sections, 'majors', 'suggestions'), '专业调整建议')];
}

/** The majors with the highest and the lowest ratio, in a sentence. */
export function ratioSentence(majors: StatsTable, key: string): string | undefined {
  const label = labelColumn(majors);
  const rated = majors.rows.filter((r) => numberIn(r[key]) !== null);
  if (!label || rated.length === 0) return undefined;
  const sorted = [...rated].sort((a, b) => (numberIn(b[key]) ?? 0) - (numberIn(a[key]) ?? 0));
  const [high, low] = [sorted[0], sorted[sorted.length - 1]];
  return `在有供需比数据的 ${rated.length} 个专业中，${high[label.key]}最高（${figure(high[key])}），${low[label.key]}最低（${figure(low[key])}）。`;
}

/** 四、合作成效: every cooperation table, in a fixed order. */
export function cooperationChapter(sections: ReportSections): ReportBlock[] {
  if (!sections.cooperation) return [noData(SECTION_TITLES.cooperation)];
  return COOPERATION_TABLES.flatMap((key) => {
    const table = tableIn(sections, 'cooperation', key);
    const blocks = tableBlocks(table, `合作数据（${key}）`);
    return key === 'overview'
      ? withChart(blocks, table && barChartOf(table, '合作成效概览'))
      : blocks;
  });
}

/** 五、发展建议: the suggestions as sentences, and what the demand figures suggest. */
export function suggestionsChapter(sections: ReportSections): ReportBlock[] {
  const suggestions = tableIn(sections, 'majors', 'suggestions');
  const items = suggestions ? suggestions.rows.map((row) => rowSentence(suggestions, row)) : [];
  const weakest = weakestIndustry(sections);
  if (weakest) items.push(weakest);
  return items.length > 0 ? [{ type: 'list', items }] : [noData('发展建议')];
}

/** The industry section with the most unanswered demands (at least 3 published). */
function weakestIndustry(sections: ReportSections): string | undefined {
  const table = tableIn(sections, 'platform', 'byIndustrySection');
  const candidates = (table?.rows ?? []).filter((r) => (numberIn(r.published) ?? 0) >= 3);
  if (candidates.length === 0) return undefined;
  const gap = (r: (typeof candidates)[number]) =>
    (numberIn(r.published) ?? 0) - (numberIn(r.connected) ?? 0);
  const worst = candidates.reduce((a, b) => (gap(b) > gap(a) ? b : a));
  if (gap(worst) === 0) return undefined;
  return `${worst.section}行业有 ${gap(worst)} 项需求尚未对接成功（对接率 ${figure(worst.matchRate, '%')}），建议组织相关专业院校与专家定向对接。`;
}
