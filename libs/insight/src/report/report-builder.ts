import {
  cooperationChapter,
  demandChapter,
  gapsChapter,
  type ReportSections,
  SECTION_TITLES,
  supplyChapter,
  suggestionsChapter,
  tableIn,
} from './report-chapters';
import {
  type ChapterKey,
  REPORT_CHAPTERS,
  REPORT_TITLE,
  type ReportBlock,
  type ReportModel,
} from './report-model';
import { figure, labelColumn, numberIn, ratioColumn } from './report-tables';

export interface ReportInput {
  year: number;
  city: string;
  generatedOn: string;
  sections: ReportSections;
}

/** The headline figures in sentences; a section that is missing says so. */
export function summaryChapter({ year, city, sections }: ReportInput): ReportBlock[] {
  const sentences: string[] = [];
  const matching = tableIn(sections, 'platform', 'matching')?.rows[0];
  if (matching) {
    sentences.push(
      `${year}年，${city}产教对接平台共发布企业需求 ${figure(matching.published, '项')}，其中 ${figure(matching.connected, '项')}对接成功，对接率 ${figure(matching.matchRate, '%')}。`,
    );
  }
  const organizations = tableIn(sections, 'platform', 'organizations')?.rows ?? [];
  const experts = tableIn(sections, 'platform', 'experts')?.rows[0];
  if (organizations.length > 0 || experts) {
    const verified = organizations.map((r) => `${r.kind} ${figure(r.verified, '家')}`).join('、');
    sentences.push(
      // The platform section counts organisations and experts registered within the period.
      `本年度新入驻并通过认证的机构：${verified || '暂无'}；新入库专家 ${figure(experts?.total ?? 0, '人')}。`,
    );
  }
  const top = topIndustry(sections);
  if (top) sentences.push(top);
  const majors = tableIn(sections, 'majors', 'majors');
  if (majors) {
    const ratio = ratioColumn(majors);
    sentences.push(
      `专业供给方面，共统计 ${majors.rows.length} 个专业${ratio ? `，其中供需比低于 1 的有 ${majors.rows.filter((r) => (numberIn(r[ratio.key]) ?? Infinity) < 1).length} 个` : ''}。`,
    );
  }
  const cooperation = cooperationSentence(sections);
  if (cooperation) sentences.push(cooperation);
  for (const [name, title] of Object.entries(SECTION_TITLES)) {
    if (!sections[name as keyof ReportSections])
      sentences.push(`${title}暂未接入，相关章节暂无数据。`);
  }
  return sentences.map((text) => ({ type: 'paragraph', text }));
}

/** The row of a cooperation table that sums its projects (labelled 合计), if any. */
function totalOf(sections: ReportSections, key: string) {
  const table = tableIn(sections, 'cooperation', key);
  return table?.rows.find((r) => Object.values(r).includes('合计'));
}

/** The headline outcomes of cooperation, confirmed parts named, in one sentence. */
function cooperationSentence(sections: ReportSections): string | undefined {
  const overview = tableIn(sections, 'cooperation', 'overview');
  if (!overview) return undefined;
  const sum = (key: string) => overview.rows.reduce((n, r) => n + (numberIn(r[key]) ?? 0), 0);
  const parts = [`共有合作项目 ${sum('projects')} 个（进行中 ${sum('running')} 个）`];
  const order = totalOf(sections, 'orderClasses');
  if (order && numberIn(order.hired)) {
    parts.push(
      `订单班毕业生被合作企业录用 ${figure(order.hired, '人')}（经双方确认 ${figure(order.hiredConfirmed, '人')}）`,
    );
  }
  const college = totalOf(sections, 'industryColleges');
  if (college && numberIn(college.employmentRate) !== null) {
    parts.push(
      `产业学院毕业生就业率 ${figure(college.employmentRate, '%')}，在合作企业产业链就业占 ${figure(college.chainShare, '%')}`,
    );
  }
  const rnd = totalOf(sections, 'rnd');
  const saved =
    (numberIn(rnd?.costSavingConfirmed ?? null) ?? 0) +
    (numberIn(rnd?.revenueConfirmed ?? null) ?? 0);
  if (saved > 0) parts.push(`技术攻关经企业确认的降本增收 ${figure(saved, '元')}`);
  const incubation = totalOf(sections, 'incubation');
  if (incubation && numberIn(incubation.entities)) {
    parts.push(
      `孵化创业实体 ${figure(incubation.entities, '家')}、带动就业 ${figure(incubation.jobsCreated, '人')}`,
    );
  }
  return `校企合作方面，${parts.join('；')}。`;
}

/** The industry section with the most published demands, in a sentence. */
function topIndustry(sections: ReportSections): string | undefined {
  const table = tableIn(sections, 'platform', 'byIndustrySection');
  const label = table && labelColumn(table);
  if (!table || !label || table.rows.length === 0) return undefined;
  const top = table.rows.reduce((a, b) =>
    (numberIn(b.published) ?? 0) > (numberIn(a.published) ?? 0) ? b : a,
  );
  return `需求最多的行业门类是${top[label.key]}（${figure(top.published, '项')}）。`;
}

const BUILDERS: Record<ChapterKey, (input: ReportInput) => ReportBlock[]> = {
  summary: summaryChapter,
  demand: (input) => demandChapter(input.sections, input.year),
  supply: (input) => supplyChapter(input.sections),
  gaps: (input) => gapsChapter(input.sections),
  cooperation: (input) => cooperationChapter(input.sections),
  suggestions: (input) => suggestionsChapter(input.sections),
};

/** The yearly report from the dashboard's sections: always every chapter, in a fixed order. */
export function buildReportModel(input: ReportInput): ReportModel {
  return {
    title: `${input.city}${input.year}年${REPORT_TITLE}`,
    year: input.year,
    city: input.city,
    generatedOn: input.generatedOn,
    chapters: REPORT_CHAPTERS.map(({ key, title }) => ({
      key,
      title,
      blocks: BUILDERS[key](input),
    })),
  };
}
