import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@app/shared';
import { column, normalizeHeader, resolveColumns } from './column-spec';
import { enterpriseProfile } from './enterprise-columns';

const specs = [
  column('name', '企业名称', true),
  column('creditCode', '统一社会信用代码', true, 'uscc'),
  column('tags', '标签', false),
];

const failure = (headers: string[]): DomainError => {
  try {
    resolveColumns(headers, specs);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected MISSING_COLUMNS');
};

describe('normalizeHeader', () => {
  it.each([
    ['Credit Code', 'creditcode'],
    [' credit_code ', 'creditcode'],
    ['*企业名称', '企业名称'],
    ['企业名称＊', '企业名称'],
    ['ＮＡＭＥ', 'name'],
    ['企业　名称', '企业名称'],
  ])('%j → %j', (header, normalized) => {
    expect(normalizeHeader(header)).toBe(normalized);
  });
});

describe('resolveColumns', () => {
  it('matches zh-CN headers and English aliases in any order, case and spacing', () => {
    const cells = resolveColumns(['Tags', 'CREDIT code', '企业名称'], specs);
    const cell = cells(['光伏', '911303021H4BM2YTXN', '晶华']);
    expect([cell('name'), cell('creditCode'), cell('tags')]).toEqual([
      '晶华',
      '911303021H4BM2YTXN',
      '光伏',
    ]);
  });

  it('gives "" for an optional column that is absent or a short row', () => {
    const cell = resolveColumns(['name', 'uscc', '标签'], specs)(['晶华']);
    expect([cell('creditCode'), cell('tags')]).toEqual(['', '']);
  });

  it('ignores columns without a header', () => {
    expect(() => resolveColumns(['name', '', 'uscc', ''], specs)).not.toThrow();
  });

  it('lists every missing required column', () => {
    const error = failure(['标签']);
    expect(error).toMatchObject({ kind: 'invalid', code: 'MISSING_COLUMNS' });
    expect(error.fieldErrors).toEqual([
      {
        field: '企业名称',
        code: 'MISSING_COLUMN',
        message: 'Required column 企业名称 (name) is missing',
      },
      {
        field: '统一社会信用代码',
        code: 'MISSING_COLUMN',
        message: 'Required column 统一社会信用代码 (creditCode) is missing',
      },
    ]);
    expect(error.message).toContain('missing required columns: 企业名称, 统一社会信用代码');
  });

  it('refuses unknown and repeated columns', () => {
    const error = failure(['name', '企业名称', 'uscc', '备注']);
    expect(error.fieldErrors.map((e) => [e.field, e.code])).toEqual([
      ['企业名称', 'DUPLICATE_COLUMN'],
      ['备注', 'UNKNOWN_COLUMN'],
    ]);
  });

  it('knows the enterprise template', () => {
    const headers = [
      '企业名称',
      '统一社会信用代码',
      '行业代码',
      '企业规模',
      '所在区县',
      '企业简介',
      '标签',
    ];
    expect(() => resolveColumns(headers, enterpriseProfile.columns)).not.toThrow();
    const english = [
      'name',
      'creditCode',
      'industryCode',
      'size',
      'district',
      'description',
      'tags',
    ];
    expect(() => resolveColumns(english, enterpriseProfile.columns)).not.toThrow();
  });
});
