import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createTestApp,
  demandBody,
  enterpriseBody,
  expectProblem,
  registerAccount,
  type TestApp,
  verifiedEnterprise,
} from './support';

describe('demand postings', () => {
  let t: TestApp;
  let admin: Account;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await createAdmin(t);
  });
  afterAll(() => t.close());

  it.each(['talent', 'rnd', 'training', 'teacher_practice'])(
    'a verified enterprise drafts, publishes and closes a %s demand',
    async (kind) => {
      const { account, org } = await verifiedEnterprise(t, admin);
      const draft = await request(t.http)
        .post(`${API}/demands`)
        .set(auth(account))
        .send(demandBody(kind))
        .expect(201);
      expect(draft.body).toMatchObject({
        status: 'draft',
        kind,
        organizationId: org.id,
        industryCode: '3042',
        district: '130302',
      });
      await request(t.http).get(`${API}/demands/${draft.body.id}`).expect(404);

      const open = await request(t.http)
        .post(`${API}/demands/${draft.body.id}/publish`)
        .set(auth(account))
        .expect(200);
      expect(open.body).toMatchObject({ status: 'open', publishedAt: expect.any(String) });
      const listed = await request(t.http)
        .get(`${API}/demands?kind=${kind}&organizationId=${org.id}`)
        .expect(200);
      expect(listed.body.items.map((d: { id: string }) => d.id)).toEqual([draft.body.id]);

      expectProblem(
        await request(t.http).post(`${API}/demands/${draft.body.id}/publish`).set(auth(account)),
        409,
        'INVALID_STATUS_TRANSITION',
      );
      const closed = await request(t.http)
        .post(`${API}/demands/${draft.body.id}/close`)
        .set(auth(account))
        .send({ reason: 'filled' })
        .expect(200);
      expect(closed.body).toMatchObject({ status: 'closed', closeReason: 'filled' });
      expectProblem(
        await request(t.http)
          .patch(`${API}/demands/${draft.body.id}`)
          .set(auth(account))
          .send({ title: '再次修改标题' }),
        409,
        'INVALID_STATUS_TRANSITION',
      );

      const events = await t.dataSource.query(
        'SELECT event_type FROM outbox_events WHERE aggregate_id = $1 ORDER BY id',
        [draft.body.id],
      );
      expect(events.map((e: { event_type: string }) => e.event_type)).toEqual([
        'demand.published',
        'demand.closed',
      ]);
    },
  );

  it('an unverified enterprise may draft but not publish (409 ORG_NOT_VERIFIED)', async () => {
    const account = await registerAccount(t.http, Role.Enterprise);
    await request(t.http)
      .post(`${API}/enterprises`)
      .set(auth(account))
      .send(enterpriseBody())
      .expect(201);
    const draft = await request(t.http)
      .post(`${API}/demands`)
      .set(auth(account))
      .send(demandBody('rnd'))
      .expect(201);
    expectProblem(
      await request(t.http).post(`${API}/demands/${draft.body.id}/publish`).set(auth(account)),
      409,
      'ORG_NOT_VERIFIED',
    );
    const row = await t.dataSource.query('SELECT status FROM demands WHERE id = $1', [
      draft.body.id,
    ]);
    expect(row[0].status).toBe('draft');
    const noOrg = await registerAccount(t.http, Role.Enterprise);
    expectProblem(
      await request(t.http).post(`${API}/demands`).set(auth(noOrg)).send(demandBody()),
      409,
      'ENTERPRISE_REQUIRED',
    );
  });

  it('checks the details against the kind', async () => {
    const { account } = await verifiedEnterprise(t, admin);
    const missing = expectProblem(
      await request(t.http)
        .post(`${API}/demands`)
        .set(auth(account))
        .send({ kind: 'talent', title: '招聘数控操作工' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(missing.errors?.map((e) => e.field)).toContain('talent');
    const wrongKind = expectProblem(
      await request(t.http)
        .post(`${API}/demands`)
        .set(auth(account))
        .send({
          ...demandBody('rnd'),
          talent: {
            type: 'hiring',
            headcount: 1,
            periodStart: '2027-01-01',
            periodEnd: '2027-02-01',
          },
        }),
      400,
      'VALIDATION_FAILED',
    );
    expect(wrongKind.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'talent', code: 'INVALID_ALLOWED_FOR_KIND' }),
      ]),
    );
    const budget = expectProblem(
      await request(t.http)
        .post(`${API}/demands`)
        .set(auth(account))
        .send(
          demandBody('rnd', {
            rnd: {
              problemType: 'technical_problem',
              budgetMin: 500,
              budgetMax: 100,
              ipTerms: 'shared',
            },
          }),
        ),
      400,
      'VALIDATION_FAILED',
    );
    expect(budget.errors?.map((e) => e.field)).toEqual(['rnd.budgetMax']);
    const past = await request(t.http)
      .post(`${API}/demands`)
      .set(auth(account))
      .send(demandBody('training', { deadline: '2020-01-01' }))
      .expect(201);
    expectProblem(
      await request(t.http).post(`${API}/demands/${past.body.id}/publish`).set(auth(account)),
      409,
      'DEADLINE_PASSED',
    );
  });

  it("nobody reads another enterprise's drafts or changes its demands", async () => {
    const a = await verifiedEnterprise(t, admin);
    const b = await verifiedEnterprise(t, admin);
    const draft = (
      await request(t.http)
        .post(`${API}/demands`)
        .set(auth(a.account))
        .send(demandBody())
        .expect(201)
    ).body;
    expectProblem(
      await request(t.http).get(`${API}/demands/${draft.id}`).set(auth(b.account)),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await request(t.http)
        .patch(`${API}/demands/${draft.id}`)
        .set(auth(b.account))
        .send({ title: '被别人改了标题' }),
      404,
      'NOT_FOUND',
    );
    await request(t.http)
      .post(`${API}/demands/${draft.id}/publish`)
      .set(auth(a.account))
      .expect(200);
    expectProblem(
      await request(t.http)
        .post(`${API}/demands/${draft.id}/close`)
        .set(auth(b.account))
        .send({ reason: 'withdrawn' }),
      403,
      'NOT_DEMAND_OWNER',
    );
    const mine = await request(t.http)
      .get(`${API}/demands?mine=true&status=open`)
      .set(auth(b.account))
      .expect(200);
    expect(mine.body.items.map((d: { id: string }) => d.id)).not.toContain(draft.id);
    expectProblem(
      await request(t.http).get(`${API}/demands?status=draft`),
      400,
      'VALIDATION_FAILED',
    );
    const after = (await request(t.http).get(`${API}/demands/${draft.id}`).expect(200)).body;
    expect(after).toMatchObject({ status: 'open', title: draft.title });
  });

  it('edits of an open demand are events; drafts can be deleted', async () => {
    const { account } = await verifiedEnterprise(t, admin);
    const d = (
      await request(t.http)
        .post(`${API}/demands`)
        .set(auth(account))
        .send(demandBody('talent'))
        .expect(201)
    ).body;
    await request(t.http).delete(`${API}/demands/${d.id}`).set(auth(account)).expect(204);
    await request(t.http).get(`${API}/demands/${d.id}`).set(auth(account)).expect(404);
    const e = (
      await request(t.http)
        .post(`${API}/demands`)
        .set(auth(account))
        .send(demandBody('talent'))
        .expect(201)
    ).body;
    await request(t.http).post(`${API}/demands/${e.id}/publish`).set(auth(account)).expect(200);
    expectProblem(
      await request(t.http)
        .patch(`${API}/demands/${e.id}`)
        .set(auth(account))
        .send({
          rnd: { problemType: 'technical_problem', budgetMin: 1, budgetMax: 2, ipTerms: 'shared' },
        }),
      400,
      'VALIDATION_FAILED',
    );
    const edited = await request(t.http)
      .patch(`${API}/demands/${e.id}`)
      .set(auth(account))
      .send({ title: '订单班: 工业机器人运维', skills: ['机械臂'] })
      .expect(200);
    expect(edited.body).toMatchObject({
      title: '订单班: 工业机器人运维',
      skills: ['机械臂'],
      version: 3,
    });
    // Fields left out of the PATCH keep their values (absent DTO fields must not blank them).
    expect(edited.body).toMatchObject({
      description: e.description,
      details: e.details,
      deadline: e.deadline,
    });
    const events = await t.dataSource.query(
      'SELECT event_type, aggregate_version FROM outbox_events WHERE aggregate_id = $1 ORDER BY id',
      [e.id],
    );
    expect(events).toEqual([
      { event_type: 'demand.published', aggregate_version: 2 },
      { event_type: 'demand.updated', aggregate_version: 3 },
    ]);
    expectProblem(
      await request(t.http).delete(`${API}/demands/${e.id}`).set(auth(account)),
      409,
      'NOT_A_DRAFT',
    );
  });
});
