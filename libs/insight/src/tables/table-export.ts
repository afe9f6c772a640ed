import type { Writable } from 'node:stream';
import { stream } from 'exceljs';
import { writeCsv } from '@app/shared';
import type { StatsSection, StatsTable } from './stats-table';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const FILTER_LABELS: Record<string, string> = {
  from: '起始月份 From',
  to: '截止月份 To',
  district: '区县 District',
  industry: '行业 Industry',
  kind: '类型 Kind',
  collegeId: '院校 College',
};

/** The head of every file: what it is, the filters (or "all"), when and how fresh. */
function headRows(section: StatsSection, table: StatsTable, generatedAt: Date): string[][] {
  const filters = Object.entries(section.filters);
  return [
    [table.title['zh-CN'], table.title.en],
    ...(filters.length > 0
      ? filters.map(([key, value]) => [FILTER_LABELS[key] ?? key, value])
      : [['筛选条件 Filters', '全部 none']]),
    ['导出时间 Generated', generatedAt.toISOString()],
    ['数据更新 Data as of', section.refreshedAt ?? generatedAt.toISOString()],
    ...(table.note ? [['说明 Note', table.note['zh-CN']]] : []),
    [],
  ];
}

function headerRow(table: StatsTable): string[] {
  return table.columns.map((c) =>
    [c.label['zh-CN'], c.unit ? `(${c.unit})` : '', c.label.en].filter(Boolean).join(' '),
  );
}

/** A table as CSV rows: the head, the column names (zh and en), then the values. */
export function tableRows(section: StatsSection, table: StatsTable, generatedAt: Date): string[][] {
  return [
    ...headRows(section, table, generatedAt),
    headerRow(table),
    ...table.rows.map((row) => table.columns.map((c) => String(row[c.key] ?? ''))),
  ];
}

/** Streams one table into `out` as CSV (UTF-8 with BOM) or XLSX (numbers stay numbers). */
export async function writeTable(
  out: Writable,
  format: ExportFormat,
  section: StatsSection,
  table: StatsTable,
  generatedAt = new Date(),
): Promise<void> {
  if (format === 'csv') {
    writeCsv(out, tableRows(section, table, generatedAt));
    return;
  }
  const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: false });
  // Sheet names: at most 31 characters, none of []:*?/\
  const sheet = workbook.addWorksheet(
    table.title['zh-CN'].replace(/[[\]:*?/\\]/g, ' ').slice(0, 31),
  );
  for (const row of headRows(section, table, generatedAt)) sheet.addRow(row).commit();
  sheet.addRow(headerRow(table)).commit();
  for (const row of table.rows) sheet.addRow(table.columns.map((c) => row[c.key] ?? null)).commit();
  sheet.commit();
  await workbook.commit();
}
