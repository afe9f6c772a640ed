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
  enterpriseBody,
  expectProblem,
  registerAccount,
  type TestApp,
} from './support';

describe('organisations and their verification', () => {
  let t: TestApp;
  let admin: Account;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await createAdmin(t);
  });
  afterAll(() => t.close());

  it('an enterprise registers pending, hidden from the public until verified', async () => {
    const owner = await registerAccount(t.http, Role.Enterprise);
    const created = await request(t.http)
      .post(`${API}/enterprises`)
      .set(auth(owner))
      .send(enterpriseBody())
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'pending',
      kind: 'enterprise',
      creditCode: expect.any(String),
    });
    await request(t.http).get(`${API}/enterprises/${created.body.id}`).expect(404);
    await request(t.http).get(`${API}/enterprises/${created.body.id}`).set(auth(owner)).expect(200);

    await request(t.http)
      .post(`${API}/admin/organizations/${created.body.id}/verify`)
      .set(auth(admin))
      .expect(200);
    const pub = await request(t.http).get(`${API}/enterprises/${created.body.id}`).expect(200);
    expect(pub.body.status).toBe('verified');
    expect(pub.body).not.toHaveProperty('creditCode');
    const me = await request(t.http).get(`${API}/me`).set(auth(owner)).expect(200);
    expect(me.body.organization).toMatchObject({ id: created.body.id, status: 'verified' });
  });

  it('rejects a bad credit code with a field error, and a duplicate one with 409', async () => {
    const owner = await registerAccount(t.http, Role.Enterprise);
    const body = enterpriseBody();
    const badCheck = body.creditCode.slice(0, 17) + (body.creditCode[17] === '0' ? '1' : '0');
    const problem = expectProblem(
      await request(t.http)
        .post(`${API}/enterprises`)
        .set(auth(owner))
        .send({ ...body, creditCode: badCheck }),
      400,
      'VALIDATION_FAILED',
    );
    expect(problem.errors).toEqual([
      expect.objectContaining({ field: 'creditCode', code: 'INVALID_USCC' }),
    ]);
    await request(t.http).post(`${API}/enterprises`).set(auth(owner)).send(body).expect(201);
    const other = await registerAccount(t.http, Role.Enterprise);
    expectProblem(
      await request(t.http)
        .post(`${API}/enterprises`)
        .set(auth(other))
        .send(enterpriseBody({ creditCode: body.creditCode })),
      409,
      'CREDIT_CODE_TAKEN',
    );
    expectProblem(
      await request(t.http).post(`${API}/enterprises`).set(auth(owner)).send(enterpriseBody()),
      409,
      'ALREADY_MEMBER',
    );
  });

  it('validates industry and district codes', async () => {
    const owner = await registerAccount(t.http, Role.Enterprise);
    const res = await request(t.http)
      .post(`${API}/enterprises`)
      .set(auth(owner))
      .send(enterpriseBody({ industryCode: '9999', district: '110101' }));
    const problem = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['district', 'industryCode']);
  });

  it('a college gives the years it opened and closed each major, in order', async () => {
    const owner = await registerAccount(t.http, Role.College);
    const major = { code: '460305', name: '工业机器人技术', annualIntake: 120 };
    const nextYear = new Date().getUTCFullYear() + 1;
    const bad = await request(t.http)
      .post(`${API}/colleges`)
      .set(auth(owner))
      .send(
        collegeBody({
          majors: [
            { ...major, openedYear: 2024, closedYear: 2023 },
            { ...major, openedYear: 1949, annualGraduates: 100001 },
            { ...major, closedYear: nextYear + 1 },
          ],
        }),
      );
    const problem = expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(problem.errors?.map((e) => [e.field, e.code])).toEqual([
      ['majors.0.closedYear', 'YEARS_OUT_OF_ORDER'],
      ['majors.1.annualGraduates', 'INVALID_MAX'],
      ['majors.1.openedYear', 'INVALID_MIN'],
      ['majors.2.closedYear', 'INVALID_MAX'],
    ]);
    const majors = [
      { ...major, annualGraduates: 110, openedYear: 2010 },
      {
        code: '460303',
        name: '智能控制技术',
        annualIntake: 60,
        openedYear: 2015,
        closedYear: 2024,
      },
      { code: '460609', name: '无人机应用技术', annualIntake: 80, openedYear: nextYear },
    ];
    const created = await request(t.http)
      .post(`${API}/colleges`)
      .set(auth(owner))
      .send(collegeBody({ majors }))
      .expect(201);
    expect(created.body.majors).toEqual(majors);
    const read = await request(t.http)
      .get(`${API}/colleges/${created.body.id}`)
      .set(auth(owner))
      .expect(200);
    expect(read.body.majors).toEqual(majors);
  });

  it('rejection carries a reason the organisation sees; editing resubmits it', async () => {
    const owner = await registerAccount(t.http, Role.College);
    const college = await request(t.http)
      .post(`${API}/colleges`)
      .set(auth(owner))
      .send(collegeBody())
      .expect(201);
    expectProblem(
      await request(t.http)
        .post(`${API}/admin/organizations/${college.body.id}/reject`)
        .set(auth(admin))
        .send({}),
      400,
      'VALIDATION_FAILED',
    );
    await request(t.http)
      .post(`${API}/admin/organizations/${college.body.id}/reject`)
      .set(auth(admin))
      .send({ reason: '办学许可证信息缺失' })
      .expect(200);
    const seen = await request(t.http)
      .get(`${API}/colleges/${college.body.id}`)
      .set(auth(owner))
      .expect(200);
    expect(seen.body).toMatchObject({ status: 'rejected', rejectionReason: '办学许可证信息缺失' });
    const edited = await request(t.http)
      .patch(`${API}/colleges/${college.body.id}`)
      .set(auth(owner))
      .send({ studentCount: 3200 })
      .expect(200);
    expect(edited.body).toMatchObject({
      status: 'pending',
      rejectionReason: null,
      studentCount: 3200,
    });
  });

  it('verifies a batch, reporting each decision on its own', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const owner = await registerAccount(t.http, Role.Enterprise);
      ids.push(
        (
          await request(t.http)
            .post(`${API}/enterprises`)
            .set(auth(owner))
            .send(enterpriseBody())
            .expect(201)
        ).body.id,
      );
    }
    await request(t.http)
      .post(`${API}/admin/organizations/${ids[2]}/verify`)
      .set(auth(admin))
      .expect(200);
    const res = await request(t.http)
      .post(`${API}/admin/organizations/verifications`)
      .set(auth(admin))
      .send({
        decisions: [
          { organizationId: ids[0], decision: 'verify' },
          { organizationId: ids[1], decision: 'reject', reason: '信用代码与名称不符' },
          { organizationId: ids[2], decision: 'verify' },
        ],
      })
      .expect(200);
    expect(res.body).toEqual([
      { organizationId: ids[0], outcome: 'verified' },
      { organizationId: ids[1], outcome: 'rejected' },
      expect.objectContaining({
        organizationId: ids[2],
        outcome: 'failed',
        code: 'INVALID_STATUS_TRANSITION',
      }),
    ]);
    const queue = await request(t.http)
      .get(`${API}/admin/organizations?status=pending&pageSize=100`)
      .set(auth(admin))
      .expect(200);
    expect(queue.body.items.map((o: { id: string }) => o.id)).not.toContain(ids[0]);
  });

  it('members edit only their own organisation', async () => {
    const a = await registerAccount(t.http, Role.Enterprise);
    const b = await registerAccount(t.http, Role.Enterprise);
    const orgA = (
      await request(t.http)
        .post(`${API}/enterprises`)
        .set(auth(a))
        .send(enterpriseBody())
        .expect(201)
    ).body;
    await request(t.http)
      .post(`${API}/enterprises`)
      .set(auth(b))
      .send(enterpriseBody())
      .expect(201);
    // Pending: invisible to b, so 404; once verified: visible but not b's, so 403. Never a change.
    expectProblem(
      await request(t.http)
        .patch(`${API}/enterprises/${orgA.id}`)
        .set(auth(b))
        .send({ description: 'hacked' }),
      404,
      'NOT_FOUND',
    );
    await request(t.http)
      .post(`${API}/admin/organizations/${orgA.id}/verify`)
      .set(auth(admin))
      .expect(200);
    expectProblem(
      await request(t.http)
        .patch(`${API}/enterprises/${orgA.id}`)
        .set(auth(b))
        .send({ description: 'hacked' }),
      403,
      'NOT_ORGANIZATION_MEMBER',
    );
    expect(
      (await request(t.http).get(`${API}/enterprises/${orgA.id}`).expect(200)).body.description,
    ).not.toBe('hacked');
    // A college account cannot touch enterprises at all.
    const college = await registerAccount(t.http, Role.College);
    expectProblem(
      await request(t.http)
        .patch(`${API}/enterprises/${orgA.id}`)
        .set(auth(college))
        .send({ description: 'x' }),
      403,
      'ROLE_FORBIDDEN',
    );
  });

  it('lists verified organisations with filters and capped pages', async () => {
    const owner = await registerAccount(t.http, Role.Enterprise);
    const org = (
      await request(t.http)
        .post(`${API}/enterprises`)
        .set(auth(owner))
        .send(enterpriseBody({ industryCode: '3491', district: '130324' }))
        .expect(201)
    ).body;
    await request(t.http)
      .post(`${API}/admin/organizations/${org.id}/verify`)
      .set(auth(admin))
      .expect(200);
    const bySection = await request(t.http)
      .get(`${API}/enterprises?industry=C&district=130324&pageSize=100`)
      .expect(200);
    expect(bySection.body.items.map((o: { id: string }) => o.id)).toContain(org.id);
    const byDivision = await request(t.http)
      .get(`${API}/enterprises?industry=34&district=130324`)
      .expect(200);
    expect(byDivision.body.items.map((o: { id: string }) => o.id)).toContain(org.id);
    const other = await request(t.http)
      .get(`${API}/enterprises?industry=14&district=130324`)
      .expect(200);
    expect(other.body.items.map((o: { id: string }) => o.id)).not.toContain(org.id);
    const pendingForPublic = await request(t.http)
      .get(`${API}/enterprises?status=pending`)
      .expect(200);
    expect(
      pendingForPublic.body.items.every((o: { status: string }) => o.status === 'verified'),
    ).toBe(true);
  });
});
