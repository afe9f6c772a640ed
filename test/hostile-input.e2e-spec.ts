import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import request from 'supertest';
import { Role } from '@app/shared';
import {
  API,
  auth,
  createAdmin,
  createTestApp,
  expectProblem,
  registerAccount,
  type TestApp,
  verifiedEnterprise,
  withEnv,
} from './support';

/** Issue 10: classes of hostile input that used to answer 500, closed at the edge. */
describe('hostile input is refused at the edge with problem+json', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const fieldOf = (body: { errors?: { field: string; code: string }[] }) => body.errors?.[0];

  it('a NUL or a lone surrogate in a body field is 400 INVALID_CHARACTERS naming the field', async () => {
    for (const email of ['a\u0000b@test.chanjiao.cn', 'a\ud800@test.chanjiao.cn']) {
      for (const path of ['/auth/register', '/auth/login']) {
        const res = await request(t.http)
          .post(`${API}${path}`)
          .send({ email, password: 'Pw-long-enough-1', role: Role.Expert, displayName: 'x' });
        const problem = expectProblem(res, 400, 'INVALID_CHARACTERS');
        expect(fieldOf(problem)).toMatchObject({ field: 'email', code: 'INVALID_CHARACTERS' });
      }
    }
    const account = await registerAccount(t.http, Role.Enterprise);
    const res = await request(t.http)
      .post(`${API}/enterprises`)
      .set(auth(account))
      .send({ name: '测试\u0000企业' });
    expect(fieldOf(expectProblem(res, 400, 'INVALID_CHARACTERS'))?.field).toBe('name');
  });

  it('a NUL in a query string is 400 INVALID_CHARACTERS naming the parameter', async () => {
    for (const path of ['/search?q=%00', '/demands?q=a%00b', '/experts?q=%00']) {
      const res = await request(t.http).get(`${API}${path}`);
      expect(fieldOf(expectProblem(res, 400, 'INVALID_CHARACTERS'))?.field).toBe('q');
    }
  });

  it('deeply nested JSON is 400 JSON_TOO_DEEP, and no stack is logged', async () => {
    const errors = jest.spyOn(Logger.prototype, 'error');
    try {
      const levels = 2_500;
      const body = `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
      for (const path of ['/auth/login', '/auth/register']) {
        const res = await request(t.http)
          .post(`${API}${path}`)
          .set('Content-Type', 'application/json')
          .send(body);
        expectProblem(res, 400, 'JSON_TOO_DEEP');
      }
      const wide = JSON.stringify({
        email: 'a@b.cn',
        list: Array.from({ length: 20_000 }, () => 0),
      });
      const res = await request(t.http)
        .post(`${API}/auth/login`)
        .set('Content-Type', 'application/json')
        .send(wide);
      expectProblem(res, 400, 'JSON_TOO_MANY_KEYS');
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('names are stored in Unicode NFC', async () => {
    const decomposed = 'Jose\u0301';
    const account = await registerAccount(t.http, Role.Expert, undefined, {
      displayName: decomposed,
    });
    const res = await request(t.http)
      .post(`${API}/auth/login`)
      .send({ email: account.email, password: account.password })
      .expect(200);
    expect(res.body.user.displayName).toBe('Jos\u00e9');
  });

  it('every unknown path, inside the API prefix or not, is a problem+json 404', async () => {
    for (const path of ['/', '/no-such-page', '/api', '/api/v2/demands', '/favicon.ico']) {
      expectProblem(await request(t.http).get(path), 404, 'NOT_FOUND');
    }
    expectProblem(await request(t.http).post('/wp-login.php').send({}), 404, 'NOT_FOUND');
    await request(t.http).get('/api/docs-json').expect(200);
  });

  it('answers to authenticated requests and auth endpoints are never cached', async () => {
    const account = await registerAccount(t.http, Role.Expert);
    const me = await request(t.http).get(`${API}/me`).set(auth(account)).expect(200);
    expect(me.headers['cache-control']).toBe('no-store');
    // A route that caches its answer for anonymous callers does not for authenticated ones.
    const listed = await request(t.http)
      .get(`${API}/reference/districts`)
      .set(auth(account))
      .expect(200);
    expect(listed.headers['cache-control']).toBe('no-store');
    const anonymous = await request(t.http).get(`${API}/reference/districts`).expect(200);
    expect(anonymous.headers['cache-control']).not.toBe('no-store');
    const login = await request(t.http)
      .post(`${API}/auth/login`)
      .send({ email: account.email, password: account.password })
      .expect(200);
    expect(login.headers['cache-control']).toBe('no-store');
    const refused = await request(t.http)
      .get(`${API}/me`)
      .set(auth({ token: 'nope' }));
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  describe('webhooks', () => {
    it('a refused URL says only that it is not allowed, never what the host resolved to', async () => {
      const admin = await createAdmin(t);
      const { account, org } = await verifiedEnterprise(t, admin);
      const res = await request(t.http)
        .post(`${API}/organizations/${org.id}/webhooks`)
        .set(auth(account))
        .send({ url: 'http://localhost:3000/', eventTypes: ['*'] });
      const problem = expectProblem(res, 400, 'WEBHOOK_URL_FORBIDDEN');
      expect(JSON.stringify(problem)).not.toMatch(/127\.0\.0\.1|::1|loopback|resolve/);
    });

    it("changing a stranger's webhook URL is 404 before the URL is looked at", async () => {
      const admin = await createAdmin(t);
      const owner = await verifiedEnterprise(t, admin);
      const stranger = await verifiedEnterprise(t, admin);
      const created = await request(t.http)
        .post(`${API}/organizations/${owner.org.id}/webhooks`)
        .set(auth(owner.account))
        .send({ url: 'https://8.8.8.8/hook', eventTypes: ['*'] })
        .expect(201);
      const res = await request(t.http)
        .patch(`${API}/webhooks/${created.body.id}`)
        .set(auth(stranger.account))
        .send({ url: 'http://10.1.2.3/' });
      expectProblem(res, 404, 'NOT_FOUND');
    });
  });
});

describe('the OpenAPI UI', () => {
  it('is off in production unless API_DOCS_ENABLED turns it on', async () => {
    // Production requires a metrics token (ADR 0010).
    const env = { NODE_ENV: 'production', METRICS_TOKEN: 'e2e-metrics-token-0123456789abcdefghij' };
    const production = await withEnv(env, () => createTestApp());
    try {
      expectProblem(await request(production.http).get('/api/docs-json'), 404, 'NOT_FOUND');
      expectProblem(await request(production.http).get('/api/docs'), 404, 'NOT_FOUND');
    } finally {
      await production.close();
    }
    const enabled = await withEnv({ ...env, API_DOCS_ENABLED: 'true' }, () => createTestApp());
    try {
      await request(enabled.http).get('/api/docs-json').expect(200);
    } finally {
      await enabled.close();
    }
  });
});

describe('the password policy at sign-up', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const register = (password: string) =>
    request(t.http)
      .post(`${API}/auth/register`)
      .send({
        email: `pw-${Date.now()}@test.chanjiao.cn`,
        password,
        role: Role.Expert,
        displayName: 'x',
      });

  it('refuses common and short passwords with a field error', async () => {
    for (const [password, code] of [
      ['Password123!', 'PASSWORD_TOO_COMMON'],
      ['qwertyuiop', 'PASSWORD_TOO_COMMON'],
      ['Xy7-kq9a', 'INVALID_MIN_LENGTH'],
    ]) {
      const problem = expectProblem(await register(password), 400, 'VALIDATION_FAILED');
      expect(problem.errors).toContainEqual(expect.objectContaining({ field: 'password', code }));
    }
    await register('a less guessable one 7').expect(202);
  });
});
