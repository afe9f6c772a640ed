import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Role } from '@app/shared';
import {
  API,
  auth,
  createAdmin,
  createTestApp,
  demandBody,
  expectProblem,
  registerAccount,
  type TestApp,
  verifiedEnterprise,
  withEnv,
} from './support';

describe('the HTTP edge turns bad input into problem+json 4xx', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('malformed JSON is 400 MALFORMED_JSON', async () => {
    const res = await request(t.http)
      .post(`${API}/auth/login`)
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expectProblem(res, 400, 'MALFORMED_JSON');
  });

  it('an oversized body is 413', async () => {
    const res = await request(t.http)
      .post(`${API}/auth/login`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.cn', password: 'x'.repeat(400_000) }));
    expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('unknown fields are rejected field by field, never assigned', async () => {
    const admin = await createAdmin(t);
    const { account, org } = await verifiedEnterprise(t, admin);
    const res = await request(t.http)
      .patch(`${API}/enterprises/${org.id}`)
      .set(auth(account))
      .send({ status: 'verified', ownerId: admin.id, description: '新的简介' });
    const problem = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'status', code: 'UNKNOWN_FIELD', message: expect.any(String) },
        { field: 'ownerId', code: 'UNKNOWN_FIELD', message: expect.any(String) },
      ]),
    );
    const after = await request(t.http).get(`${API}/enterprises/${org.id}`).expect(200);
    expect(after.body.description).not.toBe('新的简介');
  });

  it('wrong types are 400 with the field named', async () => {
    const admin = await createAdmin(t);
    const { account } = await verifiedEnterprise(t, admin);
    const body = demandBody('talent');
    const res = await request(t.http)
      .post(`${API}/demands`)
      .set(auth(account))
      .send({ ...body, talent: { ...(body.talent as object), headcount: '三十' } });
    const problem = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.field)).toContain('talent.headcount');
    expectProblem(
      await request(t.http).post(`${API}/auth/login`).send([1, 2]),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('tags every answer, problems too, with the request id (the caller’s when sane)', async () => {
    const given = await request(t.http)
      .get(`${API}/demands/not-a-uuid`)
      .set('X-Request-Id', 'support-ticket-42');
    expect(given.headers['x-request-id']).toBe('support-ticket-42');
    expect(expectProblem(given, 400, 'INVALID_ID').requestId).toBe('support-ticket-42');
    const hostile = await request(t.http)
      .get(`${API}/demands/not-a-uuid`)
      .set('X-Request-Id', 'a b <c>');
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(hostile.body.requestId).toBe(hostile.headers['x-request-id']);
  });

  it('bad ids are 400 INVALID_ID, unknown ids 404, unknown routes 404', async () => {
    expectProblem(await request(t.http).get(`${API}/demands/not-a-uuid`), 400, 'INVALID_ID');
    expectProblem(
      await request(t.http).get(`${API}/demands/00000000-0000-4000-8000-000000000000`),
      404,
      'NOT_FOUND',
    );
    expectProblem(await request(t.http).get(`${API}/no-such-route`), 404, 'NOT_FOUND');
  });

  it('page sizes are capped and bad query values are 400', async () => {
    expectProblem(
      await request(t.http).get(`${API}/demands?pageSize=1000`),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await request(t.http).get(`${API}/experts?page=abc`), 400, 'VALIDATION_FAILED');
    expectProblem(
      await request(t.http).get(`${API}/enterprises?industry=9999`),
      400,
      'VALIDATION_FAILED',
    );
    const ok = await request(t.http).get(`${API}/demands?pageSize=100`).expect(200);
    expect(ok.body).toMatchObject({
      page: 1,
      pageSize: 100,
      items: expect.any(Array),
      total: expect.any(Number),
    });
  });

  it('roles are enforced per route', async () => {
    const expert = await registerAccount(t.http, Role.Expert);
    expectProblem(
      await request(t.http).post(`${API}/demands`).set(auth(expert)).send(demandBody()),
      403,
      'ROLE_FORBIDDEN',
    );
    expectProblem(
      await request(t.http).get(`${API}/admin/organizations`).set(auth(expert)),
      403,
      'ROLE_FORBIDDEN',
    );
    expectProblem(await request(t.http).get(`${API}/admin/organizations`), 401, 'AUTH_REQUIRED');
  });

  it('answers a flood from one address with 429, but keeps health probes open', async () => {
    const limited = await withEnv({ RATE_LIMIT_PER_MINUTE: '5' }, () => createTestApp());
    try {
      const codes: number[] = [];
      for (let i = 0; i < 7; i++)
        codes.push((await request(limited.http).get(`${API}/demands`)).status);
      expect(codes.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expectProblem(await request(limited.http).get(`${API}/experts`), 429, 'TOO_MANY_REQUESTS');
      await request(limited.http).get(`${API}/health/live`).expect(200);
    } finally {
      await limited.close();
    }
  });

  it('serves health, OpenAPI and security headers', async () => {
    await request(t.http).get(`${API}/health/live`).expect(200, { status: 'ok' });
    const ready = await request(t.http).get(`${API}/health/ready`).expect(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      checks: {
        postgres: { status: 'up' },
        redis: { status: 'up' },
        meilisearch: { status: 'up' },
      },
    });
    const spec = await request(t.http).get('/api/docs-json').expect(200);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining([
        `/${API.slice(1)}/demands/{id}/publish`,
        `/${API.slice(1)}/auth/login`,
      ]),
    );
    expect(ready.headers['x-content-type-options']).toBe('nosniff');
    expect(ready.headers['x-request-id']).toBeDefined();
    expect(ready.headers['x-powered-by']).toBeUndefined();
  });
});
