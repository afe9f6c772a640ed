import { PassThrough } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { Workbook } from 'exceljs';
import { csvCell, writeCsv } from '@app/shared';
import { contributionRows, writeXlsx } from './contributions-export';
import type { ContributionRecord } from './contributions.service';

const record: ContributionRecord = {
  enterprise: { id: 'e1', name: '某某烘焙, 有限公司', district: '130302' },
  year: 2025,
  items: [
    {
      item: 'order_class_hired',
      label: '订单班毕业生录用',
      unit: '人',
      confirmed: 36,
      unconfirmed: 4,
      projects: 1,
    },
  ],
};

async function collect(write: (out: PassThrough) => unknown): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => out.on('end', resolve));
  await write(out);
  await done;
  return Buffer.concat(chunks);
}

describe('contribution export', () => {
  it('quotes cells and neutralises formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-3')).toBe('-3');
  });

  it('writes a CSV with a BOM and the filters first', async () => {
    const text = (
      await collect((out) => writeCsv(out, contributionRows(record, new Date(0))))
    ).toString('utf8');
    expect(text.startsWith('\uFEFF企业 Enterprise,"某某烘焙, 有限公司"\r\n')).toBe(true);
    expect(text).toContain('年度 Year,2025\r\n');
    expect(text).toContain('订单班毕业生录用,order_class_hired,人,36,4,1\r\n');
  });

  it('writes an XLSX that exceljs opens', async () => {
    const bytes = await collect((out) => writeXlsx(out, record, new Date(0)));
    const book = new Workbook();
    await book.xlsx.load(new Uint8Array(bytes).buffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe('某某烘焙, 有限公司');
    expect(sheet.getRow(7).values).toEqual([
      undefined,
      '订单班毕业生录用',
      'order_class_hired',
      '人',
      36,
      4,
      1,
    ]);
  });
});
