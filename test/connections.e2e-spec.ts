import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  collegeBody,
  createAdmin,
  createTestApp,
  demandBody,
  expectProblem,
  expertWithProfile,
  registerAccount,
  type TestApp,
  verifiedCollege,
  verifiedEnterprise,
} from './support';

const PHONE = '13911112222';

describe('interests, invitations and matches', () => {
  let t: TestApp;
  let admin: Account;
  let owner: Account;
  let ownerOrg: { id: string; name: string };

  const post = (account: Account, path: string, body: object = {}) =>
    request(t.http).post(`${API}${path}`).set(auth(account)).send(body);
  const get = (account: Account, path: string) =>
    request(t.http).get(`${API}${path}`).set(auth(account));

  async function openDemand(account: Account): Promise<string> {
    const draft = await post(account, '/demands', demandBody('rnd')).expect(201);
    await post(account, `/demands/${draft.body.id}/publish`).expect(200);
    return draft.body.id as string;
  }

  const expert = () => expertWithProfile(t.http, { contact: { phone: PHONE, wechat: 'li_gong' } });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createAdmin(t);
    ({ account: owner, org: ownerOrg } = await verifiedEnterprise(t, admin));
  });
  afterAll(() => t.close());

  it('an accepted interest connects both sides, and only then are contacts shown', async () => {
    const demandId = await openDemand(owner);
    const { account: e, expert: profile } = await expert();

    const pending = await post(e, `/demands/${demandId}/interests`, { message: '可以上门诊断' });
    expect(pending.status).toBe(201);
    expect(pending.body).toMatchObject({
      status: 'pending',
      initiatedBy: 'candidate',
      message: '可以上门诊断',
      demand: { id: demandId, title: '光伏玻璃钢化工艺优化' },
      enterprise: { id: ownerOrg.id, name: ownerOrg.name },
      candidate: { id: profile.id, name: '李工', type: 'expert' },
    });
    const id = pending.body.id as string;
    for (const account of [e, owner]) {
      const before = await get(account, `/matches/${id}`).expect(200);
      expect(before.body.contacts).toBeUndefined();
      expect(JSON.stringify(before.body)).not.toContain(PHONE);
      expect(JSON.stringify(before.body)).not.toContain(owner.email);
    }

    expectProblem(await post(e, `/matches/${id}/accept`), 403, 'NOT_YOUR_TURN');
    const accepted = await post(owner, `/matches/${id}/accept`).expect(200);
    expect(accepted.body).toMatchObject({ status: 'connected', respondedAt: expect.any(String) });

    for (const account of [e, owner]) {
      const after = await get(account, `/matches/${id}`).expect(200);
      expect(after.body.contacts).toEqual({
        owner: [{ name: `测试${Role.Enterprise}`, email: owner.email }],
        enterprise: [{ name: `测试${Role.Enterprise}`, email: owner.email }],
        candidate: [{ name: '李工', phone: PHONE, wechat: 'li_gong' }],
      });
    }
    expectProblem(await post(owner, `/matches/${id}/accept`), 409, 'INVALID_STATUS_TRANSITION');
    expectProblem(
      await post(e, `/demands/${demandId}/interests`, { message: '再次表达' }),
      409,
      'DUPLICATE_INTEREST',
    );

    const mine = await get(e, '/matches').expect(200);
    expect(mine.body.items.map((m: { id: string }) => m.id)).toEqual([id]);
    const connected = await get(owner, '/matches?status=connected').expect(200);
    expect(connected.body.items.map((m: { id: string }) => m.id)).toContain(id);
    const pendingOnly = await get(owner, '/matches?status=pending').expect(200);
    expect(pendingOnly.body.items.map((m: { id: string }) => m.id)).not.toContain(id);
    // One demand's matches: what its page lists as received interests and sent invitations.
    const ofDemand = await get(owner, `/matches?demandId=${demandId}`).expect(200);
    expect(ofDemand.body.items.map((m: { id: string }) => m.id)).toEqual([id]);
    const otherDemand = await openDemand(owner);
    const ofOther = await get(owner, `/matches?demandId=${otherDemand}`).expect(200);
    expect(ofOther.body).toMatchObject({ items: [], total: 0 });
    expectProblem(await get(owner, '/matches?demandId=nope'), 400, 'VALIDATION_FAILED');

    const events = await t.dataSource.query(
      'SELECT event_type, payload FROM outbox_events WHERE aggregate_id = $1 ORDER BY id',
      [id],
    );
    expect(events.map((r: { event_type: string }) => r.event_type)).toEqual([
      'interest.expressed',
      'match.connected',
    ]);
    expect(events[1].payload).toMatchObject({
      connectionId: id,
      demandId,
      ownerId: ownerOrg.id,
      candidateType: 'expert',
      expertId: profile.id,
      status: 'connected',
    });
    const payloads = JSON.stringify(events.map((r: { payload: unknown }) => r.payload));
    for (const secret of [PHONE, 'li_gong', owner.email, '可以上门诊断']) {
      expect(payloads).not.toContain(secret);
    }
  });

  it('an invitation is declined with a reason that the enterprise sees', async () => {
    const demandId = await openDemand(owner);
    const { account: e, expert: profile } = await expert();
    const college = await verifiedCollege(t, admin);

    const toExpert = await post(owner, `/demands/${demandId}/invitations`, {
      expertId: profile.id,
      message: '诚邀合作',
    }).expect(201);
    expect(toExpert.body).toMatchObject({ status: 'pending', initiatedBy: 'owner' });
    expectProblem(await post(owner, `/matches/${toExpert.body.id}/accept`), 403, 'NOT_YOUR_TURN');
    expectProblem(
      await post(e, `/matches/${toExpert.body.id}/decline`, { reason: 'other' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await post(e, `/matches/${toExpert.body.id}/decline`, { reason: 'sometime' }),
      400,
      'VALIDATION_FAILED',
    );
    await post(e, `/matches/${toExpert.body.id}/decline`, {
      reason: 'other',
      note: '本月出差',
    }).expect(200);
    const seen = await get(owner, `/matches/${toExpert.body.id}`).expect(200);
    expect(seen.body).toMatchObject({
      status: 'declined',
      declineReason: 'other',
      declineNote: '本月出差',
    });
    expect(seen.body.contacts).toBeUndefined();
    expectProblem(
      await post(owner, `/demands/${demandId}/invitations`, {
        expertId: profile.id,
        message: '再邀请一次',
      }),
      409,
      'ALREADY_INVITED',
    );

    const toCollege = await post(owner, `/demands/${demandId}/invitations`, {
      collegeId: college.org.id,
      message: '订单班合作',
    }).expect(201);
    await post(college.account, `/matches/${toCollege.body.id}/decline`, {
      reason: 'capacity_full',
    }).expect(200);
    const declined = await get(owner, `/matches/${toCollege.body.id}`).expect(200);
    expect(declined.body).toMatchObject({
      declineReason: 'capacity_full',
      declineNote: null,
      candidate: { id: college.org.id, type: 'college' },
    });
    const event = await t.dataSource.query(
      `SELECT payload FROM outbox_events WHERE aggregate_id = $1 AND event_type = 'match.declined'`,
      [toCollege.body.id],
    );
    expect(event[0].payload).toMatchObject({ declineReason: 'capacity_full', status: 'declined' });
  });

  it('invitations are for the demand owner and for public candidates only', async () => {
    const demandId = await openDemand(owner);
    const other = await verifiedEnterprise(t, admin);
    const { expert: profile } = await expert();
    const { expert: hidden } = await expertWithProfile(t.http, { isPublic: false });
    const unverified = await registerAccount(t.http, Role.College);
    const pendingCollege = await post(unverified, '/colleges', collegeBody()).expect(201);

    expectProblem(
      await post(other.account, `/demands/${demandId}/invitations`, {
        expertId: profile.id,
        message: '你好',
      }),
      403,
      'NOT_DEMAND_OWNER',
    );
    for (const body of [{ expertId: hidden.id }, { collegeId: pendingCollege.body.id }]) {
      expectProblem(
        await post(owner, `/demands/${demandId}/invitations`, { ...body, message: '你好' }),
        404,
        'NOT_FOUND',
      );
    }
    expectProblem(
      await post(owner, `/demands/${demandId}/invitations`, { message: '你好' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await post(owner, `/demands/${demandId}/interests`, { message: '你好' }),
      409,
      'OWN_DEMAND',
    );
    expectProblem(
      await post(unverified, `/demands/${demandId}/interests`, { message: '你好' }),
      409,
      'ORG_NOT_VERIFIED',
    );
    const noProfile = await registerAccount(t.http, Role.Expert);
    expectProblem(
      await post(noProfile, `/demands/${demandId}/interests`, { message: '你好' }),
      409,
      'EXPERT_PROFILE_REQUIRED',
    );
  });

  it('nobody reads or answers another party’s match', async () => {
    const demandId = await openDemand(owner);
    const { account: e } = await expert();
    const { account: stranger } = await expert();
    const otherEnterprise = await verifiedEnterprise(t, admin);
    const { body } = await post(e, `/demands/${demandId}/interests`, { message: '你好' }).expect(
      201,
    );

    for (const account of [stranger, otherEnterprise.account]) {
      expectProblem(await get(account, `/matches/${body.id}`), 404, 'NOT_FOUND');
      expectProblem(await post(account, `/matches/${body.id}/accept`), 404, 'NOT_FOUND');
      const list = await get(account, '/matches').expect(200);
      expect(list.body).toMatchObject({ items: [], total: 0 });
    }
    await get(admin, `/matches/${body.id}`).expect(200);
  });

  it('closed demands take no interests, and a close wins over a later accept', async () => {
    const demandId = await openDemand(owner);
    const { account: e } = await expert();
    const { account: late } = await expert();
    const { body } = await post(e, `/demands/${demandId}/interests`, { message: '你好' }).expect(
      201,
    );
    await post(owner, `/demands/${demandId}/close`, { reason: 'filled' }).expect(200);

    expectProblem(
      await post(late, `/demands/${demandId}/interests`, { message: '晚了吗' }),
      409,
      'DEMAND_NOT_OPEN',
    );
    expectProblem(await post(owner, `/matches/${body.id}/accept`), 409, 'DEMAND_NOT_OPEN');
  });

  it('the initiator may withdraw while pending, which frees the pair', async () => {
    const demandId = await openDemand(owner);
    const { account: e } = await expert();
    const { body } = await post(e, `/demands/${demandId}/interests`, { message: '你好' }).expect(
      201,
    );

    expectProblem(await post(owner, `/matches/${body.id}/withdraw`), 403, 'NOT_INITIATOR');
    const withdrawn = await post(e, `/matches/${body.id}/withdraw`).expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', version: 2 });
    expectProblem(
      await post(owner, `/matches/${body.id}/accept`),
      409,
      'INVALID_STATUS_TRANSITION',
    );
    await post(e, `/demands/${demandId}/interests`, { message: '重新表达' }).expect(201);
  });

  it('shows how reliably each party answers', async () => {
    const enterprise = await verifiedEnterprise(t, admin);
    const demandId = await openDemand(enterprise.account);
    const college = await verifiedCollege(t, admin);
    const interests: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { account } = await expert();
      const res = await post(account, `/demands/${demandId}/interests`, { message: '你好' });
      interests.push(res.body.id);
      if (i === 2) await post(account, `/matches/${res.body.id}/withdraw`).expect(200);
    }
    await post(enterprise.account, `/matches/${interests[0]}/accept`).expect(200);
    const invitation = await post(enterprise.account, `/demands/${demandId}/invitations`, {
      collegeId: college.org.id,
      message: '你好',
    }).expect(201);
    // Back-date the invitation so the college's answer takes a known time.
    await t.dataSource.query(
      `UPDATE connections SET created_at = now() - interval '3 hours' WHERE id = $1`,
      [invitation.body.id],
    );
    await post(college.account, `/matches/${invitation.body.id}/accept`).expect(200);

    const ent = await request(t.http)
      .get(`${API}/organizations/${enterprise.org.id}/responsiveness`)
      .expect(200);
    expect(ent.body).toMatchObject({ received: 2, responded: 1, responseRate: 0.5 });
    expect(ent.body.medianResponseHours).toBeGreaterThanOrEqual(0);
    const col = await request(t.http)
      .get(`${API}/organizations/${college.org.id}/responsiveness`)
      .expect(200);
    expect(col.body).toMatchObject({ received: 1, responded: 1, responseRate: 1 });
    expect(col.body.medianResponseHours).toBeCloseTo(3, 1);
    // The same figures are part of the public profiles.
    const entProfile = await request(t.http).get(`${API}/enterprises/${enterprise.org.id}`);
    expect(entProfile.body.responsiveness).toEqual(ent.body);
    const colProfile = await request(t.http).get(`${API}/colleges/${college.org.id}`);
    expect(colProfile.body.responsiveness).toEqual(col.body);

    const { expert: idle } = await expert();
    const none = await request(t.http).get(`${API}/experts/${idle.id}/responsiveness`).expect(200);
    expect(none.body).toEqual({
      received: 0,
      responded: 0,
      responseRate: null,
      medianResponseHours: null,
    });
    const idleProfile = await request(t.http).get(`${API}/experts/${idle.id}`).expect(200);
    expect(idleProfile.body.responsiveness).toEqual(none.body);
    const unverified = await registerAccount(t.http, Role.College);
    const org = await post(unverified, '/colleges', collegeBody()).expect(201);
    expectProblem(
      await request(t.http).get(`${API}/organizations/${org.body.id}/responsiveness`),
      404,
      'NOT_FOUND',
    );
  });
});
