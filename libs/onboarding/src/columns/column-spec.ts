import type { FieldError } from '@app/shared';
import { uploadError } from '../import-errors';

/** One column of an import template: its zh-CN header, accepted aliases and DTO field. */
export interface ColumnSpec<K extends string = string> {
  key: K;
  zh: string;
  aliases: readonly string[];
  required: boolean;
}

export const column = <K extends string>(
  key: K,
  zh: string,
  required: boolean,
  ...aliases: string[]
): ColumnSpec<K> => ({ key, zh, aliases: [key, ...aliases], required });

/** Headers match whatever their case, width (全角/半角), spacing, `_`/`-` or a `*` marking them required. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-*]/g, '');
}

/** Cell text by the column's key; '' when the column is absent or the cell is empty. */
export type RowCells<K extends string> = (key: K) => string;

/**
 * Maps header positions to columns. Missing required, unknown and repeated columns are all
 * reported at once: an unknown header is usually a typo that would silently drop a column.
 */
export function resolveColumns<K extends string>(
  headers: readonly string[],
  specs: readonly ColumnSpec<K>[],
): (cells: readonly string[]) => RowCells<K> {
  const byHeader = new Map<string, ColumnSpec<K>>();
  for (const spec of specs) {
    for (const name of [spec.zh, ...spec.aliases]) byHeader.set(normalizeHeader(name), spec);
  }
  const positions = new Map<K, number>();
  const problems: FieldError[] = [];
  headers.forEach((raw, index) => {
    if (raw === '') return;
    const header = clip(raw);
    const spec = byHeader.get(normalizeHeader(raw));
    if (!spec) {
      problems.push({
        field: header,
        code: 'UNKNOWN_COLUMN',
        message: `Unknown column "${header}"`,
      });
    } else if (positions.has(spec.key)) {
      const message = `Column "${header}" repeats ${spec.zh} (${spec.key})`;
      problems.push({ field: header, code: 'DUPLICATE_COLUMN', message });
    } else {
      positions.set(spec.key, index);
    }
  });
  for (const spec of specs) {
    if (spec.required && !positions.has(spec.key)) {
      const message = `Required column ${spec.zh} (${spec.key}) is missing`;
      problems.push({ field: spec.zh, code: 'MISSING_COLUMN', message });
    }
  }
  if (problems.length > 0) {
    // A binary file read as text has "headers" of any length and number: answer with a bounded list.
    const shown = problems.slice(0, MAX_REPORTED);
    throw uploadError('MISSING_COLUMNS', columnsMessage(shown, specs), shown);
  }
  return (cells) => (key) => {
    const index = positions.get(key);
    return index === undefined ? '' : (cells[index] ?? '');
  };
}

const MAX_REPORTED = 30;
const clip = (header: string) => (header.length > 40 ? `${header.slice(0, 40)}…` : header);

function columnsMessage(problems: FieldError[], specs: readonly ColumnSpec[]): string {
  const missing = problems.filter((p) => p.code === 'MISSING_COLUMN').map((p) => p.field);
  const other = problems.filter((p) => p.code !== 'MISSING_COLUMN').map((p) => p.field);
  const parts = [
    missing.length > 0 ? `missing required columns: ${missing.join(', ')}` : '',
    other.length > 0 ? `unknown or repeated columns: ${other.join(', ')}` : '',
  ].filter(Boolean);
  const expected = specs.map((s) => s.zh).join(', ');
  return `The header row does not match the template (${parts.join('; ')}). Expected: ${expected}`;
}
