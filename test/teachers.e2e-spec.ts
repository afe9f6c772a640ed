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
  demandBody,
  eventually,
  expectProblem,
  registerAccount,
  startWorker,
  type TestApp,
  verifiedCollege,
  verifiedEnterprise,
} from './support';

type Org = { account: Account; org: { id: string; name: string } };

/** This calendar year in the city (the ledger's default year). */
const YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4),
);

describe('teachers, the practice ledger and two-for-one (programmes)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: Account;
  let enterprise: Org;
  let college: Org;
  let outsider: Org;
  let collegeMember: Account;
  /** 张老师 (材料工程技术), 李老师 (工业机器人技术), 王老师 (材料工程技术). */
  const ids: Record<'zhang' | 'li' | 'wang', string> = { zhang: '', li: '', wang: '' };
  let rndDemandId: string;
  let trainingDemandId: string;

  const post = (account: Account, path: string, body: object = {}) =>
    request(t.http).post(`${API}${path}`).set(auth(account)).send(body);
  const get = (account: Account, path: string) =>
    request(t.http).get(`${API}${path}`).set(auth(account));

  /** A teacher_practice project of the enterprise and the college, its outcome confirmed or not. */
  async function practice(
    teacherId: string,
    name: string,
    period: string,
    daysConfirmed: number,
    confirm: boolean,
  ): Promise<void> {
    const project = await post(college.account, '/projects', {
      kind: 'teacher_practice',
      title: `${name}企业实践`,
      partners: { organizationIds: [enterprise.org.id, college.org.id] },
      details: {
        teacherName: name,
        teacherId,
        from: `${period}-07-01`,
        to: `${period}-08-31`,
        days: 60,
        tasks: ['参与钢化产线工艺改进'],
      },
    });
    expect(project.status).toBe(201);
    const outcome = await post(college.account, `/projects/${project.body.id}/outcomes`, {
      period,
      figures: { daysConfirmed },
    });
    expect(outcome.status).toBe(201);
    if (confirm) {
      await post(
        enterprise.account,
        `/projects/${project.body.id}/outcomes/${outcome.body.id}/confirm`,
      ).expect(200);
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    // The enterprise is asked to confirm logged days (notifications).
    worker = await startWorker();
    admin = await createAdmin(t);
    enterprise = await verifiedEnterprise(t, admin);
    college = await verifiedCollege(t, admin);
    outsider = await verifiedEnterprise(t, admin);
    collegeMember = await registerAccount(t.http, Role.College);
    await t.dataSource.query(
      `INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, 'member')`,
      [college.org.id, collegeMember.id],
    );
    const rnd = await post(enterprise.account, '/demands', demandBody('rnd')).expect(201);
    await post(enterprise.account, `/demands/${rnd.body.id}/publish`).expect(200);
    rndDemandId = rnd.body.id;
    const training = await post(enterprise.account, '/demands', demandBody('training')).expect(201);
    await post(enterprise.account, `/demands/${training.body.id}/publish`).expect(200);
    trainingDemandId = training.body.id;
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('a college manager adds teachers with 双师型 certification; outsiders see the public parts', async () => {
    const zhang = await post(college.account, `/colleges/${college.org.id}/teachers`, {
      name: '张老师',
      majors: ['430601'],
      userId: collegeMember.id,
      certification: {
        level: 'intermediate',
        certifiedOn: '2024-06-30',
        certifyingBody: '省教育厅',
        status: 'valid',
      },
      trainings: [
        {
          title: '光伏玻璃深加工师资培训',
          provider: '国家级职业教育师资培训基地',
          from: '2025-07-10',
          to: '2025-07-20',
          hours: 40,
        },
      ],
    });
    expect(zhang.status).toBe(201);
    expect(zhang.body).toMatchObject({
      name: '张老师',
      collegeId: college.org.id,
      majors: [{ code: '430601', name: '材料工程技术' }],
      userId: collegeMember.id,
      expertId: null,
      dualQualified: { level: 'intermediate', status: 'valid' },
      certification: { certifyingBody: '省教育厅', certifiedOn: '2024-06-30' },
      access: 'member',
    });
    ids.zhang = zhang.body.id;
    const li = await post(college.account, `/colleges/${college.org.id}/teachers`, {
      name: '李老师',
      majors: ['460305'],
      certification: {
        level: 'senior',
        certifiedOn: '2023-12-01',
        certifyingBody: '市人社局',
        status: 'valid',
      },
    }).expect(201);
    ids.li = li.body.id;
    const wang = await post(college.account, `/colleges/${college.org.id}/teachers`, {
      name: '王老师',
      majors: ['430601'],
    }).expect(201);
    ids.wang = wang.body.id;

    const audit = await t.dataSource.query(
      `SELECT action, actor_id, details->>'level' AS level FROM audit_entries
        WHERE target_id = ANY($1) ORDER BY level`,
      [[ids.zhang, ids.li, ids.wang]],
    );
    expect(audit).toEqual([
      {
        action: 'teacher.certification_recorded',
        actor_id: college.account.id,
        level: 'intermediate',
      },
      { action: 'teacher.certification_recorded', actor_id: college.account.id, level: 'senior' },
    ]);

    // Anyone: names, majors and the 双师型 level and status; never links, bodies or trainings.
    const seen = await get(outsider.account, `/colleges/${college.org.id}/teachers`).expect(200);
    expect(seen.body.map((x: { name: string }) => x.name).sort()).toEqual(
      ['张老师', '李老师', '王老师'].sort(),
    );
    const publicZhang = seen.body.find((x: { id: string }) => x.id === ids.zhang);
    expect(publicZhang).toEqual({
      id: ids.zhang,
      collegeId: college.org.id,
      name: '张老师',
      majors: [{ code: '430601', name: '材料工程技术' }],
      dualQualified: { level: 'intermediate', status: 'valid' },
      access: 'public',
    });
    const anonymous = await request(t.http)
      .get(`${API}/colleges/${college.org.id}/teachers/${ids.zhang}`)
      .expect(200);
    expect(anonymous.body.trainings).toBeUndefined();
    const mine = await get(collegeMember, `/colleges/${college.org.id}/teachers/${ids.zhang}`);
    expect(mine.body).toMatchObject({ access: 'member', trainings: [{ hours: 40 }] });

    // Writing: outsiders find no such college; plain members need the manager role.
    expectProblem(
      await post(outsider.account, `/colleges/${college.org.id}/teachers`, {
        name: '赵老师',
        majors: [],
      }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await post(collegeMember, `/colleges/${college.org.id}/teachers`, {
        name: '赵老师',
        majors: [],
      }),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );
    expectProblem(
      await request(t.http)
        .patch(`${API}/colleges/${college.org.id}/teachers/${ids.wang}`)
        .set(auth(outsider.account))
        .send({ name: '王某' }),
      404,
      'NOT_FOUND',
    );
    // An enterprise is not a college.
    expectProblem(
      await get(enterprise.account, `/colleges/${enterprise.org.id}/teachers`),
      404,
      'NOT_FOUND',
    );
  });

  it('refuses bad teachers with 400 and the fields named', async () => {
    const bad = expectProblem(
      await post(college.account, `/colleges/${college.org.id}/teachers`, {
        name: '',
        majors: ['999999'],
        userId: 'not-a-uuid',
        certification: {
          level: 'galaxy',
          certifiedOn: '2024-02-30',
          certifyingBody: '省教育厅',
          status: 'valid',
        },
      }),
      400,
      'VALIDATION_FAILED',
    );
    const fields = [...new Set(bad.errors?.map((e) => e.field))].sort();
    expect(fields).toEqual(
      expect.arrayContaining([
        'certification.certifiedOn',
        'certification.level',
        'name',
        'userId',
      ]),
    );
    expect(fields.some((f) => f.startsWith('majors'))).toBe(true);

    const stranger = await registerAccount(t.http, Role.College);
    const notMember = expectProblem(
      await post(college.account, `/colleges/${college.org.id}/teachers`, {
        name: '赵老师',
        majors: ['430601'],
        userId: stranger.id,
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(notMember.errors).toEqual([
      expect.objectContaining({ field: 'userId', code: 'NOT_COLLEGE_MEMBER' }),
    ]);
    const training = expectProblem(
      await post(college.account, `/colleges/${college.org.id}/teachers`, {
        name: '赵老师',
        majors: ['430601'],
        trainings: [
          { title: '培训', provider: '基地', from: '2025-07-20', to: '2025-07-10', hours: 8 },
        ],
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(training.errors?.[0]).toMatchObject({ field: 'trainings', code: 'DATES_OUT_OF_ORDER' });
  });

  it('counts confirmed teacher_practice outcomes of the year; the short list is right', async () => {
    // 张: 45 confirmed this year. 李: 60 confirmed this year, plus 30 only reported (not counted).
    // 王: 60 confirmed last year only.
    await practice(ids.zhang, '张老师', String(YEAR), 45, true);
    await practice(ids.li, '李老师', String(YEAR), 60, true);
    await practice(ids.wang, '王老师', String(YEAR - 1), 60, true);
    await practice(ids.wang, '王老师', String(YEAR), 30, false);

    const ledger = await get(college.account, `/colleges/${college.org.id}/practice?year=${YEAR}`);
    expect(ledger.status).toBe(200);
    expect(ledger.body.required).toBe(60);
    const byName = Object.fromEntries(
      ledger.body.teachers.map(
        (r: { name: string; days: number; owed: number; short: boolean }) => [
          r.name,
          { days: r.days, owed: r.owed, short: r.short },
        ],
      ),
    );
    expect(byName).toEqual({
      张老师: { days: 45, owed: 15, short: true },
      李老师: { days: 60, owed: 0, short: false },
      王老师: { days: 0, owed: 60, short: true },
    });
    expect(ledger.body.short).toEqual([
      { teacherId: ids.wang, name: '王老师', days: 0, owed: 60 },
      { teacherId: ids.zhang, name: '张老师', days: 45, owed: 15 },
    ]);
    // Last year: only 王's 60 days.
    const last = await get(
      college.account,
      `/colleges/${college.org.id}/practice?year=${YEAR - 1}`,
    );
    expect(last.body.short.map((s: { name: string }) => s.name).sort()).toEqual(
      ['张老师', '李老师'].sort(),
    );
    // Members read it; outsiders and bad years do not.
    await get(collegeMember, `/colleges/${college.org.id}/practice`).expect(200);
    expectProblem(
      await get(outsider.account, `/colleges/${college.org.id}/practice`),
      404,
      'NOT_FOUND',
    );
    const badYear = expectProblem(
      await get(college.account, `/colleges/${college.org.id}/practice?year=abc`),
      400,
      'VALIDATION_FAILED',
    );
    expect(badYear.errors?.[0]).toMatchObject({ field: 'year' });
  });

  it('offers open R&D demands in their field to the teachers still short', async () => {
    const res = await get(college.account, `/colleges/${college.org.id}/practice/offers`);
    expect(res.status).toBe(200);
    const offers = res.body.offers as {
      teacherId: string;
      owed: number;
      demands: { id: string }[];
    }[];
    const of = (id: string) => offers.find((o) => o.teacherId === id);
    // The demand is in industry 3042 (glass): division 30, where 材料工程技术 leads.
    expect(of(ids.zhang)?.owed).toBe(15);
    expect(of(ids.zhang)?.demands.map((d) => d.id)).toContain(rndDemandId);
    expect(of(ids.wang)?.demands.map((d) => d.id)).toContain(rndDemandId);
    expect(of(ids.wang)?.demands.map((d) => d.id)).not.toContain(trainingDemandId);
    // 李 is not short: no offer.
    expect(of(ids.li)).toBeUndefined();
    expectProblem(
      await get(outsider.account, `/colleges/${college.org.id}/practice/offers`),
      404,
      'NOT_FOUND',
    );
  });

  it('two-for-one days, once confirmed by the enterprise, count in the ledger', async () => {
    const path = `/colleges/${college.org.id}/teachers/${ids.zhang}/practice-logs`;
    const body = {
      demandId: rndDemandId,
      from: `${YEAR}-09-01`,
      to: `${YEAR}-09-20`,
      days: 15,
      tasks: ['钢化炉温度曲线测试', '自爆率数据分析'],
    };
    // Refusals first.
    const order = expectProblem(
      await post(college.account, path, { ...body, to: `${YEAR}-08-01` }),
      400,
      'VALIDATION_FAILED',
    );
    expect(order.errors?.[0]).toMatchObject({ field: 'to', code: 'DATES_OUT_OF_ORDER' });
    const range = expectProblem(
      await post(college.account, path, { ...body, to: `${YEAR}-09-10` }),
      400,
      'VALIDATION_FAILED',
    );
    expect(range.errors?.[0]).toMatchObject({ field: 'days', code: 'EXCEEDS_DATES' });
    const tooMany = expectProblem(
      await post(college.account, path, { ...body, days: 400, tasks: 'x' }),
      400,
      'VALIDATION_FAILED',
    );
    expect([...new Set(tooMany.errors?.map((e) => e.field))].sort()).toEqual(['days', 'tasks']);
    const kind = expectProblem(
      await post(college.account, path, { ...body, demandId: trainingDemandId }),
      400,
      'VALIDATION_FAILED',
    );
    expect(kind.errors?.[0]).toMatchObject({ field: 'demandId', code: 'NOT_AN_RND_DEMAND' });
    expectProblem(await post(outsider.account, path, body), 404, 'NOT_FOUND');
    expectProblem(await post(collegeMember, path, body), 403, 'ORGANIZATION_ROLE_REQUIRED');

    const logged = await post(college.account, path, body);
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({
      teacherId: ids.zhang,
      enterpriseId: enterprise.org.id,
      status: 'reported',
      days: 15,
      confirmedAt: null,
    });
    const logId = logged.body.id as string;
    // Not counted before the confirmation.
    const before = await get(college.account, `/colleges/${college.org.id}/practice?year=${YEAR}`);
    expect(before.body.short.map((s: { name: string }) => s.name)).toEqual(['王老师', '张老师']);

    // The enterprise is asked to confirm, in its members' inboxes.
    const asked = await eventually(async () => {
      const res = await get(enterprise.account, '/notifications?pageSize=100').expect(200);
      return (res.body.items as { kind: string; link: { id: string } | null }[]).find(
        (n) => n.kind === 'confirmation.requested' && n.link?.id === logId,
      );
    }, 20_000);
    expect(asked).toMatchObject({
      title: { 'zh-CN': '待确认：张老师的企业实践15天' },
      link: { type: 'practice_log', id: logId },
    });
    const told = await get(college.account, '/notifications?pageSize=100').expect(200);
    expect(
      (told.body.items as { kind: string }[]).filter((n) => n.kind === 'confirmation.requested'),
    ).toEqual([]);

    // The enterprise sees it to confirm; third parties cannot confirm, nor can the college.
    const waiting = await get(enterprise.account, '/practice-logs').expect(200);
    expect(waiting.body.map((l: { id: string }) => l.id)).toContain(logId);
    const theirs = await get(outsider.account, '/practice-logs').expect(200);
    expect(theirs.body.map((l: { id: string }) => l.id)).not.toContain(logId);
    expectProblem(
      await post(outsider.account, `/practice-logs/${logId}/confirm`),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await post(college.account, `/practice-logs/${logId}/confirm`),
      403,
      'OTHER_SIDE_MUST_CONFIRM',
    );
    const confirmed = await post(enterprise.account, `/practice-logs/${logId}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({
      status: 'confirmed',
      confirmedBy: enterprise.account.id,
      confirmedAt: expect.any(String),
    });
    expectProblem(
      await post(enterprise.account, `/practice-logs/${logId}/confirm`),
      409,
      'PRACTICE_ALREADY_CONFIRMED',
    );
    const audit = await t.dataSource.query(
      `SELECT action, actor_id FROM audit_entries WHERE target_id = $1 ORDER BY id`,
      [logId],
    );
    expect(audit).toEqual([
      { action: 'teacher.practice_logged', actor_id: college.account.id },
      { action: 'teacher.practice_confirmed', actor_id: enterprise.account.id },
    ]);

    // 张: 45 (project) + 15 (two-for-one) = 60: no longer short; 王 still owes 60.
    const after = await get(college.account, `/colleges/${college.org.id}/practice?year=${YEAR}`);
    expect(
      after.body.teachers.find((r: { teacherId: string }) => r.teacherId === ids.zhang),
    ).toMatchObject({
      projectDays: 45,
      twoForOneDays: 15,
      days: 60,
      owed: 0,
      short: false,
    });
    expect(after.body.short).toEqual([{ teacherId: ids.wang, name: '王老师', days: 0, owed: 60 }]);
    const offers = await get(college.account, `/colleges/${college.org.id}/practice/offers`);
    expect(offers.body.offers.map((o: { teacherId: string }) => o.teacherId)).toEqual([ids.wang]);
    // The college's logs: members only.
    const logs = await get(collegeMember, `/colleges/${college.org.id}/practice/logs?year=${YEAR}`);
    expect(logs.body.map((l: { id: string }) => l.id)).toEqual([logId]);
    expectProblem(
      await get(outsider.account, `/colleges/${college.org.id}/practice/logs`),
      404,
      'NOT_FOUND',
    );
  });

  it('removes a teacher (managers), with their logs', async () => {
    const extra = await post(college.account, `/colleges/${college.org.id}/teachers`, {
      name: '赵老师',
      majors: ['430601'],
    }).expect(201);
    const del = (account: Account) =>
      request(t.http)
        .delete(`${API}/colleges/${college.org.id}/teachers/${extra.body.id}`)
        .set(auth(account));
    expectProblem(await del(outsider.account), 404, 'NOT_FOUND');
    await del(college.account).expect(204);
    expectProblem(
      await get(college.account, `/colleges/${college.org.id}/teachers/${extra.body.id}`),
      404,
      'NOT_FOUND',
    );
  });
});
