import type { FieldError } from '@app/shared';
import type { DuplicateKey } from '../columns/import-profile';

export interface CheckedRow {
  row: number;
  data: Record<string, unknown>;
  errors: FieldError[];
}

/** Per DuplicateKey.field, the keys that already exist in the database. */
export type ExistingKeys = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Adds DUPLICATE (already in the database) and DUPLICATE_IN_FILE (same key as an earlier row)
 * errors. The first row of a repeated key stays importable; the later ones point back to it.
 */
export function markDuplicates(
  rows: readonly CheckedRow[],
  keys: readonly DuplicateKey[],
  existing: ExistingKeys,
): CheckedRow[] {
  const firstRow = keys.map(() => new Map<string, number>());
  return rows.map((checked) => {
    const found: FieldError[] = [];
    keys.forEach((key, i) => {
      const value = key.keyOf(checked.data);
      if (value === undefined) return;
      const earlier = firstRow[i].get(value);
      if (existing.get(key.field)?.has(value)) {
        const message = `A record with this ${key.label} already exists`;
        found.push({ field: key.field, code: 'DUPLICATE', message });
      } else if (earlier !== undefined) {
        const message = `Same ${key.label} as row ${earlier}`;
        found.push({ field: key.field, code: 'DUPLICATE_IN_FILE', message });
      } else {
        firstRow[i].set(value, checked.row);
      }
    });
    return found.length > 0 ? { ...checked, errors: [...checked.errors, ...found] } : checked;
  });
}
