import type { ClassConstructor } from 'class-transformer';
import type { ImportType } from '../import-types';
import type { ColumnSpec, RowCells } from './column-spec';

/** A value that makes rows duplicates of each other (within the file or against the DB). */
export interface DuplicateKey {
  /** The field the DUPLICATE error is reported on. */
  field: string;
  label: string;
  keyOf(data: Readonly<Record<string, unknown>>): string | undefined;
}

/** Everything the importer knows about one type: its template, its DTO and its identity. */
export interface ImportProfile<K extends string = string, D extends object = object> {
  type: ImportType;
  columns: readonly ColumnSpec<K>[];
  /** The API's create DTO: rows pass exactly the rules a single create would. */
  dto: ClassConstructor<D>;
  /** Cells to the DTO's plain shape, with labels, names and lists already normalised. */
  toInput(cell: RowCells<K>): Record<string, unknown>;
  /** The column an admin fixes for a DTO error path, when it differs (contact.phone → phone). */
  fieldOf?(path: string): string;
  duplicateKeys: readonly DuplicateKey[];
}

/** A non-empty string, or undefined: keys are only compared when present. */
export const stringKey = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
