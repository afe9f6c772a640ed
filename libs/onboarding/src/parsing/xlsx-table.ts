import { type CellValue, Workbook } from 'exceljs';
import { uploadError } from '../import-errors';
import { type Table, type TableRow, toTable } from './table';

/**
 * Any cell as the trimmed text the admin sees. Whole numbers are printed in full (no `1.2e+17`),
 * so a phone number or an all-digit code typed as a number keeps its digits.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') {
    return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('hyperlink' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  if ('error' in value) return value.error;
  return '';
}

/** The first worksheet; cells are 1-based in exceljs, hence the slice. */
export async function readXlsx(buffer: Uint8Array): Promise<Table | undefined> {
  const workbook = new Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy gives one that holds only this file.
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  } catch {
    throw uploadError('UNREADABLE_FILE', 'The XLSX workbook could not be read: is it corrupt?');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return undefined;
  const records: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    records.push({ row: rowNumber, cells: Array.from(values, (v) => cellText(v)) });
  });
  return toTable(records);
}
