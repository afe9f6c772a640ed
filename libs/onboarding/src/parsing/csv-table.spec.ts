import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@app/shared';
import { decodeText, detectDelimiter, readCsv } from './csv-table';

const utf8 = (text: string) => new TextEncoder().encode(text);

// GBK (a subset of GB18030) as saved by Excel on Chinese Windows. Node's TextDecoder decodes
// GB18030 but cannot encode it, so the bytes are spelled out: 企业名称 and 海港区.
const GBK_企业名称 = [0xc6, 0xf3, 0xd2, 0xb5, 0xc3, 0xfb, 0xb3, 0xc6];
const GBK_海港区 = [0xba, 0xa3, 0xb8, 0xdb, 0xc7, 0xf8];
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('decodeText', () => {
  it('reads UTF-8 and drops its BOM', () => {
    expect(decodeText(utf8('企业名称'))).toBe('企业名称');
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('企业名称')]))).toBe('企业名称');
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(Uint8Array.from([...GBK_企业名称, ...ascii(','), ...GBK_海港区]))).toBe(
      '企业名称,海港区',
    );
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1;2', ','],
    ['a;b;c\n1,2', ';'],
    ['a\tb\tc', '\t'],
    ['single', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('readCsv', () => {
  it('reads a UTF-8 file with BOM into trimmed cells with spreadsheet row numbers', () => {
    const table = readCsv(utf8('\ufeff企业名称 , 区县\n 晶华 ,海港区\n\n"耀华, 秦皇岛",130302\n'));
    expect(table).toEqual({
      headers: ['企业名称', '区县'],
      rows: [
        { row: 2, cells: ['晶华', '海港区'] },
        // The blank line is row 3 in Excel too, so it is skipped but still counted.
        { row: 4, cells: ['耀华, 秦皇岛', '130302'] },
      ],
    });
  });

  it('reads GB18030 bytes', () => {
    const bytes = [...GBK_企业名称, ...ascii(',x\r\n'), ...GBK_海港区, ...ascii(',1\r\n')];
    expect(readCsv(Uint8Array.from(bytes))).toEqual({
      headers: ['企业名称', 'x'],
      rows: [{ row: 2, cells: ['海港区', '1'] }],
    });
  });

  it('skips blank lines before the header and rows of empty cells', () => {
    const table = readCsv(utf8('\nname,district\n,,\nA,B'));
    expect(table?.headers).toEqual(['name', 'district']);
    expect(table?.rows).toEqual([{ row: 4, cells: ['A', 'B'] }]);
  });

  it('keeps a multi-line quoted cell in one row', () => {
    const table = readCsv(utf8('name,bio\nA,"line 1\nline 2"\nB,x'));
    expect(table?.rows).toEqual([
      { row: 2, cells: ['A', 'line 1\nline 2'] },
      { row: 3, cells: ['B', 'x'] },
    ]);
  });

  it('reads semicolon-separated files', () => {
    expect(readCsv(utf8('name;district\nA;B'))?.rows[0].cells).toEqual(['A', 'B']);
  });

  it('returns undefined when there is no header', () => {
    expect(readCsv(utf8('\n ,\n'))).toBeUndefined();
  });

  it('reports malformed CSV as UNREADABLE_FILE', () => {
    const read = () => readCsv(utf8('name,bio\nA,"never closed'));
    expect(read).toThrow(DomainError);
    expect(read).toThrow(expect.objectContaining({ kind: 'invalid', code: 'UNREADABLE_FILE' }));
  });
});
