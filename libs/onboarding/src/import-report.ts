import type { ImportBatch } from './import-batch.entity';
import { type ImportReport, ImportStatus } from './import-types';

/** A validated batch past its 24 h is expired, whether or not a commit has recorded it yet. */
export function isExpired(batch: ImportBatch, now = Date.now()): boolean {
  return batch.status === ImportStatus.Expired || batch.expiresAt.getTime() <= now;
}

export function toReport(batch: ImportBatch): ImportReport {
  const { totalRows, validRows, invalidRows, rows } = batch.report;
  return {
    id: batch.id,
    type: batch.type,
    status:
      batch.status === ImportStatus.Validated && isExpired(batch)
        ? ImportStatus.Expired
        : batch.status,
    fileName: batch.fileName,
    totalRows,
    validRows,
    invalidRows,
    createdAt: batch.createdAt,
    expiresAt: batch.expiresAt,
    rows,
  };
}
