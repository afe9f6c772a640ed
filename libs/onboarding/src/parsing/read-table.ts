import { MAX_DATA_ROWS } from '../import-types';
import { uploadError } from '../import-errors';
import { readCsv } from './csv-table';
import { detectFormat } from './file-format';
import type { Table } from './table';
import { readXlsx } from './xlsx-table';

/** Reads an uploaded CSV or XLSX into a header and at most MAX_DATA_ROWS non-blank rows. */
export async function readTable(fileName: string, buffer: Uint8Array): Promise<Table> {
  if (buffer.length === 0) throw uploadError('EMPTY_FILE', 'The file is empty');
  const table = detectFormat(fileName, buffer) === 'csv' ? readCsv(buffer) : await readXlsx(buffer);
  if (!table) throw uploadError('EMPTY_FILE', 'The file has no header row');
  if (table.rows.length === 0) throw uploadError('EMPTY_FILE', 'The file has no data rows');
  if (table.rows.length > MAX_DATA_ROWS) {
    throw uploadError(
      'TOO_MANY_ROWS',
      `The file has ${table.rows.length} data rows; at most ${MAX_DATA_ROWS} are accepted per import`,
    );
  }
  return table;
}
