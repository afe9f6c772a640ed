import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import request from 'supertest';
import { Role } from '@app/shared';
import { API, auth, createTestApp, expectProblem, registerAccount, type TestApp } from './support';

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('registers, logs in and answers /me', async () => {
    const account = await registerAccount(t.http, Role.Expert);
    const login = await request(t.http)
      .post(`${API}/auth/login`)
      .send({ email: account.email.toUpperCase(), password: account.password })
      .expect(200);
    expect(login.body).toMatchObject({ tokenType: 'Bearer', expiresIn: expect.any(Number) });
    expect(login.body.user).not.toHaveProperty('passwordHash');
    const me = await request(t.http)
      .get(`${API}/me`)
      .set(auth({ token: login.body.accessToken }))
      .expect(200);
    expect(me.body).toMatchObject({
      user: { email: account.email, role: 'expert' },
      organization: null,
      expertProfile: null,
    });
  });

  it('refuses admin sign-up and weak input; a taken address gets the same answer as a new one', async () => {
    const body = { email: 'x@test.chanjiao.cn', password: 'long-enough-1', displayName: '某人' };
    expectProblem(
      await request(t.http)
        .post(`${API}/auth/register`)
        .send({ ...body, role: 'admin' }),
      400,
      'VALIDATION_FAILED',
    );
    const account = await registerAccount(t.http, Role.College);
    const again = await request(t.http)
      .post(`${API}/auth/register`)
      .send({ ...body, email: account.email, role: 'college' })
      .expect(202);
    const fresh = await request(t.http)
      .post(`${API}/auth/register`)
      .send({ ...body, email: `fresh-${Date.now()}@test.chanjiao.cn`, role: 'college' })
      .expect(202);
    expect(again.body).toEqual(fresh.body);
    // The account keeps its password: the second sign-up changed nothing.
    await request(t.http)
      .post(`${API}/auth/login`)
      .send({ email: account.email, password: account.password })
      .expect(200);
    const short = expectProblem(
      await request(t.http)
        .post(`${API}/auth/register`)
        .send({ ...body, password: 'short', role: 'expert' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(short.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'password' })]),
    );
  });

  it('rotates refresh tokens and revokes the session when an old one is replayed', async () => {
    const account = await registerAccount(t.http, Role.Enterprise);
    const first = await request(t.http)
      .post(`${API}/auth/refresh`)
      .send({ refreshToken: account.refreshToken })
      .expect(200);
    expect(first.body.refreshToken).not.toBe(account.refreshToken);
    expectProblem(
      await request(t.http)
        .post(`${API}/auth/refresh`)
        .send({ refreshToken: account.refreshToken }),
      401,
      'REFRESH_TOKEN_REUSED',
    );
    // The thief's replay ended the session: the newest tokens are dead too.
    expectProblem(
      await request(t.http)
        .post(`${API}/auth/refresh`)
        .send({ refreshToken: first.body.refreshToken }),
      401,
      'INVALID_REFRESH_TOKEN',
    );
    expectProblem(
      await request(t.http)
        .get(`${API}/me`)
        .set(auth({ token: first.body.accessToken })),
      401,
      'SESSION_REVOKED',
    );
  });

  it('logout revokes the refresh token and the access tokens of that session', async () => {
    const account = await registerAccount(t.http, Role.Expert);
    await request(t.http)
      .post(`${API}/auth/logout`)
      .send({ refreshToken: account.refreshToken })
      .expect(204);
    expectProblem(
      await request(t.http)
        .post(`${API}/auth/refresh`)
        .send({ refreshToken: account.refreshToken }),
      401,
      'INVALID_REFRESH_TOKEN',
    );
    expectProblem(
      await request(t.http).get(`${API}/me`).set(auth(account)),
      401,
      'SESSION_REVOKED',
    );
  });

  it('cookie mode keeps the refresh token in an HttpOnly cookie scoped to /auth, rotated and cleared', async () => {
    const account = await registerAccount(t.http, Role.College);
    const cookieMode = { 'X-Session-Mode': 'cookie' };
    const login = await request(t.http)
      .post(`${API}/auth/login`)
      .set(cookieMode)
      .send({ email: account.email, password: account.password })
      .expect(200);
    expect(login.body).not.toHaveProperty('refreshToken');
    expect(login.body.accessToken).toEqual(expect.any(String));
    const setCookie = (res: request.Response) => String(res.headers['set-cookie'] ?? '');
    const first = setCookie(login);
    expect(first).toMatch(/^chanjiao_refresh=[^;]+;/);
    expect(first).toContain('Path=/api/v1/auth;');
    expect(first).toContain('HttpOnly');
    expect(first).toContain('SameSite=Strict');
    const cookie = first.split(';')[0]!;

    // Without the header the cookie is ignored (a cross-site form cannot set the header).
    expectProblem(
      await request(t.http).post(`${API}/auth/refresh`).set('Cookie', cookie).send({}),
      401,
      'INVALID_REFRESH_TOKEN',
    );
    const refreshed = await request(t.http)
      .post(`${API}/auth/refresh`)
      .set(cookieMode)
      .set('Cookie', cookie)
      .send({})
      .expect(200);
    expect(refreshed.body).not.toHaveProperty('refreshToken');
    expect(refreshed.headers['cache-control']).toBe('no-store');
    const rotated = setCookie(refreshed).split(';')[0]!;
    expect(rotated).not.toBe(cookie);
    await request(t.http)
      .get(`${API}/me`)
      .set(auth({ token: refreshed.body.accessToken }))
      .expect(200);

    // The spent cookie replayed: the session is revoked, as with a body token.
    expectProblem(
      await request(t.http)
        .post(`${API}/auth/refresh`)
        .set(cookieMode)
        .set('Cookie', cookie)
        .send({}),
      401,
      'REFRESH_TOKEN_REUSED',
    );
    // No cookie at all: a plain 401, and logout stays idempotent.
    expectProblem(
      await request(t.http).post(`${API}/auth/refresh`).set(cookieMode).send({}),
      401,
      'INVALID_REFRESH_TOKEN',
    );
    await request(t.http).post(`${API}/auth/logout`).set(cookieMode).send({}).expect(204);
  });

  it('cookie-mode logout revokes the session and clears the cookie', async () => {
    const account = await registerAccount(t.http, Role.Expert);
    const cookieMode = { 'X-Session-Mode': 'cookie' };
    const login = await request(t.http)
      .post(`${API}/auth/login`)
      .set(cookieMode)
      .send({ email: account.email, password: account.password })
      .expect(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const logout = await request(t.http)
      .post(`${API}/auth/logout`)
      .set(cookieMode)
      .set('Cookie', cookie)
      .send({})
      .expect(204);
    expect(String(logout.headers['set-cookie'])).toMatch(
      /^chanjiao_refresh=;.*Expires=Thu, 01 Jan 1970/,
    );
    expectProblem(
      await request(t.http)
        .get(`${API}/me`)
        .set(auth({ token: login.body.accessToken })),
      401,
      'SESSION_REVOKED',
    );
  });

  it('rejects missing, forged, alg:none and malformed tokens', async () => {
    expectProblem(await request(t.http).get(`${API}/me`), 401, 'AUTH_REQUIRED');
    expectProblem(
      await request(t.http).get(`${API}/me`).set('Authorization', 'Basic abc'),
      401,
      'INVALID_TOKEN',
    );
    const account = await registerAccount(t.http, Role.Expert);
    const [header, payload] = account.token.split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    expectProblem(
      await request(t.http)
        .get(`${API}/me`)
        .set(auth({ token: none })),
      401,
      'INVALID_TOKEN',
    );
    const forged = `${header}.${payload}.${createHmac('sha256', 'not-the-secret').update(`${header}.${payload}`).digest('base64url')}`;
    expectProblem(
      await request(t.http)
        .get(`${API}/me`)
        .set(auth({ token: forged })),
      401,
      'INVALID_TOKEN',
    );
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const elevated = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString(
      'base64url',
    );
    expectProblem(
      await request(t.http)
        .get(`${API}/me`)
        .set(auth({ token: `${header}.${elevated}.${account.token.split('.')[2]}` })),
      401,
      'INVALID_TOKEN',
    );
  });

  it('rate-limits failed logins per account and address with 429', async () => {
    const account = await registerAccount(t.http, Role.College);
    for (let i = 0; i < 5; i++) {
      expectProblem(
        await request(t.http)
          .post(`${API}/auth/login`)
          .send({ email: account.email, password: 'wrong-password' }),
        401,
        'INVALID_CREDENTIALS',
      );
    }
    const limited = await request(t.http)
      .post(`${API}/auth/login`)
      .send({ email: account.email, password: account.password });
    expectProblem(limited, 429, 'TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('gives unknown e-mails the same answer as wrong passwords', async () => {
    expectProblem(
      await request(t.http)
        .post(`${API}/auth/login`)
        .send({ email: 'nobody@test.chanjiao.cn', password: 'whatever-1' }),
      401,
      'INVALID_CREDENTIALS',
    );
  });
});
