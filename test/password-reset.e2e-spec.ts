import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createTestApp,
  eventually,
  expectProblem,
  type Mail,
  MailSink,
  registerAccount,
  startWorker,
  type TestApp,
  withEnv,
} from './support';

const WEB = 'https://console.chanjiao.test/app';

function tokenIn(mail: Mail): string {
  const links = [
    ...mail.decoded.matchAll(/(https:\/\/[^\s"<]+\/reset-password\?token=)([A-Za-z0-9_-]{43})/g),
  ];
  expect(links.length).toBeGreaterThan(0);
  expect(links[0][1]).toBe(`${WEB}/reset-password?token=`);
  return links[links.length - 1][2];
}

describe('password reset', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  const smtp = new MailSink();

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp();
    worker = await withEnv({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PUBLIC_WEB_URL: WEB }, () =>
      startWorker(),
    );
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await smtp.stop();
  });

  const ask = (email: string) => request(t.http).post(`${API}/auth/password-reset`).send({ email });
  const confirm = (token: string, newPassword: string) =>
    request(t.http).post(`${API}/auth/password-reset/confirm`).send({ token, newPassword });
  const login = (email: string, password: string) =>
    request(t.http).post(`${API}/auth/login`).send({ email, password });

  /** Asks for a reset and waits for the email; returns the token of its link. */
  async function resetMail(account: Account, count = 1): Promise<{ token: string; mail: Mail }> {
    await ask(account.email).expect(202);
    const mail = await eventually(async () => {
      // The sign-up's verification email came first: only reset emails count.
      const mails = smtp.to(account.email).filter((m) => m.decoded.includes('/reset-password?'));
      return mails.length >= count ? mails[count - 1] : undefined;
    }, 15_000);
    return { token: tokenIn(mail), mail };
  }

  it('answers a known and an unknown address identically', async () => {
    const account = await registerAccount(t.http, Role.Expert);
    const known = await ask(account.email.toUpperCase());
    const unknown = await ask(`nobody-${Date.now()}@test.chanjiao.cn`);
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    const strip = (headers: Record<string, unknown>) => {
      const { date: _d, 'x-request-id': _r, etag: _e, ...rest } = headers;
      return rest;
    };
    expect(strip(unknown.headers)).toEqual(strip(known.headers));
    expect(known.body).toEqual({ message: expect.any(String) });
  });

  it('mails a single-use link in the account language that sets a new password', async () => {
    const account = await registerAccount(t.http, Role.Expert);
    // Preferences do not matter: account emails are always sent, at once.
    await request(t.http)
      .patch(`${API}/me/notification-preferences`)
      .set(auth(account))
      .send({ digest: true })
      .expect(200);
    const second = await login(account.email, account.password).expect(200);

    const { token, mail } = await resetMail(account);
    expect(mail.decoded).toContain('重置密码');
    expect(mail.decoded).toContain('设置新密码');
    expect(mail.raw).not.toMatch(/^List-Unsubscribe:/m);
    const stored = await t.dataSource.query(
      `SELECT token_hash FROM password_reset_tokens WHERE user_id = $1`,
      [account.id],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    const outbox = await t.dataSource.query(
      `SELECT payload::text AS p FROM outbox_events WHERE event_type = 'user.password_reset_requested' AND payload->>'userId' = $1`,
      [account.id],
    );
    expect(outbox).toHaveLength(1);
    expect(outbox[0].p).not.toContain(token);
    const deliveries = await t.dataSource.query(
      `SELECT content::text AS c FROM email_deliveries WHERE user_id = $1`,
      [account.id],
    );
    expect(deliveries.map((d: { c: string }) => d.c).join()).not.toContain(token);

    expectProblem(await confirm(token, 'Password123!'), 400, 'VALIDATION_FAILED');
    const newPassword = `Reset-${account.password}`;
    await confirm(token, newPassword).expect(204);
    expectProblem(await confirm(token, `${newPassword}-again`), 400, 'INVALID_RESET_TOKEN');

    // Every session is over, access and refresh tokens alike.
    for (const session of [account, { token: second.body.accessToken }]) {
      expectProblem(
        await request(t.http).get(`${API}/me`).set(auth(session)),
        401,
        'SESSION_REVOKED',
      );
    }
    for (const refreshToken of [account.refreshToken, second.body.refreshToken]) {
      expectProblem(
        await request(t.http).post(`${API}/auth/refresh`).send({ refreshToken }),
        401,
        'INVALID_REFRESH_TOKEN',
      );
    }
    const sessions = await t.dataSource.query(
      `SELECT revoked_reason FROM auth_sessions WHERE user_id = $1`,
      [account.id],
    );
    expect(sessions.map((s: { revoked_reason: string }) => s.revoked_reason)).toEqual([
      'password_reset',
      'password_reset',
    ]);
    expectProblem(await login(account.email, account.password), 401, 'INVALID_CREDENTIALS');
    await login(account.email, newPassword).expect(200);
  });

  it('writes in English to English accounts; a newer link voids the older one', async () => {
    const account = await registerAccount(t.http, Role.College, undefined, {
      locale: 'en',
      displayName: 'Reset',
    });
    const first = await resetMail(account, 1);
    expect(first.mail.decoded).toContain('Set a new password');
    const second = await resetMail(account, 2);
    expect(second.token).not.toBe(first.token);
    expectProblem(await confirm(first.token, 'a-fine-new-password-1'), 400, 'INVALID_RESET_TOKEN');
    await confirm(second.token, 'a-fine-new-password-1').expect(204);
  });

  it('refuses expired and forged tokens alike', async () => {
    const account = await registerAccount(t.http, Role.College);
    const { token } = await resetMail(account);
    await t.dataSource.query(
      `UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [account.id],
    );
    expectProblem(await confirm(token, 'a-fine-new-password-1'), 400, 'INVALID_RESET_TOKEN');
    const forged = `${token.slice(0, 42)}${token.endsWith('A') ? 'B' : 'A'}`;
    expectProblem(await confirm(forged, 'a-fine-new-password-1'), 400, 'INVALID_RESET_TOKEN');
    expectProblem(
      await confirm('not-a-token', 'a-fine-new-password-1'),
      400,
      'INVALID_RESET_TOKEN',
    );
    await login(account.email, account.password).expect(200);
  });

  it('limits requests per address, known or not (429)', async () => {
    const account = await registerAccount(t.http, Role.Expert);
    for (const email of [account.email, `ghost-${Date.now()}@test.chanjiao.cn`]) {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await ask(email)).status);
      expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    }
    expectProblem(await ask(account.email), 429, 'TOO_MANY_RESET_REQUESTS');
  });
});

describe('changing a password', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = async (email: string, password: string) =>
    (await request(t.http).post(`${API}/auth/login`).send({ email, password }).expect(200))
      .body as { accessToken: string; refreshToken: string };

  it('keeps the current session and ends the others', async () => {
    const account = await registerAccount(t.http, Role.Expert);
    const other = await login(account.email, account.password);
    await request(t.http)
      .get(`${API}/me`)
      .set(auth({ token: other.accessToken }))
      .expect(200);

    const newPassword = `New-${account.password}-x`;
    await request(t.http)
      .post(`${API}/auth/password`)
      .set(auth(account))
      .send({ currentPassword: account.password, newPassword })
      .expect(204);

    // This session goes on, access and refresh token alike.
    await request(t.http).get(`${API}/me`).set(auth(account)).expect(200);
    await request(t.http)
      .post(`${API}/auth/refresh`)
      .send({ refreshToken: account.refreshToken })
      .expect(200);
    // The other one is over at once.
    expectProblem(
      await request(t.http)
        .get(`${API}/me`)
        .set(auth({ token: other.accessToken })),
      401,
      'SESSION_REVOKED',
    );
    expectProblem(
      await request(t.http).post(`${API}/auth/refresh`).send({ refreshToken: other.refreshToken }),
      401,
      'INVALID_REFRESH_TOKEN',
    );
    expectProblem(
      await request(t.http)
        .post(`${API}/auth/login`)
        .send({ email: account.email, password: account.password }),
      401,
      'INVALID_CREDENTIALS',
    );
    await login(account.email, newPassword);
  });

  it('refuses a wrong current password, a weak new one and anonymous callers', async () => {
    const account = await registerAccount(t.http, Role.College);
    const wrong = expectProblem(
      await request(t.http)
        .post(`${API}/auth/password`)
        .set(auth(account))
        .send({ currentPassword: 'not-the-password', newPassword: 'a-fine-new-password-1' }),
      400,
      'WRONG_CURRENT_PASSWORD',
    );
    expect(wrong.errors).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
    expectProblem(
      await request(t.http)
        .post(`${API}/auth/password`)
        .set(auth(account))
        .send({ currentPassword: account.password, newPassword: 'Password123!' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await request(t.http)
        .post(`${API}/auth/password`)
        .send({ currentPassword: account.password, newPassword: 'a-fine-new-password-1' }),
      401,
      'AUTH_REQUIRED',
    );
    // The old password still works: nothing was changed.
    await login(account.email, account.password);
  });

  it('counts wrong current passwords toward the login rate limit', async () => {
    const account = await registerAccount(t.http, Role.Expert);
    let last = 0;
    for (let i = 0; i < 12 && last !== 429; i++) {
      last = (
        await request(t.http)
          .post(`${API}/auth/password`)
          .set(auth(account))
          .send({ currentPassword: `wrong-${i}`, newPassword: 'a-fine-new-password-1' })
      ).status;
    }
    expect(last).toBe(429);
    expectProblem(
      await request(t.http)
        .post(`${API}/auth/login`)
        .send({ email: account.email, password: account.password }),
      429,
      'TOO_MANY_LOGIN_ATTEMPTS',
    );
  });
});
