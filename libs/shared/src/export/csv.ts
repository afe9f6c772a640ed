import type { Writable } from 'node:stream';

/** Excel reads a UTF-8 CSV as such (Chinese included) only with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180 quoting; a leading =, +, -, @ is neutralised so a name cannot be a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Writes rows as a BOM-prefixed CSV into `out` and ends it. */
export function writeCsv(out: Writable, rows: readonly string[][]): void {
  out.write(UTF8_BOM);
  for (const row of rows) out.write(row.map(csvCell).join(',') + '\r\n');
  out.end();
}

/** `attachment; filename="…"; filename*=UTF-8''…`: an ASCII fallback and the real (zh) name. */
export function attachmentDisposition(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
