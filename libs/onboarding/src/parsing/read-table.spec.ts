import { describe, expect, it } from '@jest/globals';
import { Workbook } from 'exceljs';
import { MAX_DATA_ROWS } from '../import-types';
import { detectFormat } from './file-format';
import { readTable } from './read-table';

const utf8 = (text: string) => new TextEncoder().encode(text);
const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]);
const XLS = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('detectFormat', () => {
  it('accepts CSV text and XLSX zips by name and content', () => {
    expect(detectFormat('企业.CSV', utf8('a,b'))).toBe('csv');
    expect(detectFormat('members.xlsx', ZIP)).toBe('xlsx');
  });

  it.each([
    ['legacy.xls', XLS],
    ['notes.txt', utf8('a,b')],
    ['no-extension', utf8('a,b')],
    ['renamed.csv', ZIP],
    ['renamed.csv', XLS],
    ['utf16.csv', Uint8Array.from([0xff, 0xfe, 0x61, 0x00])],
    ['fake.xlsx', utf8('a,b')],
  ])('refuses %s', (name, bytes) => {
    expect(() => detectFormat(name, bytes)).toThrow(
      expect.objectContaining({ kind: 'invalid', code: 'UNSUPPORTED_FILE_TYPE' }),
    );
  });
});

describe('readTable', () => {
  it('reads a CSV', async () => {
    const table = await readTable('a.csv', utf8('name\nA'));
    expect(table).toEqual({ headers: ['name'], rows: [{ row: 2, cells: ['A'] }] });
  });

  it('reads an XLSX', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('s').addRows([['name'], ['A']]);
    const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect((await readTable('a.xlsx', buffer)).rows).toEqual([{ row: 2, cells: ['A'] }]);
  });

  it.each([
    ['an empty file', new Uint8Array()],
    ['blank lines only', utf8('\n\n')],
    ['a header without rows', utf8('name,district\n')],
  ])('refuses %s with EMPTY_FILE', async (_case, bytes) => {
    await expect(readTable('a.csv', bytes)).rejects.toMatchObject({ code: 'EMPTY_FILE' });
  });

  it('refuses more than MAX_DATA_ROWS rows with TOO_MANY_ROWS', async () => {
    const ok = utf8(`name\n${'A\n'.repeat(MAX_DATA_ROWS)}`);
    expect((await readTable('a.csv', ok)).rows).toHaveLength(MAX_DATA_ROWS);
    const tooMany = utf8(`name\n${'A\n'.repeat(MAX_DATA_ROWS + 1)}`);
    await expect(readTable('a.csv', tooMany)).rejects.toMatchObject({
      kind: 'invalid',
      code: 'TOO_MANY_ROWS',
    });
  });
});
