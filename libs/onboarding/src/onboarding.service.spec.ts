import { describe, expect, it, jest } from '@jest/globals';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditLog } from '@app/audit';
import type { ExpertDirectory } from '@app/experts';
import type { OrganizationDirectory } from '@app/organizations';
import { type DomainError, Role } from '@app/shared';
import { ExistingKeysReader } from './existing-keys';
import { ImportBatch } from './import-batch.entity';
import { ImportStatus, type StoredReport } from './import-types';
import type { ImportWriter, WriteOptions } from './import-writer';
import { OnboardingService } from './onboarding.service';

const ADMIN = { id: 'admin-1', role: Role.Admin, sessionId: 's' };
const HOUR = 3600_000;

const report: StoredReport = {
  totalRows: 3,
  validRows: 2,
  invalidRows: 1,
  rows: [
    { row: 2, status: 'valid', errors: [], data: { name: 'A', creditCode: 'CODE-A' } },
    { row: 3, status: 'invalid', errors: [], data: { name: 'B' } },
    { row: 5, status: 'valid', errors: [], data: { name: 'C', creditCode: 'CODE-C' } },
  ],
};

function batchWith(overrides: Partial<ImportBatch> = {}): ImportBatch {
  return Object.assign(new ImportBatch(), {
    id: 'batch-1',
    type: 'enterprises',
    status: ImportStatus.Validated,
    fileName: 'a.csv',
    createdBy: ADMIN.id,
    report,
    createdAt: new Date(),
    committedAt: null,
    expiresAt: new Date(Date.now() + HOUR),
    ...overrides,
  });
}

/** A transaction whose manager serves one batch; the directory knows some credit codes. */
function setUp(batch: ImportBatch | null, existingCodes: string[] = []) {
  const updates: unknown[] = [];
  const m = {
    findOne: () => Promise.resolve(batch),
    query: () => Promise.resolve([]),
    update: (_entity: unknown, _where: unknown, values: unknown) => {
      updates.push(values);
      return Promise.resolve();
    },
  } as unknown as EntityManager;
  const organizations = {
    existingNames: () => Promise.resolve(new Set<string>()),
    existingCreditCodes: (codes: readonly string[]) =>
      Promise.resolve(new Set(codes.filter((c) => existingCodes.includes(c)))),
  } as unknown as OrganizationDirectory;
  const experts = { nameKeys: () => Promise.resolve([]) } as unknown as ExpertDirectory;
  const keys = new ExistingKeysReader(organizations, experts);
  const dataSource = {
    transaction: (work: (manager: EntityManager) => Promise<unknown>) => work(m),
  } as unknown as DataSource;
  const write = jest.fn(
    (_m: EntityManager, _type: string, rows: readonly object[], _options: WriteOptions) =>
      Promise.resolve(rows.map((_row, i) => `created-${i}`)),
  );
  const writer = { write } as unknown as ImportWriter;
  const audit = { record: jest.fn(() => Promise.resolve()) } as unknown as AuditLog;
  return { service: new OnboardingService(dataSource, writer, keys, audit), updates, write };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: DomainError) => error.code,
  );

describe('OnboardingService.commit', () => {
  it('inserts the valid rows and marks the batch committed', async () => {
    const { service, updates, write } = setUp(batchWith());
    expect(await service.commit(ADMIN, 'batch-1', false)).toEqual({
      id: 'batch-1',
      status: 'committed',
      created: 2,
      skippedInvalid: 1,
    });
    expect(write).toHaveBeenCalledWith(
      expect.anything(),
      'enterprises',
      [report.rows[0].data, report.rows[2].data],
      { admin: ADMIN, verify: false },
    );
    expect(updates).toEqual([
      {
        status: 'committed',
        committedAt: expect.any(Date),
        createdIds: ['created-0', 'created-1'],
      },
    ]);
  });

  it('rolls back with IMPORT_CONFLICT listing rows that became duplicates', async () => {
    const { service, write } = setUp(batchWith(), ['CODE-C']);
    const error = await service.commit(ADMIN, 'batch-1').catch((e: DomainError) => e);
    expect(error).toMatchObject({ kind: 'conflict', code: 'IMPORT_CONFLICT' });
    expect((error as DomainError).fieldErrors).toEqual([
      {
        field: 'rows[2].creditCode',
        code: 'DUPLICATE',
        message: 'Row 5: a record with this credit code now exists',
      },
    ]);
    expect(write).not.toHaveBeenCalled();
  });

  it('turns a unique violation during the insert into IMPORT_CONFLICT', async () => {
    const { service, write } = setUp(batchWith());
    write.mockRejectedValueOnce(Object.assign(new Error('dup'), { code: '23505' }));
    expect(await codeOf(service.commit(ADMIN, 'batch-1'))).toBe('IMPORT_CONFLICT');
  });

  it.each([
    ['IMPORT_NOT_FOUND', null],
    ['IMPORT_ALREADY_COMMITTED', batchWith({ status: ImportStatus.Committed })],
    ['IMPORT_EMPTY', batchWith({ report: { ...report, validRows: 0, rows: [report.rows[1]] } })],
  ])('refuses with %s', async (code, batch) => {
    const { service, write } = setUp(batch);
    expect(await codeOf(service.commit(ADMIN, 'batch-1'))).toBe(code);
    expect(write).not.toHaveBeenCalled();
  });

  it('records an expired batch as expired and refuses with IMPORT_EXPIRED', async () => {
    const { service, updates } = setUp(batchWith({ expiresAt: new Date(Date.now() - 1) }));
    expect(await codeOf(service.commit(ADMIN, 'batch-1'))).toBe('IMPORT_EXPIRED');
    expect(updates).toEqual([{ status: 'expired' }]);
  });
});
