import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { generateUscc } from '@app/reference';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createIsolatedRun,
  createOperator,
  createTestApp,
  demandBody,
  expectProblem,
  type IsolatedRun,
  type TestApp,
  verifiedCollege,
  verifiedEnterprise,
  withEnv,
} from './support';

const A = '130302';
const B = '130303';
/** This calendar year in the city: the practice year without a period. */
const YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4),
);

type Org = { account: Account; org: { id: string; name: string } };
type Row = Record<string, unknown>;
type Table = { key: string; rows: Row[]; columns: { key: string }[] };

/**
 * The cooperation section on a small city whose every figure is computed by hand. District A:
 * enterprise E1, college C1; district B: enterprise E2, college C2 (each college's yearly intake
 * is 120). "r" = reported by, "c" = confirmed by (no c: awaiting).
 *
 *   OC-A order_class E1+C1 2023-09-01..2026-06-30 running
 *        2024: enrolled 40, graduated 38, hired 30, retained 27, key posts 24  r C1, c E1
 *        2025: enrolled 42, graduated 40, hired 36, key posts 30               r C1
 *   OC-B order_class E2+C2 2024-09-01.. planned
 *        2025: enrolled 20, graduated 20, hired 10                             r E2, c C2
 *   IC   industry_college C1+E1 2022-09-01..2027-08-31 running
 *        2024: graduates 100, employed 95, in chain 60                         r C1, c E1
 *        2025: graduates 110, employed 99, in chain 70                         r C1
 *   RD-1 rnd_project E1+C1 2024-03-01..2024-12-31 completed, 2 teachers, budget 500,000
 *        total: costSaving 1,200,000                                           r E1, c C1
 *   RD-2 rnd_project E2+C2 2025-03-01.. planned, 1 teacher, budget 300,000
 *        2025: revenue 800,000                                                 r E2
 *   CP-1 competition city C1+E1 2025-05: 2025 participants 120, awards 12     r C1, c E1
 *   CP-2 competition province C2+E2 2025-10: 2025 participants 30, awards 5   r C2
 *   IN-1 incubation Base-1 C1+E1 2024-06-01.., founder of 2024:
 *        2025: jobs 5, loans 100,000                                           r C1, c E1
 *   IN-2 incubation Base-2 C2 2025-01-01.., founders of 2024 and 2023:
 *        2025: jobs 3, subsidies 20,000                                        r C2
 *   TP-1 teacher_practice T1 E1+C1 YEAR: days 45                               r C1, c E1
 *   TP-2 teacher_practice T2 E1+C1 YEAR: days 60                               r C1
 * Teachers: C1: T1 (双师型 valid, YEAR-03-01), T2 (valid, 2024-01-10), T3 (none);
 *           C2: T4 (expired, YEAR-02-01). Two-for-one in YEAR on E1's R&D demand:
 *           T1 20 days c E1; T4 30 days, awaiting.
 */
describe('the city’s cooperation statistics (insight)', () => {
  let isolated: IsolatedRun;
  let t: TestApp;
  let admin: Account;
  let operatorB: Account;
  let e1: Org;
  let e2: Org;
  let c1: Org;
  let c2: Org;

  const get = (account: Account, path: string) =>
    request(t.http).get(`${API}${path}`).set(auth(account));
  const post = (account: Account, path: string, body: object = {}) =>
    request(t.http).post(`${API}${path}`).set(auth(account)).send(body);

  const tableOf = (body: { tables: Table[] }, key: string) => {
    const table = body.tables.find((x) => x.key === key);
    if (!table) throw new Error(`no table ${key}`);
    return table;
  };
  const cooperation = async (query = '', account: Account = admin) =>
    (await get(account, `/stats/cooperation${query}`).expect(200)).body as {
      tables: Table[];
      filters: Record<string, string>;
      refreshedAt: string | null;
    };
  const rowsOf = async (key: string, query = '', account: Account = admin) =>
    tableOf(await cooperation(query, account), key).rows;

  /** A project registered by the admin, its outcomes reported (and confirmed) by the sides. */
  async function project(
    kind: string,
    title: string,
    partners: Org[],
    dates: { startDate: string; endDate?: string },
    details: object,
    outcomes: { period: string; figures: object; by: Org; confirmedBy?: Org }[],
    status: string[] = [],
  ): Promise<string> {
    const created = await post(admin, '/projects', {
      kind,
      title,
      ...dates,
      details,
      partners: { organizationIds: partners.map((p) => p.org.id) },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    for (const next of status) {
      await post(partners[0].account, `/projects/${id}/status`, { status: next }).expect(200);
    }
    for (const o of outcomes) {
      const reported = await post(o.by.account, `/projects/${id}/outcomes`, {
        period: o.period,
        figures: o.figures,
      });
      expect(reported.status).toBe(201);
      if (o.confirmedBy) {
        await post(
          o.confirmedBy.account,
          `/projects/${id}/outcomes/${reported.body.id}/confirm`,
        ).expect(200);
      }
    }
    return id;
  }

  async function teacher(college: Org, name: string, certification?: object): Promise<string> {
    const res = await post(college.account, `/colleges/${college.org.id}/teachers`, {
      name,
      majors: ['460305'],
      ...(certification ? { certification } : {}),
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  beforeAll(async () => {
    isolated = await createIsolatedRun('coop_stats');
    t = await withEnv(isolated.env, () => createTestApp());
    admin = await createAdmin(t);
    e1 = await verifiedEnterprise(t, admin, { district: A });
    e2 = await verifiedEnterprise(t, admin, {
      district: B,
      creditCode: generateUscc('coop-e2', B),
    });
    c1 = await verifiedCollege(t, admin, { district: A });
    c2 = await verifiedCollege(t, admin, { district: B });
    operatorB = await createOperator(t, admin, [B]);

    const orderClass = {
      majorCode: '460305',
      cohortYear: 2023,
      cohortSize: 40,
      curriculumCoDesigned: true,
    };
    await project(
      'order_class',
      'OC-A',
      [e1, c1],
      { startDate: '2023-09-01', endDate: '2026-06-30' },
      orderClass,
      [
        {
          period: '2024',
          figures: {
            enrolled: 40,
            graduated: 38,
            hiredByEnterprise: 30,
            retainedAfterOneYear: 27,
            inKeyPosts: 24,
          },
          by: c1,
          confirmedBy: e1,
        },
        {
          period: '2025',
          figures: { enrolled: 42, graduated: 40, hiredByEnterprise: 36, inKeyPosts: 30 },
          by: c1,
        },
      ],
      ['running'],
    );
    await project('order_class', 'OC-B', [e2, c2], { startDate: '2024-09-01' }, orderClass, [
      {
        period: '2025',
        figures: { enrolled: 20, graduated: 20, hiredByEnterprise: 10 },
        by: e2,
        confirmedBy: c2,
      },
    ]);
    await project(
      'industry_college',
      'IC',
      [c1, e1],
      { startDate: '2022-09-01', endDate: '2027-08-31' },
      {
        coDevelopedCourses: ['玻璃深加工工艺'],
        enterpriseTeachingHours: 320,
        teacherPracticeMonths: 24,
        trainingBases: 2,
      },
      [
        {
          period: '2024',
          figures: { graduates: 100, employed: 95, employedInChain: 60 },
          by: c1,
          confirmedBy: e1,
        },
        { period: '2025', figures: { graduates: 110, employed: 99, employedInChain: 70 }, by: c1 },
      ],
      ['running'],
    );
    const rnd = (teachers: number, budget: number) => ({
      problem: '钢化玻璃自爆率偏高',
      team: [
        ...Array.from({ length: teachers }, (_, i) => ({ name: `教师${i}`, role: 'teacher' })),
        { name: '工程师', role: 'engineer' },
      ],
      budget,
      deliverables: ['工艺改进方案'],
    });
    await project(
      'rnd_project',
      'RD-1',
      [e1, c1],
      { startDate: '2024-03-01', endDate: '2024-12-31' },
      rnd(2, 500_000),
      [{ period: 'total', figures: { costSaving: 1_200_000 }, by: e1, confirmedBy: c1 }],
      ['running', 'completed'],
    );
    await project('rnd_project', 'RD-2', [e2, c2], { startDate: '2025-03-01' }, rnd(1, 300_000), [
      { period: '2025', figures: { revenue: 800_000 }, by: e2 },
    ]);
    const competition = (level: string) => ({
      level,
      skill: '工业机器人系统运维',
      organiser: '市教育局',
      sponsors: [],
      judges: [],
      participants: 100,
    });
    await project(
      'competition',
      'CP-1',
      [c1, e1],
      { startDate: '2025-05-10', endDate: '2025-05-12' },
      competition('city'),
      [{ period: '2025', figures: { participants: 120, awards: 12 }, by: c1, confirmedBy: e1 }],
    );
    await project(
      'competition',
      'CP-2',
      [c2, e2],
      { startDate: '2025-10-01', endDate: '2025-10-03' },
      competition('province'),
      [{ period: '2025', figures: { participants: 30, awards: 5 }, by: c2 }],
    );
    const founder = (graduationYear: number) => ({
      name: '陈同学',
      college: '示范市职业技术学院',
      graduationYear,
    });
    await project(
      'incubation',
      'IN-1',
      [c1, e1],
      { startDate: '2024-06-01' },
      {
        base: 'Base-1',
        entity: '烘焙工作室',
        founders: [founder(2024)],
      },
      [{ period: '2025', figures: { jobsCreated: 5, loans: 100_000 }, by: c1, confirmedBy: e1 }],
    );
    await project(
      'incubation',
      'IN-2',
      [c2],
      { startDate: '2025-01-01' },
      {
        base: 'Base-2',
        entity: '电商工作室',
        founders: [founder(2024), founder(2023)],
      },
      [{ period: '2025', figures: { jobsCreated: 3, subsidies: 20_000 }, by: c2 }],
    );

    const t1 = await teacher(c1, '张老师', {
      level: 'intermediate',
      certifiedOn: `${YEAR}-03-01`,
      certifyingBody: '省教育厅',
      status: 'valid',
    });
    const t2 = await teacher(c1, '李老师', {
      level: 'senior',
      certifiedOn: '2024-01-10',
      certifyingBody: '市人社局',
      status: 'valid',
    });
    await teacher(c1, '王老师');
    const t4 = await teacher(c2, '赵老师', {
      level: 'junior',
      certifiedOn: `${YEAR}-02-01`,
      certifyingBody: '市人社局',
      status: 'expired',
    });
    const practice = (teacherId: string, name: string) => ({
      teacherName: name,
      teacherId,
      from: `${YEAR}-03-01`,
      to: `${YEAR}-04-30`,
      days: 60,
      tasks: ['参与钢化产线工艺改进'],
    });
    const span = { startDate: `${YEAR}-03-01`, endDate: `${YEAR}-04-30` };
    await project('teacher_practice', 'TP-1', [e1, c1], span, practice(t1, '张老师'), [
      { period: String(YEAR), figures: { daysConfirmed: 45 }, by: c1, confirmedBy: e1 },
    ]);
    await project('teacher_practice', 'TP-2', [e1, c1], span, practice(t2, '李老师'), [
      { period: String(YEAR), figures: { daysConfirmed: 60 }, by: c1 },
    ]);
    const demand = await post(e1.account, '/demands', demandBody('rnd', { district: A })).expect(
      201,
    );
    await post(e1.account, `/demands/${demand.body.id}/publish`).expect(200);
    const log = async (college: Org, teacherId: string, days: number) => {
      const res = await post(
        college.account,
        `/colleges/${college.org.id}/teachers/${teacherId}/practice-logs`,
        {
          demandId: demand.body.id,
          from: `${YEAR}-01-05`,
          to: `${YEAR}-02-28`,
          days,
          tasks: ['钢化炉温度曲线测试'],
        },
      );
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const confirmed = await log(c1, t1, 20);
    await post(e1.account, `/practice-logs/${confirmed}/confirm`).expect(200);
    await log(c2, t4, 30);
  });
  afterAll(async () => {
    await t?.close();
    await isolated?.drop();
  });

  it('counts projects by kind, with outcomes reported and confirmed', async () => {
    const body = await cooperation();
    expect(body.filters).toEqual({});
    expect(body.refreshedAt).toBeNull();
    expect(tableOf(body, 'overview').rows).toEqual([
      {
        code: 'order_class',
        kind: '订单班',
        projects: 2,
        running: 1,
        completed: 0,
        withOutcomes: 2,
        withConfirmedOutcomes: 2,
      },
      {
        code: 'industry_college',
        kind: '产业学院',
        projects: 1,
        running: 1,
        completed: 0,
        withOutcomes: 1,
        withConfirmedOutcomes: 1,
      },
      {
        code: 'rnd_project',
        kind: '技术攻关项目',
        projects: 2,
        running: 0,
        completed: 1,
        withOutcomes: 2,
        withConfirmedOutcomes: 1,
      },
      {
        code: 'teacher_practice',
        kind: '教师企业实践',
        projects: 2,
        running: 0,
        completed: 0,
        withOutcomes: 2,
        withConfirmedOutcomes: 1,
      },
      {
        code: 'part_time_teaching',
        kind: '企业兼职教师',
        projects: 0,
        running: 0,
        completed: 0,
        withOutcomes: 0,
        withConfirmedOutcomes: 0,
      },
      {
        code: 'competition',
        kind: '技能大赛',
        projects: 2,
        running: 0,
        completed: 0,
        withOutcomes: 2,
        withConfirmedOutcomes: 1,
      },
      {
        code: 'incubation',
        kind: '创业孵化',
        projects: 2,
        running: 0,
        completed: 0,
        withOutcomes: 2,
        withConfirmedOutcomes: 1,
      },
    ]);
  });

  it('sums order-class and industry-college figures, all and confirmed, rates from confirmed', async () => {
    const body = await cooperation();
    // OC-A: confirmed 2024 only → hire 30/38 = 78.9 %, retention 27/30 = 90 %, key posts 24/30.
    // OC-B: hire 10/20 = 50 %; no retention or key posts reported → no rate.
    // Total: hire 40/58 = 69.0 %; retention and key posts over OC-A 2024's 30 hires.
    expect(tableOf(body, 'orderClasses').rows).toEqual([
      {
        project: 'OC-A',
        projects: 1,
        outcomes: 2,
        outcomesConfirmed: 1,
        enrolled: 82,
        enrolledConfirmed: 40,
        graduated: 78,
        graduatedConfirmed: 38,
        hired: 66,
        hiredConfirmed: 30,
        hireRate: 78.9,
        retained: 27,
        retainedConfirmed: 27,
        retentionRate: 90,
        inKeyPosts: 54,
        inKeyPostsConfirmed: 24,
        keyPostRate: 80,
      },
      {
        project: 'OC-B',
        projects: 1,
        outcomes: 1,
        outcomesConfirmed: 1,
        enrolled: 20,
        enrolledConfirmed: 20,
        graduated: 20,
        graduatedConfirmed: 20,
        hired: 10,
        hiredConfirmed: 10,
        hireRate: 50,
        retained: 0,
        retainedConfirmed: 0,
        retentionRate: null,
        inKeyPosts: 0,
        inKeyPostsConfirmed: 0,
        keyPostRate: null,
      },
      {
        project: '合计',
        projects: 2,
        outcomes: 3,
        outcomesConfirmed: 2,
        enrolled: 102,
        enrolledConfirmed: 60,
        graduated: 98,
        graduatedConfirmed: 58,
        hired: 76,
        hiredConfirmed: 40,
        hireRate: 69,
        retained: 27,
        retainedConfirmed: 27,
        retentionRate: 90,
        inKeyPosts: 54,
        inKeyPostsConfirmed: 24,
        keyPostRate: 80,
      },
    ]);
    // Employment 95/100; chain 60/95 = 63.2 % (2025 awaits confirmation).
    const ic = tableOf(body, 'industryColleges').rows;
    expect(ic).toHaveLength(2);
    expect(ic[1]).toEqual({
      project: '合计',
      projects: 1,
      outcomes: 2,
      outcomesConfirmed: 1,
      graduates: 210,
      graduatesConfirmed: 100,
      employed: 194,
      employedConfirmed: 95,
      employmentRate: 95,
      employedInChain: 130,
      employedInChainConfirmed: 60,
      chainShare: 63.2,
    });
  });

  it('sums R&D, competitions by level and incubation by base, all and confirmed', async () => {
    const body = await cooperation();
    expect(tableOf(body, 'rnd').rows.at(-1)).toEqual({
      project: '合计',
      projects: 2,
      teachers: 3,
      budget: 800_000,
      outcomes: 2,
      outcomesConfirmed: 1,
      costSaving: 1_200_000,
      costSavingConfirmed: 1_200_000,
      revenue: 800_000,
      revenueConfirmed: 0,
    });
    const zero = {
      competitions: 0,
      outcomes: 0,
      outcomesConfirmed: 0,
      participants: 0,
      participantsConfirmed: 0,
      awards: 0,
      awardsConfirmed: 0,
    };
    expect(tableOf(body, 'competitions').rows).toEqual([
      { code: 'school', level: '校级', ...zero },
      {
        code: 'city',
        level: '市级',
        competitions: 1,
        outcomes: 1,
        outcomesConfirmed: 1,
        participants: 120,
        participantsConfirmed: 120,
        awards: 12,
        awardsConfirmed: 12,
      },
      {
        code: 'province',
        level: '省级',
        competitions: 1,
        outcomes: 1,
        outcomesConfirmed: 0,
        participants: 30,
        participantsConfirmed: 0,
        awards: 5,
        awardsConfirmed: 0,
      },
      { code: 'national', level: '国家级', ...zero },
      {
        code: null,
        level: '合计',
        competitions: 2,
        outcomes: 2,
        outcomesConfirmed: 1,
        participants: 150,
        participantsConfirmed: 120,
        awards: 17,
        awardsConfirmed: 12,
      },
    ]);
    expect(tableOf(body, 'incubation').rows).toEqual([
      {
        base: 'Base-1',
        entities: 1,
        outcomes: 1,
        outcomesConfirmed: 1,
        jobsCreated: 5,
        jobsCreatedConfirmed: 5,
        loans: 100_000,
        loansConfirmed: 100_000,
        subsidies: 0,
        subsidiesConfirmed: 0,
      },
      {
        base: 'Base-2',
        entities: 1,
        outcomes: 1,
        outcomesConfirmed: 0,
        jobsCreated: 3,
        jobsCreatedConfirmed: 0,
        loans: 0,
        loansConfirmed: 0,
        subsidies: 20_000,
        subsidiesConfirmed: 0,
      },
      {
        base: '合计',
        entities: 2,
        outcomes: 2,
        outcomesConfirmed: 1,
        jobsCreated: 8,
        jobsCreatedConfirmed: 5,
        loans: 100_000,
        loansConfirmed: 100_000,
        subsidies: 20_000,
        subsidiesConfirmed: 0,
      },
    ]);
    // Founders 2023: 1, 2024: 2, against 240 graduates (two colleges × 120): 0.4 %, 0.8 %.
    expect(tableOf(body, 'startUpRates').rows).toEqual([
      { year: 2023, founders: 1, graduates: 240, rate: 0.4 },
      { year: 2024, founders: 2, graduates: 240, rate: 0.8 },
    ]);
  });

  it('measures teachers against 60 confirmed days of this year, and counts 双师型', async () => {
    const rows = await rowsOf('teachers');
    const byCollege = Object.fromEntries(rows.map((r) => [r.college, r]));
    // C1: T1 45 + 20 confirmed = 65 (compliant); T2 60 awaiting; T3 none. Certified this year: T1.
    expect(byCollege[c1.org.name]).toEqual({
      college: c1.org.name,
      teachers: 3,
      practiceDays: 65,
      practiceDaysAwaiting: 60,
      compliant: 1,
      complianceRate: 33.3,
      short: 2,
      certified: 1,
    });
    // C2: T4 30 days awaiting; certification expired.
    expect(byCollege[c2.org.name]).toEqual({
      college: c2.org.name,
      teachers: 1,
      practiceDays: 0,
      practiceDaysAwaiting: 30,
      compliant: 0,
      complianceRate: 0,
      short: 1,
      certified: 0,
    });
    expect(rows.at(-1)).toEqual({
      college: '合计',
      teachers: 4,
      practiceDays: 65,
      practiceDaysAwaiting: 90,
      compliant: 1,
      complianceRate: 25,
      short: 3,
      certified: 1,
    });
    // 2024: no practice then; T2 certified in it.
    expect((await rowsOf('teachers', '?from=2024-01&to=2024-12')).at(-1)).toEqual({
      college: '合计',
      teachers: 4,
      practiceDays: 0,
      practiceDaysAwaiting: 0,
      compliant: 0,
      complianceRate: 0,
      short: 4,
      certified: 1,
    });
  });

  it('applies the period: year outcomes by year, projects and other outcomes by their dates', async () => {
    const query = '?from=2025-01&to=2025-12';
    const body = await cooperation(query);
    // RD-1 ended in 2024 (its total outcome goes with it); TP-1/TP-2 are of this year.
    expect(tableOf(body, 'overview').rows.filter((r) => r.projects !== 0)).toEqual([
      expect.objectContaining({
        code: 'order_class',
        projects: 2,
        withOutcomes: 2,
        withConfirmedOutcomes: 1,
      }),
      expect.objectContaining({
        code: 'industry_college',
        projects: 1,
        withOutcomes: 1,
        withConfirmedOutcomes: 0,
      }),
      expect.objectContaining({
        code: 'rnd_project',
        projects: 1,
        withOutcomes: 1,
        withConfirmedOutcomes: 0,
      }),
      expect.objectContaining({ code: 'competition', projects: 2 }),
      expect.objectContaining({ code: 'incubation', projects: 2 }),
    ]);
    // 2025 outcomes: OC-A awaiting, OC-B confirmed (hire 10/20).
    expect(tableOf(body, 'orderClasses').rows.at(-1)).toMatchObject({
      projects: 2,
      outcomes: 2,
      outcomesConfirmed: 1,
      enrolled: 62,
      enrolledConfirmed: 20,
      hired: 46,
      hiredConfirmed: 10,
      hireRate: 50,
      retentionRate: null,
      inKeyPosts: 30,
      keyPostRate: null,
    });
    expect(tableOf(body, 'rnd').rows.at(-1)).toMatchObject({
      projects: 1,
      teachers: 1,
      budget: 300_000,
      costSaving: 0,
      revenue: 800_000,
      revenueConfirmed: 0,
    });
    // 2024 only: RD-1's total outcome (its span), OC-A 2024; OC-B started then, nothing yet.
    const y2024 = await cooperation('?from=2024-01&to=2024-12');
    expect(tableOf(y2024, 'rnd').rows.at(-1)).toMatchObject({
      projects: 1,
      costSavingConfirmed: 1_200_000,
    });
    expect(tableOf(y2024, 'orderClasses').rows.map((r) => [r.project, r.outcomes])).toEqual([
      ['OC-A', 1],
      ['OC-B', 0],
      ['合计', 1],
    ]);
    expect(tableOf(y2024, 'startUpRates').rows).toEqual([
      { year: 2024, founders: 2, graduates: 240, rate: 0.8 },
    ]);
  });

  it('narrows to a district, a college and a project kind; ignores a demand kind', async () => {
    const b = await cooperation(`?district=${B}`);
    expect(tableOf(b, 'orderClasses').rows.map((r) => r.project)).toEqual(['OC-B', '合计']);
    expect(tableOf(b, 'incubation').rows.map((r) => r.base)).toEqual(['Base-2', '合计']);
    expect(tableOf(b, 'teachers').rows.at(-1)).toMatchObject({
      teachers: 1,
      practiceDaysAwaiting: 30,
    });
    // Founders of IN-2 (2023, 2024) against C2's 120.
    expect(tableOf(b, 'startUpRates').rows).toEqual([
      { year: 2023, founders: 1, graduates: 120, rate: 0.8 },
      { year: 2024, founders: 1, graduates: 120, rate: 0.8 },
    ]);
    const college = await cooperation(`?collegeId=${c1.org.id}`);
    expect(tableOf(college, 'rnd').rows.map((r) => r.project)).toEqual(['RD-1', '合计']);
    expect(tableOf(college, 'teachers').rows.at(-1)).toMatchObject({
      teachers: 3,
      practiceDays: 65,
    });

    const kind = await cooperation('?kind=order_class');
    expect(kind.filters).toEqual({ kind: 'order_class' });
    expect(tableOf(kind, 'overview').rows).toEqual([
      expect.objectContaining({ code: 'order_class', projects: 2 }),
    ]);
    expect(tableOf(kind, 'orderClasses').rows).toHaveLength(3);
    for (const key of [
      'industryColleges',
      'rnd',
      'teachers',
      'competitions',
      'incubation',
      'startUpRates',
    ]) {
      expect(tableOf(kind, key).rows).toEqual([]);
    }
    const demandKind = await cooperation('?kind=talent');
    expect(demandKind.filters).toEqual({});
    expect(tableOf(demandKind, 'overview').rows).toHaveLength(7);
  });

  it('shows an operator its districts only, and exports any table', async () => {
    const mine = await cooperation('', operatorB);
    expect(
      tableOf(mine, 'overview')
        .rows.filter((r) => r.projects !== 0)
        .map((r) => [r.code, r.projects]),
    ).toEqual([
      ['order_class', 1],
      ['rnd_project', 1],
      ['competition', 1],
      ['incubation', 1],
    ]);
    expectProblem(
      await get(operatorB, `/stats/cooperation?district=${A}`),
      403,
      'DISTRICT_NOT_GRANTED',
    );

    const csv = await get(
      admin,
      '/stats/cooperation/export?table=orderClasses&format=csv&from=2024-01',
    )
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF订单班培养成效,Order classes\r\n')).toBe(true);
    expect(text).toContain('企业录用（已确认） (人) Hired by the enterprise (confirmed)');
    expect(text).toMatch(/\r\nOC-B,1,1,1,20,20,20,20,10,10,50,0,0,,0,0,\r\n/);
  });
});
