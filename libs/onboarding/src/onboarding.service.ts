import { win32 } from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditActions, AuditLog, AuditTargets } from '@app/audit';
import { type AuthUser, type FieldError, isUniqueViolation } from '@app/shared';
import { PROFILES } from './columns/profiles';
import { ExistingKeysReader } from './existing-keys';
import { ImportBatch } from './import-batch.entity';
import { ImportErrors, uploadError } from './import-errors';
import { isExpired, toReport } from './import-report';
import {
  BATCH_TTL_MS,
  type CommitResult,
  type ImportReport,
  ImportStatus,
  type ImportType,
} from './import-types';
import { ImportWriter } from './import-writer';
import { checkFile } from './validation/check-file';

/** The parts of a multer file the importer reads; keeps the service free of HTTP types. */
export interface UploadedImportFile {
  originalname: string;
  buffer: Buffer;
}

/** Admins onboard the city's existing members in bulk: a dry run first, then one commit. */
@Injectable()
export class OnboardingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: ImportWriter,
    private readonly existingKeys: ExistingKeysReader,
    private readonly audit: AuditLog,
  ) {}

  /** Validates every row and keeps the result for 24 h; nothing is imported yet. */
  async validate(
    admin: AuthUser,
    type: ImportType,
    file: UploadedImportFile | undefined,
  ): Promise<ImportReport> {
    if (!file) throw uploadError('FILE_REQUIRED', 'Attach the CSV or XLSX file as field "file"');
    // win32.basename strips both `/` and `\` paths, whichever the client sent.
    const fileName = win32.basename(file.originalname).slice(-255);
    const m = this.dataSource.manager;
    const report = await checkFile(type, fileName, file.buffer, (rows) =>
      this.existingKeys.find(m, type, rows),
    );
    const createdAt = new Date();
    const batch = await m.save(
      m.create(ImportBatch, {
        type,
        fileName,
        createdBy: admin.id,
        report,
        status: ImportStatus.Validated,
        // One clock for both, so the report shows exactly 24 h between them.
        createdAt,
        expiresAt: new Date(createdAt.getTime() + BATCH_TTL_MS),
      }),
    );
    return toReport(batch);
  }

  async get(id: string): Promise<ImportReport> {
    const batch = await this.dataSource.manager.findOneBy(ImportBatch, { id });
    if (!batch) throw ImportErrors.notFound();
    return toReport(batch);
  }

  /** Inserts every valid row in one transaction: all of them or, on any conflict, none. */
  async commit(admin: AuthUser, id: string, verify = true): Promise<CommitResult> {
    const result = await this.dataSource.transaction(async (m) => {
      const batch = await m.findOne(ImportBatch, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!batch) throw ImportErrors.notFound();
      if (batch.status === ImportStatus.Committed) throw ImportErrors.alreadyCommitted();
      if (isExpired(batch)) {
        // Recorded before answering, so the batch reads as expired from now on.
        await m.update(ImportBatch, { id }, { status: ImportStatus.Expired });
        return 'expired' as const;
      }
      const valid = batch.report.rows.filter((r) => r.status === 'valid');
      if (valid.length === 0) throw ImportErrors.empty();
      await this.assertNoConflicts(m, batch);
      const rows = valid.map((r) => r.data);
      const createdIds = await this.writer
        .write(m, batch.type, rows, { admin, verify })
        .catch(concurrentDuplicate);
      const created = createdIds.length;
      // Kept so that the admin can invite the batch's profiles to be claimed (ADR 0017).
      await m.update(
        ImportBatch,
        { id },
        { status: ImportStatus.Committed, committedAt: new Date(), createdIds },
      );
      await this.audit.record(m, {
        actor: admin,
        action: AuditActions.AdminImportApplied,
        target: { type: AuditTargets.ImportBatch, id },
        details: { type: batch.type, created, skippedInvalid: batch.report.invalidRows, verify },
      });
      const committed: CommitResult = {
        id,
        status: ImportStatus.Committed,
        created,
        skippedInvalid: batch.report.invalidRows,
      };
      return committed;
    });
    if (result === 'expired') throw ImportErrors.expired();
    return result;
  }

  /**
   * Records created since the dry run make rows duplicates. Imports of one type are serialised
   * by an advisory lock held to commit, so two batches cannot both pass this check.
   */
  private async assertNoConflicts(m: EntityManager, batch: ImportBatch): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`onboarding:${batch.type}`]);
    const rows = batch.report.rows;
    const existing = await this.existingKeys.find(
      m,
      batch.type,
      rows.filter((r) => r.status === 'valid').map((r) => r.data),
    );
    const conflicts: FieldError[] = [];
    rows.forEach((r, index) => {
      if (r.status !== 'valid') return;
      for (const key of PROFILES[batch.type].duplicateKeys) {
        const value = key.keyOf(r.data);
        if (value === undefined || !existing.get(key.field)?.has(value)) continue;
        const message = `Row ${r.row}: a record with this ${key.label} now exists`;
        conflicts.push({ field: `rows[${index}].${key.field}`, code: 'DUPLICATE', message });
      }
    });
    if (conflicts.length > 0) throw ImportErrors.conflict(conflicts);
  }
}

/** A self-registration slipped in past the re-check: it does not take the import lock. */
function concurrentDuplicate(error: unknown): never {
  if (!isUniqueViolation(error)) throw error;
  const message = 'A record in this import was registered concurrently; nothing was imported';
  throw ImportErrors.conflict([{ field: 'rows', code: 'DUPLICATE', message }]);
}
