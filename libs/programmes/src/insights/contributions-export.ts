import type { Writable } from 'node:stream';
import { stream } from 'exceljs';
import type { ContributionRecord } from './contributions.service';

const HEADER = [
  '项目 Item',
  '代码 Code',
  '单位 Unit',
  '已确认 Confirmed',
  '未确认 Unconfirmed',
  '项目数 Projects',
];

/** The filters first (who, which year, when), a blank line, then the table. */
export function contributionRows(record: ContributionRecord, generatedAt: Date): string[][] {
  return [
    ['企业 Enterprise', record.enterprise.name],
    ['统一标识 ID', record.enterprise.id],
    ['年度 Year', record.year === null ? '全部 all' : String(record.year)],
    ['导出时间 Generated', generatedAt.toISOString()],
    [],
    HEADER,
    ...record.items.map((i) => [
      i.label,
      i.item,
      i.unit,
      String(i.confirmed),
      String(i.unconfirmed),
      String(i.projects),
    ]),
  ];
}

/** Streams the workbook (rows committed one by one) into `out`. */
export async function writeXlsx(out: Writable, record: ContributionRecord, generatedAt: Date) {
  const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: false });
  const sheet = workbook.addWorksheet('贡献记录');
  const rows = contributionRows(record, generatedAt);
  const table = rows.indexOf(HEADER);
  rows.forEach((row, index) => {
    // Figures as numbers, so Excel sums them.
    const cells = index > table ? row.map((c, i) => (i >= 3 ? Number(c) : c)) : row;
    sheet.addRow(cells).commit();
  });
  sheet.commit();
  await workbook.commit();
}
