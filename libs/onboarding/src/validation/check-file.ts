import { resolveColumns } from '../columns/column-spec';
import { PROFILES } from '../columns/profiles';
import type { ImportRowReport, ImportType, StoredReport } from '../import-types';
import { readTable } from '../parsing/read-table';
import { type CheckedRow, type ExistingKeys, markDuplicates } from './duplicates';
import { validateRow } from './validate-row';

/** Which duplicate keys of these rows' data the database already holds. */
export type ExistingKeysLookup = (rows: Record<string, unknown>[]) => Promise<ExistingKeys>;

/**
 * The whole dry run of one upload: read, map columns, validate every row against the API's
 * DTO, then find duplicates within the file and against the database.
 */
export async function checkFile(
  type: ImportType,
  fileName: string,
  buffer: Uint8Array,
  lookupExisting: ExistingKeysLookup,
): Promise<StoredReport> {
  const profile = PROFILES[type];
  const table = await readTable(fileName, buffer);
  const cellsOf = resolveColumns(table.headers, profile.columns);
  const checked: CheckedRow[] = [];
  for (const { row, cells } of table.rows) {
    checked.push({ row, ...(await validateRow(profile, cellsOf(cells))) });
  }
  const existing = await lookupExisting(checked.map((r) => r.data));
  const rows = markDuplicates(checked, profile.duplicateKeys, existing).map(
    ({ row, data, errors }): ImportRowReport => ({
      row,
      status: errors.length === 0 ? 'valid' : 'invalid',
      errors,
      data,
    }),
  );
  const validRows = rows.filter((r) => r.status === 'valid').length;
  return { totalRows: rows.length, validRows, invalidRows: rows.length - validRows, rows };
}
