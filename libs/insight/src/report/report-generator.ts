import { Injectable } from '@nestjs/common';
import { referenceCity } from '@app/reference';
import { InsightRefresher } from '../refresh/insight-refresher';
import { STATS_SECTIONS, type StatsSectionName, StatsSections } from '../stats-sections';
import { buildReportModel } from './report-builder';
import { REPORT_SECTIONS, type ReportSections } from './report-chapters';
import { renderChart, type RenderedChart } from './report-chart-render';
import { reportDocx } from './report-docx';
import { reportHtml } from './report-html';
import type { ChartSpec, ReportModel } from './report-model';
import { printPdf } from './report-pdf';
import { localDate, yearScope } from './report-scope';

/** How far a report is: a percentage and what is being worked on (a chapter or a file). */
export interface ReportProgress {
  percent: number;
  chapter: string;
}

export interface GeneratedReport {
  model: ReportModel;
  docx: Buffer;
  pdf: Buffer;
}

const isSection = (name: string): name is StatsSectionName =>
  (STATS_SECTIONS as readonly string[]).includes(name);

/** Builds the yearly report from the dashboard's sections and renders it as DOCX and PDF. */
@Injectable()
export class ReportGenerator {
  constructor(
    private readonly sections: StatsSections,
    private readonly refresher: InsightRefresher,
  ) {}

  async generate(
    year: number,
    onProgress: (progress: ReportProgress) => Promise<void> = async () => undefined,
    now = new Date(),
  ): Promise<GeneratedReport> {
    await onProgress({ percent: 5, chapter: '收集数据' });
    // A yearly report is read for months: it counts what is there now, not the last refresh.
    await this.refresher.refresh();
    const model = buildReportModel({
      year,
      city: referenceCity.cityName,
      generatedOn: localDate(now),
      sections: await this.collect(year),
    });
    // Each chart is drawn once, chapter by chapter, and used by both files.
    const charts = new Map<ChartSpec, RenderedChart>();
    for (const [i, chapter] of model.chapters.entries()) {
      await onProgress({
        percent: 20 + Math.round((40 * i) / model.chapters.length),
        chapter: chapter.title,
      });
      for (const block of chapter.blocks) {
        if (block.type === 'chart') charts.set(block.chart, renderChart(block.chart));
      }
    }
    const chartOf = (spec: ChartSpec) => {
      const chart = charts.get(spec);
      if (!chart) throw new Error(`Chart "${spec.title}" was not rendered`);
      return chart;
    };
    await onProgress({ percent: 60, chapter: '生成 DOCX' });
    const docx = await reportDocx(model, chartOf);
    await onProgress({ percent: 75, chapter: '生成 PDF' });
    const pdf = await printPdf(reportHtml(model, chartOf));
    return { model, docx, pdf };
  }

  /** The sections that exist today; the others are left out and their chapters say "no data". */
  private async collect(year: number): Promise<ReportSections> {
    const scope = yearScope(year);
    const sections: ReportSections = {};
    for (const name of REPORT_SECTIONS) {
      if (isSection(name)) sections[name] = await this.sections.build(name, scope, { fresh: true });
    }
    return sections;
  }
}
