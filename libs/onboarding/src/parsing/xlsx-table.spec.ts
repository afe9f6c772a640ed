import { describe, expect, it } from '@jest/globals';
import { Workbook } from 'exceljs';
import { cellText, readXlsx } from './xlsx-table';

async function xlsx(build: (workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = new Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('cellText', () => {
  it.each([
    [null, ''],
    ['  text ', 'text'],
    [13800000000, '13800000000'],
    [1e21, '1000000000000000000000'],
    [12.5, '12.5'],
    [true, 'TRUE'],
    [new Date('2024-03-01T00:00:00Z'), '2024-03-01'],
    [{ richText: [{ text: '晶华' }, { text: '玻璃 ' }] }, '晶华玻璃'],
    [{ text: 'a@b.cn', hyperlink: 'mailto:a@b.cn' }, 'a@b.cn'],
    [{ formula: 'A1*2', result: 4200 }, '4200'],
    [{ sharedFormula: 'A1', result: 'x' }, 'x'],
    [{ formula: 'A1' }, ''],
    [{ error: '#N/A' as const }, '#N/A'],
  ])('%j → %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

describe('readXlsx', () => {
  it('reads the first worksheet with its row numbers', async () => {
    const buffer = await xlsx((wb) => {
      const sheet = wb.addWorksheet('企业');
      sheet.addRow(['企业名称', '手机', '人数']);
      sheet.addRow([{ richText: [{ text: '晶华' }, { text: '玻璃' }] }, 13800000000, 1200]);
      sheet.addRow([]);
      sheet.addRow(['耀华', '0335-1234567', { formula: 'C2*2', result: 2400 }]);
      wb.addWorksheet('ignored').addRow(['other']);
    });
    expect(await readXlsx(buffer)).toEqual({
      headers: ['企业名称', '手机', '人数'],
      rows: [
        { row: 2, cells: ['晶华玻璃', '13800000000', '1200'] },
        { row: 4, cells: ['耀华', '0335-1234567', '2400'] },
      ],
    });
  });

  it('keeps empty cells in their column', async () => {
    const buffer = await xlsx((wb) => {
      const sheet = wb.addWorksheet('s');
      sheet.addRow(['a', 'b', 'c']);
      sheet.getCell('C2').value = 'only c';
    });
    expect((await readXlsx(buffer))?.rows).toEqual([{ row: 2, cells: ['', '', 'only c'] }]);
  });

  it('returns undefined for an empty worksheet', async () => {
    expect(await readXlsx(await xlsx((wb) => wb.addWorksheet('empty')))).toBeUndefined();
  });

  it('reports a corrupt workbook as UNREADABLE_FILE', async () => {
    const corrupt = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    await expect(readXlsx(corrupt)).rejects.toMatchObject({ code: 'UNREADABLE_FILE' });
  });
});
