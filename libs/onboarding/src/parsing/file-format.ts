import { extname } from 'node:path';
import { uploadError } from '../import-errors';

export type FileFormat = 'csv' | 'xlsx';

/** Every XLSX is a zip archive: local file header magic `PK\x03\x04`. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Legacy .xls and other OLE2 compound documents. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (buffer: Uint8Array, magic: number[]) =>
  buffer.length >= magic.length && magic.every((b, i) => buffer[i] === b);

/**
 * The file must be CSV or XLSX by its name AND its content: a renamed .xls, PDF or zip is
 * refused before any parser sees it.
 */
export function detectFormat(fileName: string, buffer: Uint8Array): FileFormat {
  const ext = extname(fileName).toLowerCase();
  const zip = startsWith(buffer, ZIP_MAGIC);
  if (ext === '.xlsx' && zip) return 'xlsx';
  if (ext === '.csv' && !zip && !startsWith(buffer, OLE_MAGIC) && !buffer.includes(0)) {
    return 'csv';
  }
  throw uploadError(
    'UNSUPPORTED_FILE_TYPE',
    ext === '.csv' || ext === '.xlsx'
      ? `The content of ${fileName} is not ${ext === '.csv' ? 'CSV text (save as "CSV UTF-8")' : 'an XLSX workbook'}`
      : 'Upload a .csv or .xlsx file (legacy .xls is not supported: save it as .xlsx)',
  );
}
