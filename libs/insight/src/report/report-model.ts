import type { StatsTable } from '../tables/stats-table';

/** The report's fixed chapters, in order (the cover is not a chapter: it has no heading). */
export const REPORT_CHAPTERS = [
  { key: 'summary', title: '摘要' },
  { key: 'demand', title: '一、产业需求' },
  { key: 'supply', title: '二、专业供给' },
  { key: 'gaps', title: '三、供需缺口' },
  { key: 'cooperation', title: '四、合作成效' },
  { key: 'suggestions', title: '五、发展建议' },
] as const;

export type ChapterKey = (typeof REPORT_CHAPTERS)[number]['key'];

/** A chart as data; the renderers turn it into SVG (PDF) or PNG (DOCX). */
export interface ChartSpec {
  title: string;
  type: 'bar' | 'line';
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  unit?: string;
}

export type ReportBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'table'; table: StatsTable }
  | { type: 'chart'; chart: ChartSpec }
  | { type: 'list'; items: string[] };

export interface ReportChapter {
  key: ChapterKey;
  title: string;
  blocks: ReportBlock[];
}

/** Everything the DOCX and the PDF show, so the two never disagree. */
export interface ReportModel {
  title: string;
  year: number;
  city: string;
  /** YYYY-MM-DD, in the platform's time zone. */
  generatedOn: string;
  chapters: ReportChapter[];
}

export const REPORT_TITLE = '产业人才供需报告';

/** The file name of a year's report (zh-CN, as the issue asks). */
export function reportFileName(year: number, format: 'docx' | 'pdf'): string {
  return `${REPORT_TITLE}-${year}.${format}`;
}
