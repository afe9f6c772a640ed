import { describe, expect, it } from '@jest/globals';
import { enterpriseProfile } from '../columns/enterprise-columns';
import { expertProfile } from '../columns/expert-columns';
import { type CheckedRow, markDuplicates } from './duplicates';

const row = (n: number, data: Record<string, unknown>): CheckedRow => ({
  row: n,
  data,
  errors: [],
});
const codes = (rows: CheckedRow[]) => rows.map((r) => r.errors.map((e) => `${e.field}:${e.code}`));

describe('markDuplicates', () => {
  const keys = enterpriseProfile.duplicateKeys;

  it('flags later rows repeating a credit code or a name, pointing at the first', () => {
    const rows = markDuplicates(
      [
        row(2, { name: 'A', creditCode: 'X' }),
        row(3, { name: 'B', creditCode: 'X' }),
        row(5, { name: 'A', creditCode: 'Y' }),
        row(6, { name: 'C' }),
      ],
      keys,
      new Map(),
    );
    expect(codes(rows)).toEqual([
      [],
      ['creditCode:DUPLICATE_IN_FILE'],
      ['name:DUPLICATE_IN_FILE'],
      [],
    ]);
    expect(rows[1].errors[0].message).toBe('Same credit code as row 2');
  });

  it('flags rows that already exist in the database', () => {
    const existing = new Map([
      ['creditCode', new Set(['X'])],
      ['name', new Set(['B'])],
    ]);
    const rows = markDuplicates(
      [row(2, { name: 'A', creditCode: 'X' }), row(3, { name: 'B', creditCode: 'Z' })],
      keys,
      existing,
    );
    expect(codes(rows)).toEqual([['creditCode:DUPLICATE'], ['name:DUPLICATE']]);
  });

  it('keeps earlier errors and leaves unaffected rows untouched', () => {
    const invalid: CheckedRow = {
      row: 2,
      data: { name: 'A' },
      errors: [{ field: 'creditCode', code: 'REQUIRED', message: 'm' }],
    };
    const [first, second] = markDuplicates([invalid, row(3, { name: 'A' })], keys, new Map());
    expect(first).toBe(invalid);
    expect(codes([second])).toEqual([['name:DUPLICATE_IN_FILE']]);
  });

  it('compares experts by name and affiliation', () => {
    const rows = markDuplicates(
      [
        row(2, { name: '李明', affiliation: '甲' }),
        row(3, { name: '李明', affiliation: '乙' }),
        row(4, { name: '李明', affiliation: '甲' }),
        row(5, { name: '王芳' }),
        row(6, { name: '王芳' }),
      ],
      expertProfile.duplicateKeys,
      new Map(),
    );
    expect(codes(rows)).toEqual([
      [],
      [],
      ['name:DUPLICATE_IN_FILE'],
      [],
      ['name:DUPLICATE_IN_FILE'],
    ]);
  });
});
