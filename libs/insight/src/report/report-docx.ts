import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { StatsTable } from '../tables/stats-table';
import type { RenderedChart } from './report-chart-render';
import type { ChartSpec, ReportBlock, ReportModel } from './report-model';
import { figure } from './report-tables';

/** Word substitutes a font it lacks; these are the usual zh-CN ones on Windows and Linux. */
const FONT = { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: '宋体' };
/** The chart's width in Word, in pixels at 96 dpi (about 15 cm: the A4 text width). */
const CHART_WIDTH_PX = 560;

const text = (value: string, options: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text: value, ...options });

function tableOf(table: StatsTable): Table {
  const cell = (value: string, header = false, right = false) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [text(value, { bold: header, size: 18 })],
        }),
      ],
      shading: header ? { fill: 'E8EDF6' } : undefined,
    });
  const head = new TableRow({
    tableHeader: true,
    children: table.columns.map((c) =>
      cell(`${c.label['zh-CN']}${c.unit ? `（${c.unit}）` : ''}`, true),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        children: table.columns.map((c) =>
          cell(figure(row[c.key]), false, typeof row[c.key] === 'number'),
        ),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [head, ...rows] });
}

function blockOf(
  block: ReportBlock,
  chartOf: (spec: ChartSpec) => RenderedChart,
): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph':
      return [new Paragraph({ indent: { firstLine: 420 }, children: [text(block.text)] })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.text })];
    case 'table':
      return [tableOf(block.table), new Paragraph({})];
    case 'chart': {
      const chart = chartOf(block.chart);
      const height = Math.round((CHART_WIDTH_PX * chart.height) / chart.width);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: chart.png,
              transformation: { width: CHART_WIDTH_PX, height },
              altText: {
                name: block.chart.title,
                title: block.chart.title,
                description: block.chart.title,
              },
            }),
          ],
        }),
      ];
    }
    case 'list':
      return block.items.map(
        (item, i) =>
          new Paragraph({ indent: { left: 420 }, children: [text(`${i + 1}. ${item}`)] }),
      );
  }
}

function cover(model: ReportModel): Paragraph[] {
  const line = (value: string, size: number, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before },
      children: [text(value, { size, bold: size > 30 })],
    });
  return [
    line(model.title, 52, 4000),
    line(model.city, 30, 1200),
    line(`统计年度：${model.year}年`, 28, 200),
    line(`生成日期：${model.generatedOn}`, 28, 200),
  ];
}

/** The report as a Word document: the cover, then each chapter on a new page, charts as PNG. */
export function reportDocx(
  model: ReportModel,
  chartOf: (spec: ChartSpec) => RenderedChart,
): Promise<Buffer> {
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 16 })],
      }),
    ],
  });
  const document = new Document({
    title: model.title,
    creator: '产教对接平台',
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      { children: cover(model) },
      ...model.chapters.map((chapter) => ({
        footers: { default: footer },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: chapter.title }),
          ...chapter.blocks.flatMap((b) => blockOf(b, chartOf)),
        ],
      })),
    ],
  });
  return Packer.toBuffer(document);
}
