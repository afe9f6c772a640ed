import type { FieldError } from '@app/shared';

export const IMPORT_TYPES = ['enterprises', 'colleges', 'experts'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

export enum ImportStatus {
  Validated = 'validated',
  Committed = 'committed',
  Expired = 'expired',
}

/** Uploads are bounded so a dry run stays a single, quick request. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_DATA_ROWS = 5000;
/** How long a validated batch waits for its commit; the report holds contact details. */
export const BATCH_TTL_MS = 24 * 60 * 60 * 1000;

export interface ImportRowReport {
  /** 1-based spreadsheet row number, header included: the first data row is 2. */
  row: number;
  status: 'valid' | 'invalid';
  errors: FieldError[];
  /** Normalised values; for a valid row, exactly what the commit inserts. */
  data: Record<string, unknown>;
}

/** What the `report` jsonb column holds. */
export interface StoredReport {
  totalRows: number;
  validRows: number;
  invalidRows: number;
  rows: ImportRowReport[];
}

export interface ImportReport extends StoredReport {
  id: string;
  type: ImportType;
  status: ImportStatus;
  fileName: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface CommitResult {
  id: string;
  status: ImportStatus.Committed;
  created: number;
  skippedInvalid: number;
}
