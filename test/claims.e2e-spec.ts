import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createTestApp,
  csvFile,
  enterpriseBody,
  ENTERPRISE_IMPORT_HEADERS,
  demandBody,
  eventually,
  expectProblem,
  linkToken,
  MailSink,
  registerAccount,
  startWorker,
  type TestApp,
  uploadImport,
  verifiedEnterprise,
  withEnv,
} from './support';

const WEB = 'https://console.chanjiao.test';
const EXPERT_HEADERS = ['姓名*', '所在区县', '服务类型', '职称', '手机', '邮箱', '工作单位'];

/** Imported experts and organisations claim their profiles through an emailed link (ADR 0017). */
describe('profile claims', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: Account;
  const smtp = new MailSink();

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp();
    worker = await withEnv({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PUBLIC_WEB_URL: WEB }, () =>
      startWorker(),
    );
    admin = await createAdmin(t);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await smtp.stop();
  });

  const tag = () => Math.random().toString(36).slice(2, 8);
  const claimLink = (email: string) =>
    eventually(async () => {
      const mails = smtp.to(email).filter((m) => linkToken(m, 'claim'));
      return mails.length ? linkToken(mails[mails.length - 1], 'claim') : undefined;
    }, 15_000);
  const accept = (body: object) => request(t.http).post(`${API}/claims/accept`).send(body);

  /** Imports experts (some without an e-mail) and commits them; returns the import's id. */
  async function importExperts(rows: string[][]): Promise<string> {
    const file = csvFile([EXPERT_HEADERS, ...rows]);
    const dry = await uploadImport(t.http, admin, 'experts', file, '专家名单.csv').expect(201);
    await request(t.http)
      .post(`${API}/admin/imports/${dry.body.id}/commit`)
      .set(auth(admin))
      .send({})
      .expect(200);
    return dry.body.id;
  }

  const expertIdNamed = async (name: string) =>
    (
      (await t.dataSource.query('SELECT id FROM experts WHERE name = $1', [name])) as {
        id: string;
      }[]
    )[0].id;

  it('sends every unclaimed expert of an import with an address a link; one claims it', async () => {
    const unit = `示范市认领测试研究院${tag()}`;
    const [li, zhao] = [`李工${tag()}`, `赵工${tag()}`];
    const liMail = `li-${tag()}@example.cn`;
    const importId = await importExperts([
      [li, '海港区', '咨询', '高级工程师', '', liMail, unit],
      [zhao, '山海关区', '研发', '教授', '13912345678', '', unit],
    ]);
    const sent = await request(t.http)
      .post(`${API}/admin/imports/${importId}/claims`)
      .set(auth(admin))
      .expect(202);
    expect(sent.body).toEqual({
      sent: 1,
      skipped: [{ id: await expertIdNamed(zhao), name: zhao, reason: 'NO_ADDRESS' }],
    });

    const token = await claimLink(liMail);
    const preview = await request(t.http).post(`${API}/claims/preview`).send({ token }).expect(200);
    expect(preview.body).toEqual({
      subjectType: 'expert',
      profileName: li,
      email: liMail,
      accountExists: false,
    });
    // No account yet: the claim needs a name and a password, and nothing is spent without them.
    expectProblem(await accept({ token }), 400, 'ACCOUNT_DETAILS_REQUIRED');
    const claimed = await accept({ token, displayName: li, password: 'Pw-claimed-1' }).expect(200);
    expect(claimed.body.user).toMatchObject({ email: liMail, role: 'expert' });
    const me = await request(t.http)
      .get(`${API}/me`)
      .set(auth({ token: claimed.body.accessToken }))
      .expect(200);
    expect(me.body.expertProfile).toMatchObject({ name: li });
    await request(t.http)
      .post(`${API}/auth/login`)
      .send({ email: liMail, password: 'Pw-claimed-1' })
      .expect(200);

    expectProblem(
      await accept({ token, displayName: li, password: 'Pw-claimed-1' }),
      400,
      'INVALID_CLAIM_TOKEN',
    );
    expectProblem(
      await request(t.http)
        .post(`${API}/admin/claims`)
        .set(auth(admin))
        .send({ expertId: await expertIdNamed(li) }),
      409,
      'ALREADY_CLAIMED',
    );
    const audit = await request(t.http)
      .get(`${API}/admin/audit`)
      .query({ action: 'profile.claimed' })
      .set(auth(admin))
      .expect(200);
    expect(audit.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ targetId: await expertIdNamed(li) })]),
    );
  });

  it('lets an admin send one link to an address of their choosing; refuses without one', async () => {
    const zhao = `赵工${tag()}`;
    await importExperts([[zhao, '海港区', '研发', '教授', '13912345678', '', '示范市某研究院']]);
    const expertId = await expertIdNamed(zhao);
    const send = (body: object, as = admin) =>
      request(t.http).post(`${API}/admin/claims`).set(auth(as)).send(body);
    const missing = expectProblem(await send({ expertId }), 400, 'VALIDATION_FAILED');
    expect(missing.errors).toEqual([
      expect.objectContaining({ field: 'email', code: 'CLAIM_ADDRESS_REQUIRED' }),
    ]);
    const email = `zhao-${tag()}@example.cn`;
    await send({ expertId, email }).expect(202);
    const expert = await registerAccount(t.http, Role.Expert);
    expectProblem(await send({ expertId, email }, expert), 403, 'ROLE_FORBIDDEN');

    // The address now has an expert account without a profile: the claim joins it.
    const existing = await registerAccount(t.http, Role.Expert, email);
    const token = await claimLink(email);
    const claimed = await accept({ token }).expect(200);
    expect(claimed.body.user.id).toBe(existing.id);
    const profile = await request(t.http).get(`${API}/me`).set(auth(existing)).expect(200);
    expect(profile.body.expertProfile).toMatchObject({ id: expertId });
  });

  it('an organisation is claimed by an account of its kind and becomes its owner', async () => {
    const body = enterpriseBody();
    const file = csvFile([
      ENTERPRISE_IMPORT_HEADERS,
      [body.name, body.creditCode, '3042', '中型', '海港区', '光伏玻璃深加工'],
    ]);
    const dry = await uploadImport(t.http, admin, 'enterprises', file, '企业名单.csv').expect(201);
    await request(t.http)
      .post(`${API}/admin/imports/${dry.body.id}/commit`)
      .set(auth(admin))
      .send({})
      .expect(200);
    const batch = await request(t.http)
      .post(`${API}/admin/imports/${dry.body.id}/claims`)
      .set(auth(admin))
      .expect(202);
    expect(batch.body.sent).toBe(0);
    expect(batch.body.skipped).toEqual([expect.objectContaining({ reason: 'NO_ADDRESS' })]);
    const organizationId = batch.body.skipped[0].id;

    const email = `hr-${tag()}@example.cn`;
    await registerAccount(t.http, Role.College, email);
    await request(t.http)
      .post(`${API}/admin/claims`)
      .set(auth(admin))
      .send({ organizationId, email })
      .expect(202);
    // A college account cannot hold an enterprise; the link stays usable.
    const token = await claimLink(email);
    expectProblem(await accept({ token }), 409, 'CLAIM_ACCOUNT_MISMATCH');

    const other = `boss-${tag()}@example.cn`;
    await request(t.http)
      .post(`${API}/admin/claims`)
      .set(auth(admin))
      .send({ organizationId, email: other })
      .expect(202);
    // The newer link replaced the older one.
    expectProblem(await accept({ token }), 400, 'INVALID_CLAIM_TOKEN');
    const owner = await accept({
      token: await claimLink(other),
      displayName: '王总',
      password: 'Pw-owner-of-it-1',
    }).expect(200);
    const me = await request(t.http)
      .get(`${API}/me`)
      .set(auth({ token: owner.body.accessToken }))
      .expect(200);
    expect(me.body.organization).toMatchObject({ id: organizationId });
  });

  it('inviting an unclaimed expert emails a claim link naming the invitation; no address, no invitation', async () => {
    const [li, zhao] = [`李工${tag()}`, `赵工${tag()}`];
    const liMail = `li-invited-${tag()}@example.cn`;
    const file = csvFile([
      [...EXPERT_HEADERS, '技能', '行业代码'],
      [li, '海港区', '研发', '高级工程师', '', liMail, '示范市某研究院', '钢化炉风栅改造', '3042'],
      [
        zhao,
        '海港区',
        '研发',
        '教授',
        '13912345678',
        '',
        '示范市某研究院',
        '钢化炉风栅改造',
        '3042',
      ],
    ]);
    const dry = await uploadImport(t.http, admin, 'experts', file, '专家名单.csv').expect(201);
    await request(t.http)
      .post(`${API}/admin/imports/${dry.body.id}/commit`)
      .set(auth(admin))
      .send({})
      .expect(200);
    const { account: hr, org } = await verifiedEnterprise(t, admin);
    const draft = await request(t.http)
      .post(`${API}/demands`)
      .set(auth(hr))
      .send(
        demandBody('rnd', {
          title: '钢化炉温控改造',
          description: '钢化炉风栅改造后温度不均，想找做过风栅改造的专家',
          skills: ['钢化炉风栅改造'],
          industryCode: '3042',
        }),
      )
      .expect(201);
    await request(t.http).post(`${API}/demands/${draft.body.id}/publish`).set(auth(hr)).expect(200);
    const invite = (expertId: string) =>
      request(t.http)
        .post(`${API}/demands/${draft.body.id}/invitations`)
        .set(auth(hr))
        .send({ expertId, message: '想请您来看看我们的钢化炉' });

    // Matches say who has not claimed a profile yet.
    const liId = await expertIdNamed(li);
    const listed = await eventually(async () => {
      const res = await request(t.http)
        .get(`${API}/demands/${draft.body.id}/matches`)
        .query({ kind: 'expert', limit: 50 })
        .set(auth(hr))
        .expect(200);
      return (res.body as { id: string; claimed: boolean }[]).find((m) => m.id === liId);
    }, 15_000);
    expect(listed.claimed).toBe(false);

    expectProblem(await invite(await expertIdNamed(zhao)), 409, 'CANDIDATE_UNREACHABLE');
    await invite(await expertIdNamed(li)).expect(201);
    const mail = await eventually(
      async () => smtp.to(liMail).find((m) => linkToken(m, 'claim')),
      15_000,
    );
    expect(mail.decoded).toContain(`${org.name}邀请您合作：钢化炉温控改造`);
    const claimed = await accept({
      token: linkToken(mail, 'claim'),
      displayName: li,
      password: 'Pw-invited-claim-1',
    }).expect(200);
    const matches = await request(t.http)
      .get(`${API}/matches`)
      .set(auth({ token: claimed.body.accessToken }))
      .expect(200);
    expect(matches.body.items).toEqual([
      expect.objectContaining({
        status: 'pending',
        demand: expect.objectContaining({ id: draft.body.id }),
      }),
    ]);
  });

  it('refuses forged and expired links alike', async () => {
    expectProblem(await accept({ token: 'x'.repeat(43) }), 400, 'INVALID_CLAIM_TOKEN');
    expectProblem(await accept({ token: 'short' }), 400, 'INVALID_CLAIM_TOKEN');
    const wang = `王工${tag()}`;
    const email = `wang-${tag()}@example.cn`;
    await importExperts([[wang, '海港区', '咨询', '工程师', '', email, '示范市某企业']]);
    await request(t.http)
      .post(`${API}/admin/claims`)
      .set(auth(admin))
      .send({ expertId: await expertIdNamed(wang) })
      .expect(202);
    const token = await claimLink(email);
    await t.dataSource.query(
      `UPDATE account_links SET expires_at = now() - interval '1 minute' WHERE email = $1`,
      [email],
    );
    expectProblem(
      await accept({ token, displayName: wang, password: 'Pw-too-late-1' }),
      400,
      'INVALID_CLAIM_TOKEN',
    );
  });
});
