import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { OverdueMilestones } from '@app/programmes';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createTestApp,
  demandBody,
  eventually,
  expectProblem,
  expertWithProfile,
  registerAccount,
  startWorker,
  type TestApp,
  verifiedCollege,
  verifiedEnterprise,
} from './support';

type Org = { account: Account; org: { id: string; name: string } };

/** Valid details of each kind (the partners below fit every kind). */
const DETAILS: Record<string, Record<string, unknown>> = {
  order_class: {
    majorCode: '460305',
    cohortYear: 2024,
    cohortSize: 40,
    curriculumCoDesigned: true,
  },
  industry_college: {
    coDevelopedCourses: ['玻璃深加工工艺', '智能产线运维'],
    enterpriseTeachingHours: 320,
    teacherPracticeMonths: 24,
    trainingBases: 2,
  },
  rnd_project: {
    problem: '钢化玻璃自爆率偏高',
    team: [
      { name: '王老师', role: 'teacher' },
      { name: '李工', role: 'engineer' },
    ],
    budget: 500000,
    deliverables: ['工艺参数优化报告'],
    patents: 1,
  },
  teacher_practice: {
    teacherName: '张老师',
    from: '2025-07-01',
    to: '2025-08-31',
    days: 60,
    tasks: ['参与产线工艺改进'],
  },
  part_time_teaching: {
    teacherName: '刘工',
    teacherType: 'engineer',
    courses: ['工业机器人编程'],
    hoursPerTerm: 64,
  },
  competition: {
    level: 'city',
    skill: '工业机器人系统运维',
    organiser: '市教育局',
    sponsors: ['某某智能装备有限公司'],
    judges: ['陈工'],
    participants: 120,
    awards: 12,
  },
  incubation: {
    base: '市大学生创业孵化基地',
    entity: '麦香烘焙工作室',
    founders: [{ name: '陈同学', college: '市职业技术学院', graduationYear: 2023 }],
  },
};

/** One wrong field per kind, and the field the problem must name. */
const INVALID: Record<string, [Record<string, unknown>, string]> = {
  order_class: [{ ...DETAILS.order_class, majorCode: '999999' }, 'details.majorCode'],
  industry_college: [
    { ...DETAILS.industry_college, enterpriseTeachingHours: -1 },
    'details.enterpriseTeachingHours',
  ],
  rnd_project: [{ ...DETAILS.rnd_project, budget: -100 }, 'details.budget'],
  teacher_practice: [{ ...DETAILS.teacher_practice, to: '2025-06-01' }, 'details.to'],
  part_time_teaching: [{ ...DETAILS.part_time_teaching, courses: [] }, 'details.courses'],
  competition: [{ ...DETAILS.competition, level: 'galaxy' }, 'details.level'],
  incubation: [
    { ...DETAILS.incubation, founders: [{ name: '陈同学', college: '市职院' }] },
    'details.founders.0.graduationYear',
  ],
};

describe('cooperation projects (programmes)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: Account;
  let enterprise: Org;
  let college: Org;
  let outsider: Org;
  let member: Account;
  let connectedId: string;
  let pendingId: string;

  const post = (account: Account, path: string, body: object = {}) =>
    request(t.http).post(`${API}${path}`).set(auth(account)).send(body);
  const get = (account: Account, path: string) =>
    request(t.http).get(`${API}${path}`).set(auth(account));

  const orderClass = (overrides: Record<string, unknown> = {}) => ({
    kind: 'order_class',
    title: '烘焙订单班（2024级）',
    description: '企业与学院共同制定课程，毕业后直接入职门店',
    startDate: '2024-09-01',
    endDate: '2027-06-30',
    details: DETAILS.order_class,
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    worker = await startWorker();
    admin = await createAdmin(t);
    enterprise = await verifiedEnterprise(t, admin);
    college = await verifiedCollege(t, admin);
    outsider = await verifiedEnterprise(t, admin);
    member = await registerAccount(t.http, Role.Enterprise);
    await t.dataSource.query(
      `INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, 'member')`,
      [enterprise.org.id, member.id],
    );

    const draft = await post(enterprise.account, '/demands', demandBody('talent')).expect(201);
    await post(enterprise.account, `/demands/${draft.body.id}/publish`).expect(200);
    const invitation = await post(enterprise.account, `/demands/${draft.body.id}/invitations`, {
      collegeId: college.org.id,
      message: '订单班合作',
    }).expect(201);
    await post(college.account, `/matches/${invitation.body.id}/accept`).expect(200);
    connectedId = invitation.body.id;

    const other = await verifiedCollege(t, admin);
    const pending = await post(enterprise.account, `/demands/${draft.body.id}/invitations`, {
      collegeId: other.org.id,
      message: '订单班合作',
    }).expect(201);
    pendingId = pending.body.id;
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  async function fromMatch(): Promise<string> {
    const res = await post(enterprise.account, `/matches/${connectedId}/projects`, orderClass());
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  it('starts from a connected match with both sides as partners, only for their managers', async () => {
    const res = await post(enterprise.account, `/matches/${connectedId}/projects`, orderClass());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'order_class',
      title: '烘焙订单班（2024级）',
      status: 'planned',
      access: 'partner',
      connectionId: connectedId,
      details: DETAILS.order_class,
      statusHistory: [{ from: null, to: 'planned', changedBy: enterprise.account.id }],
    });
    expect(res.body.partners).toEqual(
      expect.arrayContaining([
        { type: 'enterprise', id: enterprise.org.id, name: enterprise.org.name },
        { type: 'college', id: college.org.id, name: college.org.name },
      ]),
    );
    // The other side may start one too, also through POST /projects with the match.
    await post(college.account, '/projects', { ...orderClass(), connectionId: connectedId }).expect(
      201,
    );

    const events = await t.dataSource.query(
      `SELECT event_type, payload FROM outbox_events WHERE aggregate_id = $1`,
      [res.body.id],
    );
    expect(events).toEqual([
      expect.objectContaining({
        event_type: 'project.created',
        payload: expect.objectContaining({ kind: 'order_class', connectionId: connectedId }),
      }),
    ]);
    const audit = await t.dataSource.query(
      `SELECT action, actor_id FROM audit_entries WHERE target_id = $1`,
      [res.body.id],
    );
    expect(audit).toEqual([{ action: 'project.created', actor_id: enterprise.account.id }]);

    expectProblem(
      await post(enterprise.account, `/matches/${pendingId}/projects`, orderClass()),
      409,
      'CONNECTION_NOT_CONNECTED',
    );
    expectProblem(
      await post(outsider.account, `/matches/${connectedId}/projects`, orderClass()),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await post(member, `/matches/${connectedId}/projects`, orderClass()),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );
    expectProblem(
      await post(member, '/projects', {
        ...orderClass(),
        partners: { organizationIds: [enterprise.org.id, college.org.id] },
      }),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );
  });

  it('is registered directly by an admin or a manager of a partner organisation', async () => {
    const partners = { organizationIds: [college.org.id, enterprise.org.id] };
    const byCollege = await post(college.account, '/projects', {
      kind: 'industry_college',
      title: '玻璃产业学院',
      details: DETAILS.industry_college,
      partners,
    });
    expect(byCollege.status).toBe(201);
    expect(byCollege.body).toMatchObject({ kind: 'industry_college', connectionId: null });

    const byAdmin = await post(admin, '/projects', {
      kind: 'competition',
      title: '市职业院校技能大赛',
      details: DETAILS.competition,
      partners: { organizationIds: [college.org.id] },
    });
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.body.access).toBe('admin');

    const notOurs = expectProblem(
      await post(outsider.account, '/projects', {
        kind: 'industry_college',
        title: '玻璃产业学院',
        details: DETAILS.industry_college,
        partners,
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(notOurs.errors).toEqual([
      expect.objectContaining({
        field: 'partners.organizationIds',
        code: 'OWN_ORGANIZATION_REQUIRED',
      }),
    ]);
    const misfit = expectProblem(
      await post(enterprise.account, '/projects', {
        kind: 'industry_college',
        title: '只有企业的产业学院',
        details: DETAILS.industry_college,
        partners: { organizationIds: [enterprise.org.id] },
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(misfit.errors?.[0]).toMatchObject({ field: 'partners', code: 'PARTNERS_DO_NOT_FIT' });
    const dates = expectProblem(
      await post(enterprise.account, '/projects', {
        ...orderClass({ startDate: '2025-09-01', endDate: '2025-01-01' }),
        partners,
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(dates.errors?.[0]).toMatchObject({ field: 'endDate', code: 'DATES_OUT_OF_ORDER' });
  });

  it('validates the details of each of the seven kinds', async () => {
    const { expert } = await expertWithProfile(t.http);
    const partners = {
      organizationIds: [enterprise.org.id, college.org.id],
      expertIds: [expert.id],
    };
    for (const kind of Object.keys(DETAILS)) {
      // An industry college has exactly one college: the same partners fit every kind.
      const ok = await post(admin, '/projects', {
        kind,
        title: `项目 ${kind}`,
        details: DETAILS[kind],
        partners,
      });
      expect({ kind, status: ok.status }).toEqual({ kind, status: 201 });
      expect(ok.body.details).toEqual(DETAILS[kind]);

      const [details, field] = INVALID[kind];
      const bad = expectProblem(
        await post(admin, '/projects', { kind, title: `项目 ${kind}`, details, partners }),
        400,
        'VALIDATION_FAILED',
      );
      // One entry per failed constraint of the field.
      const fields = [...new Set(bad.errors?.map((e) => e.field))];
      expect({ kind, fields }).toEqual({ kind, fields: [field] });
    }
    const unknown = expectProblem(
      await post(admin, '/projects', {
        kind: 'order_class',
        title: '未知字段',
        details: { ...DETAILS.order_class, salary: 1 },
        partners,
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(unknown.errors?.[0]).toMatchObject({ field: 'details.salary', code: 'UNKNOWN_FIELD' });
  });

  it('outcomes are entered by one side and confirmed by the other; contradictions are 400', async () => {
    const id = await fromMatch();
    const cohort = {
      enrolled: 40,
      graduated: 38,
      hiredByEnterprise: 35,
      retainedAfterOneYear: 30,
      inKeyPosts: 32,
      startingSalary: 5200,
    };
    const reported = await post(enterprise.account, `/projects/${id}/outcomes`, {
      period: '2024',
      figures: cohort,
    });
    expect(reported.status).toBe(201);
    expect(reported.body).toMatchObject({
      period: '2024',
      figures: cohort,
      status: 'reported',
      reportedBySide: `organization:${enterprise.org.id}`,
      reportedBy: enterprise.account.id,
      reportedAt: expect.any(String),
      confirmedAt: null,
    });
    const outcomeId = reported.body.id as string;
    // The other side is asked to confirm; the side that reported is not.
    const askedOf = async (account: Account) => {
      const res = await get(account, '/notifications?pageSize=100').expect(200);
      return (res.body.items as { kind: string; data: { outcomeId?: string } }[]).filter(
        (n) => n.kind === 'confirmation.requested' && n.data.outcomeId === outcomeId,
      );
    };
    const [asked] = await eventually(async () => {
      const found = await askedOf(college.account);
      return found.length > 0 ? found : undefined;
    }, 20_000);
    expect(asked).toMatchObject({
      title: {
        'zh-CN': `待确认：${(await get(college.account, `/projects/${id}`)).body.title}2024年度成果数据`,
      },
      link: { type: 'project', id },
    });
    expect(await askedOf(enterprise.account)).toEqual([]);
    expect(await askedOf(outsider.account)).toEqual([]);
    expectProblem(
      await post(enterprise.account, `/projects/${id}/outcomes/${outcomeId}/confirm`),
      403,
      'OTHER_SIDE_MUST_CONFIRM',
    );
    expectProblem(
      await post(member, `/projects/${id}/outcomes/${outcomeId}/confirm`),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );
    const confirmed = await post(college.account, `/projects/${id}/outcomes/${outcomeId}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({
      status: 'confirmed',
      confirmedBySide: `organization:${college.org.id}`,
      confirmedBy: college.account.id,
      confirmedAt: expect.any(String),
    });
    expectProblem(
      await post(college.account, `/projects/${id}/outcomes/${outcomeId}/confirm`),
      409,
      'OUTCOME_ALREADY_CONFIRMED',
    );

    // A change after confirmation needs a new confirmation.
    const changed = await post(college.account, `/projects/${id}/outcomes`, {
      period: '2024',
      figures: { ...cohort, hiredByEnterprise: 36 },
    }).expect(201);
    expect(changed.body).toMatchObject({
      id: outcomeId,
      status: 'reported',
      reportedBySide: `organization:${college.org.id}`,
      confirmedAt: null,
      confirmedBy: null,
    });
    await post(enterprise.account, `/projects/${id}/outcomes/${outcomeId}/confirm`).expect(200);
    const listed = await get(member, `/projects/${id}/outcomes`).expect(200);
    expect(listed.body).toEqual([
      expect.objectContaining({
        id: outcomeId,
        status: 'confirmed',
        figures: { ...cohort, hiredByEnterprise: 36 },
      }),
    ]);

    const events = await t.dataSource.query(
      `SELECT event_type FROM outbox_events WHERE aggregate_id = $1 ORDER BY id`,
      [outcomeId],
    );
    expect(events.map((e: { event_type: string }) => e.event_type)).toEqual([
      'outcome.reported',
      'outcome.confirmed',
      'outcome.reported',
      'outcome.confirmed',
    ]);
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_entries WHERE target_id = $1 ORDER BY occurred_at, id`,
      [outcomeId],
    );
    expect(audit.map((a: { action: string }) => a.action).sort()).toEqual([
      'project.outcome_confirmed',
      'project.outcome_confirmed',
      'project.outcome_reported',
      'project.outcome_reported',
    ]);

    const contradictions: [Record<string, unknown>, string[]][] = [
      [{ ...cohort, hiredByEnterprise: 39 }, ['figures.hiredByEnterprise']],
      [{ ...cohort, inKeyPosts: 36 }, ['figures.inKeyPosts']],
      [{ ...cohort, startingSalary: -1 }, ['figures.startingSalary']],
      [{ ...cohort, graduated: 41, hiredByEnterprise: 35 }, ['figures.graduated']],
    ];
    for (const [figures, fields] of contradictions) {
      const problem = expectProblem(
        await post(enterprise.account, `/projects/${id}/outcomes`, { period: '2025', figures }),
        400,
        'VALIDATION_FAILED',
      );
      expect(problem.errors?.map((e) => e.field)).toEqual(fields);
    }

    const chain = await post(college.account, '/projects', {
      kind: 'industry_college',
      title: '玻璃产业学院',
      details: DETAILS.industry_college,
      partners: { organizationIds: [college.org.id, enterprise.org.id] },
    }).expect(201);
    const chainProblem = expectProblem(
      await post(college.account, `/projects/${chain.body.id}/outcomes`, {
        period: '2024',
        figures: { graduates: 100, employed: 95, employedInChain: 96 },
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(chainProblem.errors).toEqual([
      expect.objectContaining({ field: 'figures.employedInChain', code: 'EXCEEDS_EMPLOYED' }),
    ]);
    expectProblem(
      await post(college.account, `/projects/${chain.body.id}/outcomes`, {
        period: '2024',
        figures: { graduates: 100, employed: 101, employedInChain: 70 },
      }),
      400,
      'VALIDATION_FAILED',
    );
    await post(college.account, `/projects/${chain.body.id}/outcomes`, {
      period: '2024',
      figures: { graduates: 100, employed: 95, employedInChain: 70, averageStartingSalary: 4800 },
    }).expect(201);
  });

  it('a third party sees the public parts only and changes nothing', async () => {
    const id = await fromMatch();
    await post(enterprise.account, `/projects/${id}/outcomes`, {
      period: '2024',
      figures: { enrolled: 40, graduated: 38, hiredByEnterprise: 35 },
    }).expect(201);
    await post(enterprise.account, `/projects/${id}/milestones`, {
      title: '完成课程标准共建',
      ownerUserId: college.account.id,
      dueDate: '2030-01-01',
    }).expect(201);

    for (const viewer of [outsider.account, undefined]) {
      const req = request(t.http).get(`${API}/projects/${id}`);
      const res = await (viewer ? req.set(auth(viewer)) : req).expect(200);
      expect(res.body).toMatchObject({
        id,
        kind: 'order_class',
        status: 'planned',
        access: 'public',
      });
      expect(res.body.partners).toHaveLength(2);
      for (const key of ['details', 'outcomes', 'milestones', 'statusHistory', 'description']) {
        expect(res.body[key]).toBeUndefined();
      }
      expect(JSON.stringify(res.body)).not.toContain('hiredByEnterprise');
    }
    const o = outsider.account;
    expectProblem(await get(o, `/projects/${id}/outcomes`), 404, 'NOT_FOUND');
    expectProblem(
      await post(o, `/projects/${id}/outcomes`, {
        period: '2025',
        figures: { enrolled: 1, graduated: 1, hiredByEnterprise: 1 },
      }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await post(o, `/projects/${id}/status`, { status: 'running' }), 404, 'NOT_FOUND');
    expectProblem(
      await post(o, `/projects/${id}/milestones`, {
        title: '偷偷加的',
        ownerUserId: o.id,
        dueDate: '2030-01-01',
      }),
      404,
      'NOT_FOUND',
    );
    const partnerView = await get(member, `/projects/${id}`).expect(200);
    expect(partnerView.body.access).toBe('partner');
    expect(partnerView.body.outcomes).toHaveLength(1);
    expectProblem(
      await post(member, `/projects/${id}/status`, { status: 'running' }),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );
    expectProblem(await get(o, `/projects/00000000-0000-4000-8000-000000000000`), 404, 'NOT_FOUND');
  });

  it('lists the caller’s projects (admins: all), by kind and status', async () => {
    const id = await fromMatch();
    const mine = await get(member, '/projects?kind=order_class&pageSize=100').expect(200);
    expect(mine.body.total).toBeGreaterThanOrEqual(1);
    const ids = (mine.body.items as { id: string; kind: string; access: string }[]).map((p) => {
      expect(p).toMatchObject({ kind: 'order_class', access: 'partner' });
      expect(p).not.toHaveProperty('details');
      return p.id;
    });
    expect(ids).toContain(id);
    const running = await get(college.account, '/projects?status=completed&pageSize=100');
    expect((running.body.items as { id: string }[]).map((p) => p.id)).not.toContain(id);
    const theirs = await get(outsider.account, '/projects').expect(200);
    expect(theirs.body).toMatchObject({ items: [], total: 0 });
    const all = await get(admin, '/projects?pageSize=100').expect(200);
    expect(all.body.total).toBeGreaterThanOrEqual(mine.body.total);
    expectProblem(await get(member, '/projects?kind=spaceship'), 400, 'VALIDATION_FAILED');

    // A partner's profile shows its projects' public parts to anyone, signed in or not.
    const profile = await request(t.http)
      .get(`${API}/projects`)
      .query({ organizationId: college.org.id, pageSize: 100 })
      .expect(200);
    const shown = (profile.body.items as { id: string; access: string }[]).find((p) => p.id === id);
    expect(shown).toMatchObject({ access: 'public' });
    expect(shown).not.toHaveProperty('details');
    expect((await request(t.http).get(`${API}/projects`).expect(200)).body.total).toBe(0);
    expectProblem(
      await request(t.http).get(`${API}/projects`).query({ organizationId: 'not-a-uuid' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('moves planned → running → completed, and stopping needs a reason', async () => {
    const id = await fromMatch();
    await post(college.account, `/projects/${id}/status`, { status: 'running' }).expect(200);
    expectProblem(
      await post(college.account, `/projects/${id}/status`, { status: 'running' }),
      409,
      'INVALID_STATUS_TRANSITION',
    );
    const noReason = expectProblem(
      await post(enterprise.account, `/projects/${id}/status`, { status: 'stopped' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(noReason.errors?.[0]).toMatchObject({ field: 'reason', code: 'REQUIRED' });
    const stopped = await post(enterprise.account, `/projects/${id}/status`, {
      status: 'stopped',
      reason: '企业经营调整，暂停招生',
    }).expect(200);
    expect(stopped.body).toMatchObject({ status: 'stopped', stopReason: '企业经营调整，暂停招生' });
    expect(stopped.body.statusHistory).toEqual([
      expect.objectContaining({ from: null, to: 'planned', changedBy: enterprise.account.id }),
      expect.objectContaining({ from: 'planned', to: 'running', changedBy: college.account.id }),
      expect.objectContaining({
        from: 'running',
        to: 'stopped',
        reason: '企业经营调整，暂停招生',
        changedBy: enterprise.account.id,
        changedAt: expect.any(String),
      }),
    ]);
    expectProblem(
      await post(enterprise.account, `/projects/${id}/status`, { status: 'completed' }),
      409,
      'INVALID_STATUS_TRANSITION',
    );

    const other = await fromMatch();
    await post(enterprise.account, `/projects/${other}/status`, { status: 'running' }).expect(200);
    await post(admin, `/projects/${other}/status`, { status: 'completed' }).expect(200);
    const events = await t.dataSource.query(
      `SELECT event_type, payload->>'status' AS status FROM outbox_events WHERE aggregate_id = $1 ORDER BY id`,
      [other],
    );
    expect(events).toEqual([
      { event_type: 'project.created', status: 'planned' },
      { event_type: 'project.status_changed', status: 'running' },
      { event_type: 'project.status_changed', status: 'completed' },
    ]);
  });

  it('a partner manager corrects a project; members, outsiders, stale versions and closed projects cannot', async () => {
    const id = await fromMatch();
    const patch = (account: Account, body: object) =>
      request(t.http).patch(`${API}/projects/${id}`).set(auth(account)).send(body);
    const before = (await get(enterprise.account, `/projects/${id}`).expect(200)).body;
    expectProblem(
      await patch(member, { title: '成员改名', version: before.version }),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );
    expectProblem(
      await patch(outsider.account, { title: '外人改名', version: before.version }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await patch(college.account, { title: '旧版本', version: before.version + 5 }),
      409,
      'VERSION_CONFLICT',
    );
    const badDetails = expectProblem(
      await patch(college.account, { details: { cohortYear: 'x' }, version: before.version }),
      400,
      'VALIDATION_FAILED',
    );
    expect(badDetails.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining(['details.cohortYear']),
    );
    expectProblem(
      await patch(college.account, {
        startDate: '2026-09-01',
        endDate: '2026-01-01',
        version: before.version,
      }),
      400,
      'VALIDATION_FAILED',
    );
    const edited = await patch(college.account, {
      title: '光伏玻璃订单班（2026级）',
      details: { ...before.details, cohortSize: 50 },
      version: before.version,
    }).expect(200);
    expect(edited.body).toMatchObject({
      title: '光伏玻璃订单班（2026级）',
      version: before.version + 1,
      details: expect.objectContaining({ cohortSize: 50 }),
    });
    await post(enterprise.account, `/projects/${id}/status`, { status: 'running' }).expect(200);
    await post(enterprise.account, `/projects/${id}/status`, { status: 'completed' }).expect(200);
    const done = (await get(enterprise.account, `/projects/${id}`).expect(200)).body;
    expectProblem(
      await patch(enterprise.account, { title: '事后修改', version: done.version }),
      409,
      'PROJECT_CLOSED',
    );
  });

  it('an overdue milestone notifies its owner and the other side (fake clock)', async () => {
    const id = await fromMatch();
    const bad = expectProblem(
      await post(enterprise.account, `/projects/${id}/milestones`, {
        title: '外人负责',
        ownerUserId: outsider.account.id,
        dueDate: '2026-01-10',
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.[0]).toMatchObject({ field: 'ownerUserId', code: 'NOT_A_PARTNER' });
    const milestone = await post(enterprise.account, `/projects/${id}/milestones`, {
      title: '完成首批学员招募',
      ownerUserId: college.account.id,
      dueDate: '2026-01-10',
    }).expect(201);
    const done = await post(enterprise.account, `/projects/${id}/milestones`, {
      title: '签订合作协议',
      ownerUserId: enterprise.account.id,
      dueDate: '2026-01-05',
    }).expect(201);
    await post(enterprise.account, `/projects/${id}/milestones/${done.body.id}/complete`).expect(
      200,
    );

    const check = t.app.get(OverdueMilestones);
    const overdueEvents = () =>
      t.dataSource.query(
        `SELECT payload FROM outbox_events WHERE event_type = 'milestone.overdue' AND aggregate_id = $1`,
        [milestone.body.id],
      );
    // Due on 10 January (Asia/Shanghai): still in time that day, overdue from the 11th.
    await check.check(new Date('2026-01-10T15:00:00Z'));
    expect(await overdueEvents()).toEqual([]);
    const report = await check.check(new Date('2026-01-10T16:30:00Z'));
    expect(report.today).toBe('2026-01-11');
    const events = await overdueEvents();
    expect(events).toEqual([
      {
        payload: expect.objectContaining({
          projectId: id,
          milestoneId: milestone.body.id,
          dueDate: '2026-01-10',
          ownerUserId: college.account.id,
          organizationIds: expect.arrayContaining([enterprise.org.id, college.org.id]),
        }),
      },
    ]);
    // Once per milestone; the completed one never.
    await check.check(new Date('2026-01-12T02:00:00Z'));
    expect(await overdueEvents()).toHaveLength(1);
    const completedEvents = await t.dataSource.query(
      `SELECT 1 FROM outbox_events WHERE event_type = 'milestone.overdue' AND aggregate_id = $1`,
      [done.body.id],
    );
    expect(completedEvents).toEqual([]);

    for (const account of [college.account, enterprise.account, member]) {
      const found = await eventually(async () => {
        const res = await get(account, '/notifications?pageSize=100').expect(200);
        const items = (res.body.items as { kind: string; data: { milestoneId?: string } }[]).filter(
          (n) => n.kind === 'milestone.overdue' && n.data.milestoneId === milestone.body.id,
        );
        return items.length > 0 ? items : undefined;
      }, 20_000);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        title: { 'zh-CN': '合作项目里程碑已逾期：完成首批学员招募' },
        link: { type: 'project', id },
      });
    }
    const strangers = await get(outsider.account, '/notifications?pageSize=100').expect(200);
    expect(
      (strangers.body.items as { kind: string }[]).filter((n) => n.kind === 'milestone.overdue'),
    ).toEqual([]);

    const view = await get(college.account, `/projects/${id}`).expect(200);
    expect(view.body.milestones).toEqual([
      expect.objectContaining({ id: done.body.id, completedBy: enterprise.account.id }),
      expect.objectContaining({ id: milestone.body.id, overdue: true, completedAt: null }),
    ]);
  });

  it('appears in search with its public parts only, and follows its state and partners', async () => {
    const search = async (query: Record<string, string>) =>
      (
        await request(t.http)
          .get(`${API}/search`)
          .query({ type: 'projects', ...query })
          .expect(200)
      ).body as { items: ({ id: string } & Record<string, unknown>)[] };
    const hidden = await expertWithProfile(t.http, { isPublic: false, name: '隐身专家' });
    const created = await post(college.account, '/projects', {
      kind: 'rnd_project',
      title: '镀膜玻璃节能工艺攻关',
      description: '内部说明：预算分三期拨付',
      details: DETAILS.rnd_project,
      partners: {
        organizationIds: [college.org.id, enterprise.org.id],
        expertIds: [hidden.expert.id],
      },
    }).expect(201);
    const id = created.body.id as string;
    const hit = await eventually(
      async () => (await search({ q: '镀膜玻璃' })).items.find((h) => h.id === id),
      15_000,
    );
    expect(hit).toMatchObject({
      kind: 'rnd_project',
      status: 'planned',
      title: '镀膜玻璃节能工艺攻关',
      partnerNames: [enterprise.org.name, college.org.name],
    });
    // Neither the description, the figures of the details nor a hidden expert's name.
    const text = JSON.stringify(hit);
    for (const secret of ['预算分三期', '500000', '钢化玻璃自爆率', '隐身专家', hidden.expert.id])
      expect(text).not.toContain(secret);

    // Found by a partner's name and filtered by partner, kind and state.
    await eventually(
      async () =>
        (await search({ q: enterprise.org.name })).items.some((h) => h.id === id)
          ? true
          : undefined,
      15_000,
    );
    const filtered = await search({
      partnerId: enterprise.org.id,
      kind: 'rnd_project',
      status: 'planned',
    });
    expect(filtered.items.map((h) => h.id)).toContain(id);
    expect((await search({ partnerId: outsider.org.id })).items.map((h) => h.id)).not.toContain(id);

    await post(college.account, `/projects/${id}/status`, { status: 'running' }).expect(200);
    await eventually(
      async () =>
        (await search({ status: 'running', partnerId: college.org.id })).items.some(
          (h) => h.id === id,
        )
          ? true
          : undefined,
      15_000,
    );
    // A partner's change reaches its projects' documents: renamed, it is checked again and
    // unnamed meanwhile; verified, it is named anew.
    const renamed = `${enterprise.org.name}集团`;
    await request(t.http)
      .patch(`${API}/enterprises/${enterprise.org.id}`)
      .set(auth(enterprise.account))
      .send({ name: renamed })
      .expect(200);
    const partnerNames = async () =>
      (await search({ q: '镀膜玻璃' })).items.find((h) => h.id === id)?.partnerNames as
        string[] | undefined;
    await eventually(
      async () => ((await partnerNames())?.join() === college.org.name ? true : undefined),
      15_000,
    );
    await post(admin, `/admin/organizations/${enterprise.org.id}/verify`).expect(200);
    await eventually(
      async () =>
        (await partnerNames())?.join() === [renamed, college.org.name].join() ? true : undefined,
      15_000,
    );
    expectProblem(
      await request(t.http).get(`${API}/search`).query({ type: 'projects', status: 'paused' }),
      400,
      'VALIDATION_FAILED',
    );
  });
});
