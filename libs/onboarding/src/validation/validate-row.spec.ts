import { describe, expect, it } from '@jest/globals';
import { collegeProfile } from '../columns/college-columns';
import type { RowCells } from '../columns/column-spec';
import { enterpriseProfile } from '../columns/enterprise-columns';
import { expertProfile } from '../columns/expert-columns';
import type { ImportProfile } from '../columns/import-profile';
import { validateRow } from './validate-row';

const cellsOf =
  (values: Record<string, string>): RowCells<string> =>
  (key) =>
    values[key] ?? '';

const check = (profile: ImportProfile, values: Record<string, string>) =>
  validateRow(profile, cellsOf(values));

const codes = async (profile: ImportProfile, values: Record<string, string>) =>
  (await check(profile, values)).errors.map((e) => [e.field, e.code]);

const ENTERPRISE = {
  name: ' 示范市晶华光伏玻璃有限公司 ',
  creditCode: '911303021h4bm2ytxn',
  industryCode: 'C3042',
  size: '中型',
  district: '海港区',
  description: '光伏玻璃深加工',
  tags: '光伏、玻璃',
};

describe('validateRow: enterprises', () => {
  it('normalises a valid row to the create DTO', async () => {
    expect(await check(enterpriseProfile, ENTERPRISE)).toEqual({
      data: {
        name: '示范市晶华光伏玻璃有限公司',
        creditCode: '911303021H4BM2YTXN',
        industryCode: '3042',
        size: 'medium',
        district: '130302',
        description: '光伏玻璃深加工',
        tags: ['光伏', '玻璃'],
      },
      errors: [],
    });
  });

  it.each([
    ['creditCode', '911303021H4BM2YTXA', 'INVALID_USCC'],
    ['industryCode', '9999', 'INVALID_INDUSTRY_CODE'],
    ['district', '火星区', 'INVALID_DISTRICT_CODE'],
    ['size', '巨型', 'INVALID_ENUM'],
    ['name', '晶', 'INVALID_LENGTH'],
  ])('reports a bad %s as %s', async (field, value, code) => {
    expect(await codes(enterpriseProfile, { ...ENTERPRISE, [field]: value })).toEqual([
      [field, code],
    ]);
  });

  it('reports each empty required cell once, as REQUIRED', async () => {
    const result = await check(enterpriseProfile, { ...ENTERPRISE, name: '', creditCode: '' });
    expect(result.errors).toEqual([
      { field: 'name', code: 'REQUIRED', message: '企业名称 (name) is required' },
      {
        field: 'creditCode',
        code: 'REQUIRED',
        message: '统一社会信用代码 (creditCode) is required',
      },
    ]);
    // What was read stays visible, so the admin can find the row.
    expect(result.data).toMatchObject({ industryCode: '3042', district: '130302' });
  });

  it('applies the API rules on lists', async () => {
    const tags = Array.from({ length: 21 }, (_, i) => `t${i}`).join(',');
    expect(await codes(enterpriseProfile, { ...ENTERPRISE, tags })).toEqual([
      ['tags', 'INVALID_ARRAY_MAX_SIZE'],
    ]);
  });
});

describe('validateRow: colleges', () => {
  const COLLEGE = {
    name: '示范市建材职业技术学院',
    level: '高职',
    district: '130302',
    majors: '460305 工业机器人技术；460306',
    trainingCapacity: '1,200',
    studentCount: '8000',
  };

  it('reads majors and counts', async () => {
    expect(await check(collegeProfile, COLLEGE)).toEqual({
      data: {
        name: '示范市建材职业技术学院',
        level: '高职',
        district: '130302',
        majors: [
          { code: '460305', name: '工业机器人技术' },
          { code: '460306', name: '电气自动化技术' },
        ],
        trainingCapacity: 1200,
        studentCount: 8000,
      },
      errors: [],
    });
  });

  it('reports bad levels, majors and counts with nested paths', async () => {
    const errors = await codes(collegeProfile, {
      ...COLLEGE,
      level: '大学',
      majors: '工业机器人技术',
      studentCount: '很多',
    });
    // As from the API: every failed constraint of the field, in class-validator's order.
    expect(errors).toEqual([
      ['level', 'INVALID_IN'],
      ['majors.0.code', 'INVALID_MATCHES'],
      ['studentCount', 'INVALID_MAX'],
      ['studentCount', 'INVALID_MIN'],
      ['studentCount', 'INVALID_INT'],
    ]);
  });
});

describe('validateRow: experts', () => {
  const EXPERT = {
    name: '李明',
    title: '高级工程师',
    affiliation: '示范市建材职业技术学院',
    district: '北戴河区',
    industryCodes: '3042 c3011',
    fields: '光伏玻璃、深加工工艺',
    services: '咨询、兼职教学',
    phone: '138 0000 0000',
    email: 'liming@example.cn',
  };

  it('maps services, defaults availability and keeps contact private', async () => {
    expect(await check(expertProfile, EXPERT)).toEqual({
      data: {
        name: '李明',
        title: '高级工程师',
        affiliation: '示范市建材职业技术学院',
        district: '130304',
        industryCodes: ['3042', '3011'],
        fields: ['光伏玻璃', '深加工工艺'],
        services: ['consulting', 'part_time_teaching'],
        availability: 'available',
        contact: { phone: '13800000000', email: 'liming@example.cn' },
      },
      errors: [],
    });
  });

  it('accepts English labels', async () => {
    const result = await check(expertProfile, {
      ...EXPERT,
      services: 'RnD, part_time_teaching',
      availability: 'Limited',
    });
    expect(result.data).toMatchObject({
      services: ['rnd', 'part_time_teaching'],
      availability: 'limited',
    });
  });

  it('reports contact errors on their own columns', async () => {
    const errors = await codes(expertProfile, { ...EXPERT, phone: 'call me', email: 'nope' });
    expect(errors).toEqual([
      ['phone', 'INVALID_MATCHES'],
      ['email', 'INVALID_EMAIL'],
    ]);
  });

  it('reports unknown services and industry codes', async () => {
    const errors = await codes(expertProfile, {
      ...EXPERT,
      services: '咨询、算命',
      industryCodes: '9999',
    });
    expect(errors).toEqual([
      ['industryCodes', 'INVALID_INDUSTRY_CODE'],
      ['services', 'INVALID_ENUM'],
    ]);
    expect(await codes(expertProfile, { ...EXPERT, services: '' })).toEqual([
      ['services', 'REQUIRED'],
    ]);
  });
});
