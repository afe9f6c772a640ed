import { parse } from 'csv-parse/sync';
import { uploadError } from '../import-errors';
import { type Table, toTable } from './table';

/**
 * UTF-8 (with or without BOM, which the decoder drops) or, failing that, GB18030: Excel on
 * Chinese Windows saves "CSV (逗号分隔)" in the ANSI code page, a subset of GB18030.
 */
export function decodeText(buffer: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

const DELIMITERS = [',', '\t', ';'] as const;

/** Excel in some locales writes `;` or tabs; the header line tells which one the file uses. */
export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => firstLine.split(d).length - 1;
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), DELIMITERS[0]);
}

export function readCsv(buffer: Uint8Array): Table | undefined {
  const text = decodeText(buffer);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      // Blank lines are kept so that record numbers stay the spreadsheet's row numbers.
      skip_empty_lines: false,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw uploadError('UNREADABLE_FILE', `The CSV file could not be read: ${reason}`);
  }
  return toTable(records.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) })));
}
