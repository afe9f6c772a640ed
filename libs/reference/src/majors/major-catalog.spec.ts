import { describe, expect, it } from '@jest/globals';
import { findIndustry } from '../industries/industry-catalog';
import {
  findMajor,
  isKnownMajorCode,
  listMajors,
  MAJOR_LEVELS,
  majorDivisions,
} from './major-catalog';

/**
 * How the codes were checked: names, levels and the 大类/专业类 prefixes against the structure of
 * 职业教育专业目录（2021年） (中职 6x–7x, 高职 4x–5x, 本科 2x–3x; the same 大类 number per
 * level, e.g. 医药卫生 72/52/32), and each code searched for in public data sets that list the
 * catalogue. 31 codes are taken as checked (the first version's, not flagged then); 36 are
 * `verified: false`: 27 inferred in the first version and the 9 added for the seeded colleges
 * (260604, 660303, 660601, 670101, 700206, 720402, 720404, 720601, 790301), whose numbers
 * within their 专业类 are inferred. One conflict was found: public data sets give 高职
 * 中医康复技术 as 520416, not 520604 (flagged, kept because stored demands use it).
 */
describe('majors data', () => {
  const majors = listMajors();

  it('has at least 40 majors with unique six-digit codes', () => {
    expect(majors.length).toBeGreaterThanOrEqual(40);
    const codes = majors.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
  });

  it('uses the level-specific code ranges of the 2021 catalogue', () => {
    const firstDigits: Record<string, string> = { 中职: '67', 高职: '45', 本科: '23' };
    for (const m of majors) {
      expect(MAJOR_LEVELS).toContain(m.level);
      expect(firstDigits[m.level]).toContain(m.code[0]);
    }
  });

  it('says why a code is not verified', () => {
    const unverified = majors.filter((m) => !m.verified);
    expect(unverified.length).toBe(36);
    for (const m of unverified) expect(m.note?.length).toBeGreaterThan(20);
    expect(findMajor('460305')?.verified).toBe(true);
    expect(findMajor('720402')).toMatchObject({ name: '中医康复技术', verified: false });
  });

  it('links every major to known GB/T 4754 divisions', () => {
    for (const m of majors) {
      expect(m.industries.length).toBeGreaterThan(0);
      for (const d of m.industries) expect(findIndustry(d)?.level).toBe('division');
    }
  });
});

describe('findMajor', () => {
  it('finds majors by code', () => {
    expect(findMajor('460305')).toEqual({
      code: '460305',
      name: '工业机器人技术',
      level: '高职',
      industries: ['34', '39'],
      verified: true,
    });
    expect(findMajor('460103')?.name).toBe('数控技术');
    expect(findMajor('460301')?.name).toBe('机电一体化技术');
    expect(findMajor('999999')).toBeUndefined();
    expect(isKnownMajorCode('520201')).toBe(true);
    expect(isKnownMajorCode('52020')).toBe(false);
  });
});

describe('listMajors', () => {
  it('filters by level', () => {
    const secondary = listMajors({ level: '中职' });
    expect(secondary.length).toBeGreaterThan(0);
    expect(secondary.every((m) => m.level === '中职')).toBe(true);
  });

  it('filters by division, class or section', () => {
    const names = (industry: string) => listMajors({ industry }).map((m) => m.name);
    expect(names('34')).toContain('工业机器人技术');
    expect(names('C3491')).toContain('工业机器人技术');
    expect(names('8412')).toContain('中医康复技术');
    expect(names('Q')).toEqual(expect.arrayContaining(['护理', '康复治疗技术']));
    expect(names('Q')).not.toContain('数控技术');
  });

  it('combines filters and returns nothing for unknown industries', () => {
    expect(listMajors({ level: '本科', industry: '84' }).map((m) => m.code)).toEqual(['320201']);
    expect(listMajors({ industry: '98' })).toEqual([]);
  });

  it('does not let callers mutate the catalogue', () => {
    const [first] = listMajors();
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.industries)).toBe(true);
  });
});

describe('majorDivisions', () => {
  it('takes the GB/T 4754 divisions each major serves from the catalogue, once each', () => {
    expect(findMajor('540203')?.industries).toEqual(['14', '62']);
    expect(findMajor('540106')?.industries).toEqual(['61']);
    expect(majorDivisions(['540203', '540106', '740203'])).toEqual(['14', '62', '61']);
  });

  it('ignores majors outside the catalogue', () => {
    expect(majorDivisions(['999999', ' 540106 '])).toEqual(['61']);
    expect(majorDivisions([])).toEqual([]);
  });
});
