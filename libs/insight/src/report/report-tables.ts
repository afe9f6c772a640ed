import type { StatsColumn, StatsTable, StatsValue } from '../tables/stats-table';
import type { ReportBlock } from './report-model';

/** Long tables are cut in the report (the dashboard's exports have every row). */
export const MAX_REPORT_ROWS = 40;

/** A figure with its unit, as a sentence reads it: 33.3%, 12项. */
export function figure(value: StatsValue, unit?: string): string {
  if (value === null || value === '') return '—';
  return unit ? `${value}${unit}` : String(value);
}

/** The short paragraph that stands in for a section or table that has no data yet. */
export function noData(what: string): ReportBlock {
  return { type: 'paragraph', text: `${what}：暂无数据。` };
}

/** The column that names a row (the first without a unit, codes aside). */
export function labelColumn(table: StatsTable): StatsColumn | undefined {
  return table.columns.find(
    (c) => !c.unit && c.key !== 'code' && table.rows.some((r) => typeof r[c.key] === 'string'),
  );
}

/** Columns holding figures (numbers in at least one row). */
export function numericColumns(table: StatsTable): StatsColumn[] {
  return table.columns.filter((c) => table.rows.some((r) => typeof r[c.key] === 'number'));
}

/** The supply–demand ratio of the majors table, whatever its key (供需比 or *ratio*). */
export function ratioColumn(table: StatsTable): StatsColumn | undefined {
  return numericColumns(table).find(
    (c) => /ratio/i.test(c.key) || c.label['zh-CN'].includes('供需比'),
  );
}

export const numberIn = (value: StatsValue): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** A row as a sentence: its name, then its texts, and its figures with their columns' names. */
export function rowSentence(table: StatsTable, row: Record<string, StatsValue>): string {
  const label = labelColumn(table);
  const parts = table.columns
    .filter((c) => c !== label && c.key !== 'code' && row[c.key] !== null && row[c.key] !== '')
    .map((c) =>
      // Text (advice, a reason) reads on its own; a figure needs its column's name.
      typeof row[c.key] === 'string' && !c.unit
        ? String(row[c.key])
        : `${c.label['zh-CN']} ${figure(row[c.key], c.unit)}`,
    );
  const name = label ? String(row[label.key] ?? '') : '';
  return name ? `${name}：${parts.join('；')}。` : `${parts.join('；')}。`;
}

/** A table as the report prints it: without code columns, at most MAX_REPORT_ROWS rows. */
export function printable(table: StatsTable): StatsTable {
  return {
    ...table,
    columns: table.columns.filter((c) => c.key !== 'code'),
    rows: table.rows.slice(0, MAX_REPORT_ROWS),
  };
}

/** A table with its heading and note, or the "no data" paragraph. */
export function tableBlocks(table: StatsTable | undefined, title: string): ReportBlock[] {
  if (!table) return [noData(title)];
  const heading: ReportBlock = { type: 'subheading', text: table.title['zh-CN'] };
  if (table.rows.length === 0) return [heading, { type: 'paragraph', text: '本年度暂无记录。' }];
  const blocks: ReportBlock[] = [heading, { type: 'table', table: printable(table) }];
  if (table.rows.length > MAX_REPORT_ROWS) {
    blocks.push({
      type: 'paragraph',
      text: `（共 ${table.rows.length} 行，此处列出前 ${MAX_REPORT_ROWS} 行；完整数据见统计看板导出。）`,
    });
  }
  if (table.note) blocks.push({ type: 'paragraph', text: `注：${table.note['zh-CN']}` });
  return blocks;
}
