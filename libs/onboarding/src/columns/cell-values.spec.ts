import { describe, expect, it } from '@jest/globals';
import { choice, count, district, industryCode, list, majors, optional } from './cell-values';

describe('cell values', () => {
  it('turns empty cells into undefined', () => {
    expect(optional('')).toBeUndefined();
    expect(optional('x')).toBe('x');
  });

  it('splits lists on Chinese and ASCII separators', () => {
    expect(list('光伏、玻璃，镀膜,深加工;钢化；夹层|中空\n幕墙')).toEqual([
      '光伏',
      '玻璃',
      '镀膜',
      '深加工',
      '钢化',
      '夹层',
      '中空',
      '幕墙',
    ]);
    expect(list(' 、 ,')).toBeUndefined();
  });

  it('reads counts with thousands separators and keeps anything else as text', () => {
    expect(count('1,200')).toBe(1200);
    expect(count('')).toBeUndefined();
    expect(count('about 100')).toBe('about 100');
    expect(count('-5')).toBe('-5');
  });

  it('maps labels case-insensitively and keeps unknown labels', () => {
    const labels = { 中型: 'medium', medium: 'medium' };
    expect(choice('中型', labels)).toBe('medium');
    expect(choice('Medium', labels)).toBe('medium');
    expect(choice('巨型', labels)).toBe('巨型');
    expect(choice('', labels)).toBeUndefined();
  });

  it('finds districts by code, zh-CN name or English name', () => {
    expect(district('130302')).toBe('130302');
    expect(district('海港区')).toBe('130302');
    expect(district('haigang district')).toBe('130302');
    expect(district('etdz')).toBe('ETDZ');
    expect(district('火星区')).toBe('火星区');
    expect(district('')).toBeUndefined();
  });

  it('drops the section letter of industry codes', () => {
    expect(industryCode('c3042')).toBe('3042');
    expect(industryCode('30-42')).toBe('30-42');
  });

  it('reads majors, naming bare codes from the catalogue', () => {
    expect(majors('460305 工业机器人技术；460306、工业网络技术;999999')).toEqual([
      { code: '460305', name: '工业机器人技术' },
      { code: '460306', name: '电气自动化技术' },
      { code: '', name: '工业网络技术' },
      { code: '999999', name: '' },
    ]);
    expect(majors('')).toBeUndefined();
  });
});
