import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createIsolatedRun,
  createOperator,
  createTestApp,
  demandBody,
  expectProblem,
  type IsolatedRun,
  readZip,
  registerAccount,
  startWorker,
  type TestApp,
  verifiedEnterprise,
  withEnv,
} from './support';

const CHAPTERS = [
  '摘要',
  '一、产业需求',
  '二、专业供给',
  '三、供需缺口',
  '四、合作成效',
  '五、发展建议',
];

/** Collects a binary response body as a Buffer. */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/**
 * The yearly report through the api and a real worker, on a database of its own: requested by
 * the platform admin, followed to the end, downloaded as DOCX and PDF, and the PDF's pages
 * rendered to images (pdftoppm) to prove it opens.
 */
describe('the yearly talent supply–demand report', () => {
  let isolated: IsolatedRun;
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let admin: Account;
  let reportId: string;
  const reportsDir = mkdtempSync(join(tmpdir(), 'chanjiao-reports-'));
  const year = new Date().getFullYear();
  let env: Record<string, string>;

  const post = (account: Account, path: string, body: object = {}) =>
    request(t.http).post(`${API}${path}`).set(auth(account)).send(body);
  const get = (account: Account, path: string) =>
    request(t.http).get(`${API}${path}`).set(auth(account));

  beforeAll(async () => {
    isolated = await createIsolatedRun('reports');
    env = { ...isolated.env, REPORTS_DIR: reportsDir };
    t = await withEnv(env, () => createTestApp());
    admin = await createAdmin(t);
    const enterprise = await verifiedEnterprise(t, admin);
    for (const kind of ['talent', 'rnd', 'rnd']) {
      const d = await post(enterprise.account, '/demands', demandBody(kind)).expect(201);
      await post(enterprise.account, `/demands/${d.body.id}/publish`).expect(200);
    }
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await isolated?.drop();
    rmSync(reportsDir, { recursive: true, force: true });
  });

  it('is for platform admins only', async () => {
    const operator = await createOperator(t, admin, ['130302']);
    expectProblem(await post(operator, '/reports', { year }), 403, 'PLATFORM_ADMIN_ONLY');
    const enterprise = await registerAccount(t.http, Role.Enterprise);
    expect((await post(enterprise, '/reports', { year })).status).toBe(403);
    expectProblem(await post(admin, '/reports', { year: 1999 }), 400, 'VALIDATION_FAILED');
  });

  it('is queued (202), and not downloadable before the worker made it', async () => {
    const res = await post(admin, '/reports', { year }).expect(202);
    expect(res.body).toEqual({ id: expect.any(String), state: 'queued' });
    reportId = res.body.id;
    // Asked again while queued: the same report, not a second one.
    expect((await post(admin, '/reports', { year }).expect(202)).body.id).toBe(reportId);
    const status = await get(admin, `/reports/${reportId}`).expect(200);
    expect(status.body).toMatchObject({ year, state: 'queued', percent: 0, files: {} });
    expectProblem(
      await get(admin, `/reports/${reportId}/download?format=pdf`),
      409,
      'REPORT_NOT_READY',
    );
    expectProblem(
      await get(admin, '/reports/00000000-0000-4000-8000-000000000000'),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await get(admin, '/reports/00000000-0000-4000-8000-000000000000/download?format=docx'),
      404,
      'NOT_FOUND',
    );
  });

  it('is built by the worker, with progress by chapter', async () => {
    worker = await withEnv(env, () => startWorker());
    const seen: { percent: number; chapter: string | null }[] = [];
    const deadline = Date.now() + 120_000;
    let state = 'queued';
    while (state !== 'done') {
      const { body } = await get(admin, `/reports/${reportId}`).expect(200);
      state = body.state;
      if (state === 'failed') throw new Error(`report failed: ${body.error}`);
      seen.push({ percent: body.percent, chapter: body.chapter });
      if (Date.now() > deadline) throw new Error(`report still ${state} after 120 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const percents = seen.map((s) => s.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ percent: 100, chapter: null });
    // Some progress was seen on the way (a chapter or a file being written).
    expect(seen.some((s) => s.percent > 0 && s.percent < 100 && s.chapter)).toBe(true);
  });

  it('downloads as a DOCX with the fixed chapters', async () => {
    const status = await get(admin, `/reports/${reportId}`).expect(200);
    expect(status.body.files.docx.path).toBe(`/api/v1/reports/${reportId}/download?format=docx`);
    const res = await get(admin, `/reports/${reportId}/download?format=docx`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toContain('wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`产业人才供需报告-${year}.docx`)}`,
    );
    const body = res.body as Buffer;
    expect(body.length).toBe(status.body.files.docx.bytes);
    const entries = readZip(body);
    const document = entries.get('word/document.xml')?.toString('utf8') ?? '';
    for (const title of [`${year}年产业人才供需报告`, ...CHAPTERS]) {
      expect(document).toContain(title);
    }
    // Charts are embedded as PNG images.
    expect([...entries.keys()].some((name) => /^word\/media\/.*\.png$/.test(name))).toBe(true);
  });

  it('downloads as a PDF whose pages render to images', async () => {
    const res = await get(admin, `/reports/${reportId}/download?format=pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'chanjiao-report-pages-'));
    try {
      writeFileSync(join(dir, 'report.pdf'), pdf);
      execFileSync('pdftoppm', ['-r', '40', '-png', join(dir, 'report.pdf'), join(dir, 'page')]);
      const pages = readdirSync(dir).filter((name) => name.endsWith('.png'));
      // The cover and one page per chapter at least.
      expect(pages.length).toBeGreaterThanOrEqual(3);
      for (const page of pages) expect(statSync(join(dir, page)).size).toBeGreaterThan(2_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
