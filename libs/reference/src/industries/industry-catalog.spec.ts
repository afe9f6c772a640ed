import { describe, expect, it } from '@jest/globals';
import { validate } from 'class-validator';
import {
  findIndustry,
  industryPath,
  isKnownIndustryCode,
  listIndustries,
  normalizeIndustryCode,
} from './industry-catalog';
import { IsIndustryCode } from './is-industry-code.decorator';

describe('GB/T 4754-2017 data', () => {
  it('has all 20 sections A–T', () => {
    const sections = listIndustries({ level: 'section' });
    expect(sections.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it('has all 97 divisions 01–97, each under an existing section', () => {
    const divisions = listIndustries({ level: 'division' });
    expect(divisions.map((d) => d.code)).toEqual(
      Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    for (const d of divisions) expect(findIndustry(d.section)?.level).toBe('section');
  });

  it('puts each division in its section', () => {
    // prettier-ignore
    const ranges: [string, number, number][] = [
      ['A', 1, 5], ['B', 6, 12], ['C', 13, 43], ['D', 44, 46], ['E', 47, 50],
      ['F', 51, 52], ['G', 53, 60], ['H', 61, 62], ['I', 63, 65], ['J', 66, 69],
      ['K', 70, 70], ['L', 71, 72], ['M', 73, 75], ['N', 76, 79], ['O', 80, 82],
      ['P', 83, 83], ['Q', 84, 85], ['R', 86, 90], ['S', 91, 96], ['T', 97, 97],
    ];
    for (const [section, first, last] of ranges) {
      for (let n = first; n <= last; n++) {
        expect(findIndustry(String(n).padStart(2, '0'))?.section).toBe(section);
      }
    }
  });

  it('links every group and class to an existing parent', () => {
    for (const node of [
      ...listIndustries({ level: 'group' }),
      ...listIndustries({ level: 'class' }),
    ]) {
      const parent = findIndustry(node.parentCode ?? '');
      expect(parent?.code).toBe(node.code.slice(0, node.code.length - 1));
      expect(node.section).toBe(parent?.section);
    }
  });

  it('has unique codes', () => {
    const codes = listIndustries().map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('findIndustry', () => {
  it('finds a class with its section', () => {
    expect(findIndustry('3042')).toEqual({
      code: '3042',
      name: '特种玻璃制造',
      section: 'C',
      sectionName: '制造业',
      level: 'class',
      parentCode: '304',
    });
  });

  it.each([
    ['C', '制造业'],
    ['14', '食品制造业'],
    ['1411', '糕点、面包制造'],
    ['3041', '平板玻璃制造'],
    ['3061', '玻璃纤维及制品制造'],
    ['3491', '工业机器人制造'],
    ['3492', '特殊作业机器人制造'],
    ['3741', '飞机制造'],
    ['3825', '光伏设备及元器件制造'],
    ['2761', '生物药品制造'],
    ['8412', '中医医院'],
    ['8514', '老年人、残疾人养护服务'],
    ['5292', '互联网零售'],
    ['5532', '货运港口'],
    ['65', '软件和信息技术服务业'],
  ])('knows %s as %s', (code, name) => {
    expect(findIndustry(code)?.name).toBe(name);
  });

  it('gives single-class groups the class name', () => {
    expect(findIndustry('271')).toMatchObject({ name: '化学药品原料药制造', level: 'group' });
    expect(findIndustry('2710')?.parentCode).toBe('271');
  });

  it('returns undefined for unknown or malformed codes', () => {
    expect(findIndustry('98')).toBeUndefined();
    expect(findIndustry('U')).toBeUndefined();
    expect(findIndustry('30421')).toBeUndefined();
    expect(findIndustry('')).toBeUndefined();
    expect(isKnownIndustryCode('304')).toBe(true);
    expect(isKnownIndustryCode('X3042')).toBe(false);
  });
});

describe('normalizeIndustryCode', () => {
  it('drops a matching section prefix and upper-cases', () => {
    expect(normalizeIndustryCode('C3042')).toBe('3042');
    expect(normalizeIndustryCode(' c30 ')).toBe('30');
    expect(normalizeIndustryCode('q')).toBe('Q');
    expect(normalizeIndustryCode('3042')).toBe('3042');
  });

  it('keeps a prefix that names another section, so that nothing matches', () => {
    expect(normalizeIndustryCode('a3042')).toBe('A3042');
    expect(findIndustry('A3042')).toBeUndefined();
  });

  it('only trims and upper-cases malformed input', () => {
    expect(normalizeIndustryCode(' cc30')).toBe('CC30');
    expect(normalizeIndustryCode('30-42')).toBe('30-42');
    expect(findIndustry('3')).toBeUndefined();
  });
});

describe('listIndustries', () => {
  it('lists the direct children of a parent', () => {
    expect(listIndustries({ parent: '304' }).map((i) => i.code)).toEqual(['3041', '3042', '3049']);
    expect(listIndustries({ parent: 'C27' }).map((i) => i.code)).toContain('276');
  });

  it('lists descendants of a parent at a level', () => {
    const classes = listIndustries({ parent: 'C', level: 'class' });
    expect(classes.map((i) => i.code)).toEqual(expect.arrayContaining(['3042', '3491', '1411']));
    expect(classes.every((i) => i.section === 'C' && i.level === 'class')).toBe(true);
    expect(
      listIndustries({ parent: '30', level: 'class' }).every((i) => i.code.startsWith('30')),
    ).toBe(true);
  });

  it('returns nothing for an unknown parent', () => {
    expect(listIndustries({ parent: '98' })).toEqual([]);
  });

  it('returns copies that callers cannot use to corrupt the catalogue', () => {
    const list = listIndustries({ parent: '304' });
    list.pop();
    expect(listIndustries({ parent: '304' })).toHaveLength(3);
    expect(Object.isFrozen(list[0])).toBe(true);
  });
});

describe('industryPath', () => {
  it('walks from section to class', () => {
    expect(industryPath('C3042').map((i) => i.code)).toEqual(['C', '30', '304', '3042']);
    expect(industryPath('85').map((i) => i.name)).toEqual(['卫生和社会工作', '社会工作']);
    expect(industryPath('98')).toEqual([]);
  });
});

describe('@IsIndustryCode', () => {
  class Query {
    @IsIndustryCode()
    industry!: unknown;
  }

  it('accepts known codes and rejects others', async () => {
    const query = new Query();
    query.industry = 'C3042';
    expect(await validate(query)).toEqual([]);
    query.industry = '9999';
    const [error] = await validate(query);
    expect(error.constraints).toEqual({
      isIndustryCode: 'industry must be a known GB/T 4754-2017 industry code',
    });
  });
});
