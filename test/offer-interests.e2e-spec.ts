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
  eventually,
  expectProblem,
  expertWithProfile,
  registerAccount,
  startWorker,
  type TestApp,
  verifiedCollege,
  verifiedEnterprise,
} from './support';

interface Entry {
  kind: string;
  title: { 'zh-CN': string; en: string };
  link: { type: string; id: string } | null;
}

/** Enterprises and colleges show interest in offers; the provider answers (issue 11). */
describe('interest in offers', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: Account;

  beforeAll(async () => {
    t = await createTestApp();
    worker = await startWorker();
    admin = await createAdmin(t);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  const post = (account: { token: string }, path: string, body: object = {}) =>
    request(t.http).post(`${API}${path}`).set(auth(account)).send(body);
  const get = (account: { token: string }, path: string) =>
    request(t.http).get(`${API}${path}`).set(auth(account));
  const offerOf = async (account: Account, overrides: Record<string, unknown> = {}) =>
    (
      await post(account, '/offers', {
        kind: 'research_result',
        title: '超白光伏玻璃减反射镀膜技术',
        description: '学院研发的镀膜配方，可提升透光率约2%，已在中试线验证。',
        fields: ['光伏玻璃'],
        tags: ['镀膜'],
        industryCodes: ['3042'],
        ...overrides,
      }).expect(201)
    ).body.id as string;
  const inbox = (account: Account, kind: string) =>
    eventually(async () => {
      const res = await get(account, '/notifications?pageSize=100').expect(200);
      const found = (res.body.items as Entry[]).filter((n) => n.kind === kind);
      return found.length ? found : undefined;
    }, 20_000);

  it("an enterprise's interest in an expert's offer, accepted: contacts on both sides", async () => {
    const { account: expert } = await expertWithProfile(t.http, {
      contact: { phone: '13800000001', email: 'zhang.expert@example.cn' },
    });
    const offerId = await offerOf(expert, {
      kind: 'consulting_service',
      title: '钢化炉温控诊断咨询',
    });
    const { account: hr, org } = await verifiedEnterprise(t, admin);

    const shown = await post(hr, `/offers/${offerId}/interests`, {
      message: '我们钢化炉炸裂率偏高，想请您来现场看看。',
    }).expect(201);
    expect(shown.body).toMatchObject({
      offer: { id: offerId, title: '钢化炉温控诊断咨询', kind: 'consulting_service' },
      owner: { type: 'expert' },
      organization: { id: org.id, name: org.name },
      status: 'pending',
    });
    expect(shown.body.contacts).toBeUndefined();
    expectProblem(
      await post(hr, `/offers/${offerId}/interests`, { message: '再说一次' }),
      409,
      'DUPLICATE_INTEREST',
    );

    const [told] = await inbox(expert, 'interest.received');
    expect(told.title['zh-CN']).toContain('对您的成果与服务感兴趣');
    expect(told.link).toEqual({ type: 'offer_interest', id: shown.body.id });

    // Only the provider answers; the interested side may not accept its own interest.
    expectProblem(await post(hr, `/offer-interests/${shown.body.id}/accept`), 403, 'NOT_YOUR_TURN');
    const accepted = await post(expert, `/offer-interests/${shown.body.id}/accept`).expect(200);
    expect(accepted.body.status).toBe('connected');
    expect(accepted.body.contacts.owner).toEqual([
      expect.objectContaining({ phone: '13800000001', email: 'zhang.expert@example.cn' }),
    ]);
    expect(accepted.body.contacts.interested).toEqual([
      expect.objectContaining({ email: hr.email }),
    ]);
    const seen = await get(hr, `/offer-interests/${shown.body.id}`).expect(200);
    expect(seen.body.contacts.owner[0].phone).toBe('13800000001');
    await inbox(hr, 'match.connected');
    expectProblem(
      await post(expert, `/offer-interests/${shown.body.id}/decline`, { reason: 'timing' }),
      409,
      'INVALID_STATUS_TRANSITION',
    );

    // Once accepted, the two sides talk in the interest's own thread; nobody else sees it.
    const thread = await post(hr, '/conversations', {
      subjectType: 'offer_interest',
      subjectId: shown.body.id,
    }).expect(200);
    await post(hr, `/conversations/${thread.body.id}/messages`, {
      body: '下周二上午方便来厂里吗？',
    }).expect(201);
    const read = await get(expert, `/conversations/${thread.body.id}/messages`).expect(200);
    expect(read.body.items.map((m: { body: string }) => m.body)).toContain(
      '下周二上午方便来厂里吗？',
    );
    const { account: stranger } = await verifiedEnterprise(t, admin);
    expectProblem(
      await get(stranger, `/conversations/${thread.body.id}/messages`),
      404,
      'CONVERSATION_NOT_FOUND',
    );
  });

  it("a college's research result: declined with a reason; outsiders see nothing", async () => {
    const { account: college } = await verifiedCollege(t, admin);
    const offerId = await offerOf(college);
    const { account: hr } = await verifiedEnterprise(t, admin);
    const { account: stranger } = await verifiedEnterprise(t, admin);
    const shown = await post(hr, `/offers/${offerId}/interests`, {
      message: '希望了解镀膜技术的转让条件',
    }).expect(201);

    expectProblem(
      await get(stranger, `/offer-interests/${shown.body.id}`),
      404,
      'OFFER_INTEREST_NOT_FOUND',
    );
    expectProblem(
      await post(stranger, `/offer-interests/${shown.body.id}/accept`),
      404,
      'OFFER_INTEREST_NOT_FOUND',
    );
    expect((await get(stranger, '/offer-interests').expect(200)).body.total).toBe(0);
    const received = await get(college, '/offer-interests?direction=received').expect(200);
    expect(received.body.items.map((i: { id: string }) => i.id)).toEqual([shown.body.id]);
    expect((await get(college, '/offer-interests?direction=sent').expect(200)).body.total).toBe(0);

    expectProblem(
      await post(college, `/offer-interests/${shown.body.id}/decline`, { reason: 'other' }),
      400,
      'VALIDATION_FAILED',
    );
    const declined = await post(college, `/offer-interests/${shown.body.id}/decline`, {
      reason: 'capacity_full',
      note: '今年的转让名额已满',
    }).expect(200);
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'capacity_full' });
    expect(declined.body.contacts).toBeUndefined();
    const [told] = await inbox(hr, 'match.declined');
    expect(told.title['zh-CN']).toContain('婉拒');
  });

  it('refuses the wrong callers and states with codes', async () => {
    const { account: college, org: collegeOrg } = await verifiedCollege(t, admin);
    const offerId = await offerOf(college);
    expectProblem(
      await post(college, `/offers/${offerId}/interests`, { message: '自己的' }),
      409,
      'OWN_OFFER',
    );
    const { account: expert } = await expertWithProfile(t.http);
    expectProblem(
      await post(expert, `/offers/${offerId}/interests`, { message: '专家' }),
      409,
      'ORGANIZATION_REQUIRED',
    );
    const unverified = await registerAccount(t.http, Role.Enterprise);
    await post(unverified, '/enterprises', {
      name: `示范市未认证企业${Date.now()}`,
      industryCode: '3042',
      size: 'small',
      district: '130302',
    });
    const pending = await post(unverified, `/offers/${offerId}/interests`, { message: '未认证' });
    expect([409]).toContain(pending.status);
    expectProblem(
      await post(college, `/offers/00000000-0000-4000-8000-000000000000/interests`, {
        message: 'x',
      }),
      404,
      'OFFER_NOT_FOUND',
    );
    const { account: hr } = await verifiedEnterprise(t, admin);
    expectProblem(
      await post(hr, `/offers/${offerId}/interests`, { message: '' }),
      400,
      'VALIDATION_FAILED',
    );
    const shown = await post(hr, `/offers/${offerId}/interests`, { message: '有意向' }).expect(201);
    expectProblem(
      await post(college, `/offer-interests/${shown.body.id}/withdraw`),
      403,
      'NOT_INITIATOR',
    );
    await post(hr, `/offer-interests/${shown.body.id}/withdraw`).expect(200);
    // A withdrawn interest frees the pair.
    await post(hr, `/offers/${offerId}/interests`, { message: '重新表达' }).expect(201);
    expect(collegeOrg.id).toBeDefined();
  });
});
