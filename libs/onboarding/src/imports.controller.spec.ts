import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import request from 'supertest';
import { AuditLog } from '@app/audit';
import { ProblemDetailsFilter, Role, validationExceptionFactory } from '@app/shared';
import { ExistingKeysReader } from './existing-keys';
import { type CommitResult, ImportStatus } from './import-types';
import { ImportWriter } from './import-writer';
import { ImportsController } from './imports.controller';
import { OnboardingService } from './onboarding.service';

const ADMIN = { id: '00000000-0000-4000-8000-000000000001', role: Role.Admin, sessionId: 's' };
const BATCH_ID = '00000000-0000-4000-8000-0000000000b1';
const fixture = readFileSync(join(__dirname, '../test-fixtures/enterprises-valid.csv'));

/** The dry run needs no database beyond a duplicate lookup (nothing exists) and one save. */
const noExistingKeys = { find: () => Promise.resolve(new Map()) };
const manager = {
  create: (_entity: unknown, values: object) => values,
  save: (values: object) =>
    Promise.resolve({ ...values, id: BATCH_ID, createdAt: new Date('2025-01-01T00:00:00Z') }),
};

describe('ImportsController (HTTP edge, database faked)', () => {
  let app: INestApplication;
  let service: OnboardingService;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [ImportsController],
      providers: [
        OnboardingService,
        { provide: getDataSourceToken(), useValue: { manager } },
        { provide: ImportWriter, useValue: {} },
        { provide: ExistingKeysReader, useValue: noExistingKeys },
        { provide: AuditLog, useValue: { record: () => Promise.resolve() } },
      ],
    }).compile();
    // Body parsing as in the api's setupHttp: JSON only, multipart left to multer.
    const express = moduleRef.createNestApplication<NestExpressApplication>({
      logger: false,
      bodyParser: false,
    });
    express.useBodyParser('json', { limit: '256kb' });
    app = express;
    // Stands in for the global JwtAuthGuard, which is tested with the identity context.
    app.use((req: Request & { user?: unknown }, _res: Response, next: NextFunction) => {
      req.user = ADMIN;
      next();
    });
    app.useGlobalPipes(
      new ValidationPipe({
        whitelist: true,
        forbidNonWhitelisted: true,
        forbidUnknownValues: true,
        transform: true,
        exceptionFactory: validationExceptionFactory,
      }),
    );
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.init();
    service = app.get(OnboardingService);
  });

  afterAll(() => app.close());

  const upload = () => request(app.getHttpServer()).post('/admin/imports');

  it('answers a dry-run report with 201', async () => {
    const res = await upload()
      .field('type', 'enterprises')
      .attach('file', fixture, '企业名单.csv')
      .expect(201);
    expect(res.body).toMatchObject({
      id: BATCH_ID,
      type: 'enterprises',
      status: 'validated',
      fileName: '企业名单.csv',
      totalRows: 3,
      validRows: 3,
      invalidRows: 0,
    });
    expect(Object.keys(res.body)).toEqual([
      'id',
      'type',
      'status',
      'fileName',
      'totalRows',
      'validRows',
      'invalidRows',
      'createdAt',
      'expiresAt',
      'rows',
    ]);
    expect(res.body.rows[0]).toMatchObject({ row: 2, status: 'valid', errors: [] });
  });

  it('requires a file', async () => {
    const res = await upload().field('type', 'enterprises').expect(400);
    expect(res.body.code).toBe('FILE_REQUIRED');
  });

  it('validates the type', async () => {
    const res = await upload().field('type', 'students').attach('file', fixture, 'a.csv');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'type' }] });
  });

  it.each([
    ['UNSUPPORTED_FILE_TYPE', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'old.xls'],
    ['UNREADABLE_FILE', Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), 'corrupt.xlsx'],
    ['EMPTY_FILE', Buffer.from('\ufeff'), 'empty.csv'],
    ['MISSING_COLUMNS', Buffer.from('name,district\nA,130302'), 'short.csv'],
  ])('answers %s with 400', async (code, bytes, name) => {
    const res = await upload().field('type', 'enterprises').attach('file', bytes, name);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(code);
  });

  it('answers an oversized file with 413 FILE_TOO_LARGE', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0x61);
    const res = await upload().field('type', 'enterprises').attach('file', big, 'big.csv');
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('FILE_TOO_LARGE');
  });

  it('commits with verify defaulting to true', async () => {
    const result: CommitResult = {
      id: BATCH_ID,
      status: ImportStatus.Committed,
      created: 3,
      skippedInvalid: 0,
    };
    const commit = jest.spyOn(service, 'commit').mockResolvedValue(result);
    await request(app.getHttpServer())
      .post(`/admin/imports/${BATCH_ID}/commit`)
      .expect(200, result);
    expect(commit).toHaveBeenLastCalledWith(ADMIN, BATCH_ID, true);
    await request(app.getHttpServer())
      .post(`/admin/imports/${BATCH_ID}/commit`)
      .send({ verify: false })
      .expect(200);
    expect(commit).toHaveBeenLastCalledWith(ADMIN, BATCH_ID, false);
    const res = await request(app.getHttpServer())
      .post(`/admin/imports/${BATCH_ID}/commit`)
      .send({ verify: 'yes' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'verify' }] });
  });

  it('refuses a malformed id', async () => {
    const res = await request(app.getHttpServer()).get('/admin/imports/not-a-uuid');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_ID');
  });
});
