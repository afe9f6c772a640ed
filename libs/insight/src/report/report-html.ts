import type { StatsTable } from '../tables/stats-table';
import { CJK_FONT, type RenderedChart } from './report-chart-render';
import type { ChartSpec, ReportBlock, ReportModel } from './report-model';
import { figure } from './report-tables';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const STYLE = `
@page { size: A4; }
body { font-family: '${CJK_FONT}', 'Noto Serif CJK SC', sans-serif; font-size: 11pt; line-height: 1.7; color: #222; }
.cover { height: 230mm; display: flex; flex-direction: column; justify-content: center; text-align: center; page-break-after: always; }
.cover h1 { font-size: 28pt; margin: 0 0 12mm; letter-spacing: 2pt; }
.cover p { font-size: 14pt; margin: 2mm 0; }
section { page-break-before: always; }
h2 { font-size: 18pt; border-bottom: 2px solid #3c5a99; padding-bottom: 2mm; }
h3 { font-size: 13pt; margin: 6mm 0 2mm; }
p { text-indent: 2em; margin: 2mm 0; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 2mm 0 4mm; page-break-inside: auto; }
th, td { border: 1px solid #999; padding: 1mm 1.5mm; }
th { background: #e8edf6; }
td.number { text-align: right; }
tr { page-break-inside: avoid; }
figure { margin: 4mm 0; text-align: center; page-break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
ol li { margin: 1.5mm 0; }
`;

function tableHtml(table: StatsTable): string {
  const head = table.columns
    .map((c) => `<th>${escape(c.label['zh-CN'])}${c.unit ? `（${escape(c.unit)}）` : ''}</th>`)
    .join('');
  const rows = table.rows
    .map(
      (row) =>
        `<tr>${table.columns
          .map((c) => {
            const value = row[c.key];
            const cls = typeof value === 'number' ? ' class="number"' : '';
            return `<td${cls}>${escape(figure(value))}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function blockHtml(block: ReportBlock, chartOf: (spec: ChartSpec) => RenderedChart): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${escape(block.text)}</p>`;
    case 'subheading':
      return `<h3>${escape(block.text)}</h3>`;
    case 'table':
      return tableHtml(block.table);
    case 'chart':
      return `<figure>${chartOf(block.chart).svg}</figure>`;
    case 'list':
      return `<ol>${block.items.map((item) => `<li>${escape(item)}</li>`).join('')}</ol>`;
  }
}

/** The report as one HTML page, printed to PDF by Chromium (charts inline as SVG: vector). */
export function reportHtml(
  model: ReportModel,
  chartOf: (spec: ChartSpec) => RenderedChart,
): string {
  const chapters = model.chapters
    .map(
      (chapter) =>
        `<section><h2>${escape(chapter.title)}</h2>${chapter.blocks
          .map((b) => blockHtml(b, chartOf))
          .join('\n')}</section>`,
    )
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(model.title)}</title><style>${STYLE}</style></head><body>
<div class="cover"><h1>${escape(model.title)}</h1><p>${escape(model.city)}</p><p>统计年度：${model.year}年</p><p>生成日期：${escape(model.generatedOn)}</p></div>
${chapters}
</body></html>`;
}
