import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { Role } from '@app/shared';
import {
  API,
  auth,
  createTestApp,
  eventually,
  expectProblem,
  linkToken,
  type Mail,
  MailSink,
  registerAccount,
  startWorker,
  type TestApp,
  withEnv,
} from './support';

const WEB = 'https://console.chanjiao.test';

/** Sign-up with e-mail verification and e-mail change, following the real emails (ADR 0017). */
describe('registration and e-mail addresses', () => {
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

  const address = (label: string) =>
    `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@test.chanjiao.cn`;
  const register = (email: string, password = 'Pw-fine-enough-1', locale = 'zh-CN') =>
    request(t.http)
      .post(`${API}/auth/register`)
      .send({ email, password, role: Role.Enterprise, displayName: '王经理', locale });
  const login = (email: string, password: string) =>
    request(t.http).post(`${API}/auth/login`).send({ email, password });
  const verify = (token: string | undefined) =>
    request(t.http).post(`${API}/auth/verify-email`).send({ token });
  const mailTo = (email: string, count = 1): Promise<Mail> =>
    eventually(async () => {
      const mails = smtp.to(email);
      return mails.length >= count ? mails[count - 1] : undefined;
    }, 15_000);

  const mailWith = (email: string, text: string): Promise<Mail> =>
    eventually(async () => smtp.to(email).find((m) => m.decoded.includes(text)), 15_000);

  it('answers a new and a taken address alike; only the new one gets a verification link', async () => {
    const existing = await registerAccount(t.http, Role.College);
    const fresh = address('fresh');
    const [a, b] = [await register(fresh), await register(existing.email)];
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    expect(a.body).toEqual(b.body);

    const welcome = await mailTo(fresh);
    expect(welcome.decoded).toContain('请确认您的邮箱');
    expect(linkToken(welcome, 'verify-email')).toBeDefined();
    expect(welcome.raw).not.toMatch(/^List-Unsubscribe:/m);

    // Beside the factory's own sign-up link, in whatever order they arrive.
    const notice = await mailWith(existing.email, '尝试用这个邮箱注册');
    expect(linkToken(notice, 'verify-email')).toBeUndefined();
  });

  it('keeps an unverified account out until its link is followed, once', async () => {
    const email = address('verify');
    await register(email, 'Pw-verify-me-1').expect(202);
    expectProblem(await login(email, 'Pw-verify-me-1'), 403, 'EMAIL_NOT_VERIFIED');
    // A wrong password says nothing about verification.
    expectProblem(await login(email, 'Pw-wrong-one-1'), 401, 'INVALID_CREDENTIALS');

    const token = linkToken(await mailTo(email), 'verify-email');
    const verified = await verify(token).expect(200);
    expect(verified.body).toMatchObject({ user: { email, role: 'enterprise' } });
    await request(t.http)
      .get(`${API}/me`)
      .set(auth({ token: verified.body.accessToken }))
      .expect(200);
    await login(email, 'Pw-verify-me-1').expect(200);

    expectProblem(await verify(token), 400, 'INVALID_VERIFICATION_TOKEN');
    expectProblem(await verify('x'.repeat(43)), 400, 'INVALID_VERIFICATION_TOKEN');
    expectProblem(await verify(undefined), 400, 'VALIDATION_FAILED');
  });

  it('sends a new link on request (the old one stops working) and limits the requests', async () => {
    const email = address('resend');
    await register(email).expect(202);
    const first = linkToken(await mailTo(email), 'verify-email');
    const resend = (e: string) =>
      request(t.http).post(`${API}/auth/verify-email/resend`).send({ email: e });
    const known = await resend(email).expect(202);
    const unknown = await resend(address('nobody')).expect(202);
    expect(unknown.body).toEqual(known.body);
    const second = linkToken(await mailTo(email, 2), 'verify-email');
    expect(second).not.toBe(first);
    expectProblem(await verify(first), 400, 'INVALID_VERIFICATION_TOKEN');
    await verify(second).expect(200);

    const flooded = address('flood');
    let last = await resend(flooded);
    for (let i = 0; i < 6 && last.status === 202; i++) last = await resend(flooded);
    expectProblem(last, 429, 'TOO_MANY_VERIFICATION_REQUESTS');
  });

  it('a password reset also proves the address', async () => {
    const email = address('reset-verifies');
    await register(email).expect(202);
    await mailTo(email);
    await request(t.http).post(`${API}/auth/password-reset`).send({ email }).expect(202);
    const token = await eventually(async () => {
      const mails = smtp.to(email).map((m) => linkToken(m, 'reset-password'));
      return mails.find(Boolean);
    }, 15_000);
    await request(t.http)
      .post(`${API}/auth/password-reset/confirm`)
      .send({ token, newPassword: 'Pw-after-reset-1' })
      .expect(204);
    await login(email, 'Pw-after-reset-1').expect(200);
  });

  it('changes the address through a link to the new one and ends the other sessions', async () => {
    const account = await registerAccount(t.http, Role.Expert, undefined, { locale: 'en' });
    const other = (await login(account.email, account.password).expect(200)).body;
    const change = (body: object) =>
      request(t.http).post(`${API}/auth/email`).set(auth(account)).send(body);

    expectProblem(
      await change({ newEmail: account.email, currentPassword: account.password }),
      400,
      'SAME_EMAIL',
    );
    const newEmail = address('moved');
    expectProblem(
      await change({ newEmail, currentPassword: 'not-my-password' }),
      400,
      'WRONG_CURRENT_PASSWORD',
    );
    await change({ newEmail, currentPassword: account.password }).expect(202);
    const mail = await mailTo(newEmail);
    expect(mail.decoded).toContain('confirm your new e-mail address');
    const token = linkToken(mail, 'confirm-email');
    // Nothing changes before the link is followed.
    await login(account.email, account.password).expect(200);

    const confirm = (tok: string | undefined) =>
      request(t.http).post(`${API}/auth/email/confirm`).send({ token: tok });
    await confirm(token).expect(204);
    expectProblem(await confirm(token), 400, 'INVALID_EMAIL_CHANGE_TOKEN');
    expectProblem(await login(account.email, account.password), 401, 'INVALID_CREDENTIALS');
    await login(newEmail, account.password).expect(200);
    // The session that asked stays; the other one ended.
    await request(t.http).get(`${API}/me`).set(auth(account)).expect(200);
    expectProblem(
      await request(t.http)
        .get(`${API}/me`)
        .set(auth({ token: other.accessToken })),
      401,
      'SESSION_REVOKED',
    );
    await mailWith(account.email, 'your account now uses mo***@test.chanjiao.cn');
  });

  it('refuses to confirm a change to an address someone took meanwhile', async () => {
    const account = await registerAccount(t.http, Role.Expert);
    const wanted = address('contested');
    await request(t.http)
      .post(`${API}/auth/email`)
      .set(auth(account))
      .send({ newEmail: wanted, currentPassword: account.password })
      .expect(202);
    const token = linkToken(await mailTo(wanted), 'confirm-email');
    await registerAccount(t.http, Role.College, wanted);
    expectProblem(
      await request(t.http).post(`${API}/auth/email/confirm`).send({ token }),
      409,
      'EMAIL_TAKEN',
    );
    await login(account.email, account.password).expect(200);
  });
});
