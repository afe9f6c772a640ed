import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Workbook } from 'exceljs';
import { checkFile, type ExistingKeysLookup } from './check-file';

const fixture = (name: string) => readFileSync(join(__dirname, '../../test-fixtures', name));
const nothingExists: ExistingKeysLookup = () => Promise.resolve(new Map());

describe('checkFile', () => {
  it('validates the valid enterprise fixture', async () => {
    const report = await checkFile(
      'enterprises',
      'enterprises-valid.csv',
      fixture('enterprises-valid.csv'),
      nothingExists,
    );
    expect(report).toMatchObject({ totalRows: 3, validRows: 3, invalidRows: 0 });
    expect(report.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(report.rows[1].data).toEqual({
      name: '示范市耀华水泥有限公司',
      creditCode: '91130302050W379HTL',
      industryCode: '3011',
      size: 'large',
      district: '130302',
      tags: ['水泥', '建材'],
    });
  });

  it('reports each problem of the mixed fixture on its row', async () => {
    const existing: ExistingKeysLookup = (rows) => {
      expect(rows).toHaveLength(5);
      return Promise.resolve(new Map([['creditCode', new Set(['91130302343CKFJ2G8'])]]));
    };
    const report = await checkFile(
      'enterprises',
      'enterprises-mixed.csv',
      fixture('enterprises-mixed.csv'),
      existing,
    );
    expect(report).toMatchObject({ totalRows: 5, validRows: 1, invalidRows: 4 });
    expect(report.rows.map((r) => [r.row, r.status, r.errors.map((e) => e.code)])).toEqual([
      [2, 'valid', []],
      [3, 'invalid', ['INVALID_USCC']],
      [4, 'invalid', ['INVALID_INDUSTRY_CODE']],
      [5, 'invalid', ['DUPLICATE_IN_FILE']],
      [6, 'invalid', ['DUPLICATE']],
    ]);
  });

  it('validates experts from an XLSX with English headers', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('experts').addRows([
      ['Name', 'Affiliation', 'District', 'Services', 'Phone'],
      ['李明', '示范市建材职业技术学院', '海港区', '咨询', 13800000000],
      ['王芳', '', 'ETDZ', '研发、兼职教学', ''],
    ]);
    const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = await checkFile('experts', 'experts.xlsx', buffer, nothingExists);
    expect(report).toMatchObject({ totalRows: 2, validRows: 2, invalidRows: 0 });
    expect(report.rows[0].data).toMatchObject({ contact: { phone: '13800000000' } });
  });

  it('refuses a file with the wrong columns before validating rows', async () => {
    const csv = new TextEncoder().encode('院校名称,所在区县\nA,海港区');
    await expect(checkFile('colleges', 'c.csv', csv, nothingExists)).rejects.toMatchObject({
      code: 'MISSING_COLUMNS',
      fieldErrors: [expect.objectContaining({ field: '办学层次', code: 'MISSING_COLUMN' })],
    });
  });
});
