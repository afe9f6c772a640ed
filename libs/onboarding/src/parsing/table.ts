/** A data row of the sheet, as trimmed strings (empty string for an empty cell). */
export interface TableRow {
  /** 1-based spreadsheet row number, header included. */
  row: number;
  cells: string[];
}

/** What both readers produce: the header row and the non-blank rows below it. */
export interface Table {
  headers: string[];
  rows: TableRow[];
}

export const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c === '');

/** Splits numbered records into the header (first non-blank record) and the data rows. */
export function toTable(records: Iterable<TableRow>): Table | undefined {
  let headers: string[] | undefined;
  const rows: TableRow[] = [];
  for (const record of records) {
    if (isBlank(record.cells)) continue;
    if (headers) rows.push(record);
    else headers = record.cells;
  }
  return headers && { headers, rows };
}
