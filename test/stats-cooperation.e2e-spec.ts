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
  /** A table's rows as arrays of values, in the table's column order. */
  const values = (body: { tables: Table[] }, key: string) => {
    const table = tableOf(body, key);
    return table.rows.map((row) => table.columns.map((c) => row[c.key]));
  };

  /** A project registered by the admin, its outcomes reported (and confirmed) by the sides. */
  async function project(
    kind: string,
    title: string,
    partners: Org[],
    [startDate, endDate]: [string, string?],
    details: object,
    outcomes: [period: string, figures: object, by: Org, confirmedBy?: Org][],
    status: string[] = [],
  ): Promise<void> {
    const organizationIds = partners.map((p) => p.org.id);
    const created = await post(admin, '/projects', {
      ...{ kind, title, startDate, endDate, details, partners: { organizationIds } },
    });
    expect(created.status).toBe(201);
    const path = `/projects/${created.body.id}`;
    for (const next of status) {
      await post(partners[0].account, `${path}/status`, { status: next }).expect(200);
    }
    for (const [period, figures, by, confirmedBy] of outcomes) {
      const reported = await post(by.account, `${path}/outcomes`, { period, figures });
      expect(reported.status).toBe(201);
      if (confirmedBy) {
        await post(confirmedBy.account, `${path}/outcomes/${reported.body.id}/confirm`).expect(200);
      }
    }
  }

  async function teacher(college: Org, name: string, certification?: [string, string]) {
    const res = await post(college.account, `/colleges/${college.org.id}/teachers`, {
      name,
      majors: ['460305'],
      ...(certification && {
        certification: {
          level: 'intermediate',
          certifiedOn: certification[0],
          certifyingBody: '省教育厅',
          status: certification[1],
        },
      }),
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  // Figures of each kind, in the order of the comment above.
  const oc = (enrolled: number, graduated: number, hired: number, key?: number, kept?: number) => ({
    enrolled,
    graduated,
    hiredByEnterprise: hired,
    ...(key !== undefined && { inKeyPosts: key }),
    ...(kept !== undefined && { retainedAfterOneYear: kept }),
  });
  const ic = (graduates: number, employed: number, employedInChain: number) => ({
    graduates,
    employed,
    employedInChain,
  });
  const rnd = (teachers: number, budget: number) => ({
    problem: '钢化玻璃自爆率偏高',
    team: [
      ...Array.from({ length: teachers }, (_, i) => ({ name: `教师${i}`, role: 'teacher' })),
      { name: '工程师', role: 'engineer' },
    ],
    budget,
    deliverables: ['工艺改进方案'],
  });
  const competition = (level: string) => ({
    ...{ level, skill: '工业机器人系统运维', organiser: '市教育局' },
    ...{ sponsors: [], judges: [], participants: 100 },
  });
  const incubation = (base: string, years: number[]) => ({
    base,
    entity: '烘焙工作室',
    founders: years.map((graduationYear) => ({
      name: '陈同学',
      college: '某学院',
      graduationYear,
    })),
  });
  const practice = (teacherId: string) => ({
    ...{ teacherName: '张老师', teacherId, from: `${YEAR}-03-01`, to: `${YEAR}-04-30` },
    ...{ days: 60, tasks: ['参与钢化产线工艺改进'] },
  });

  beforeAll(async () => {
    isolated = await createIsolatedRun('coop_stats');
    t = await withEnv(isolated.env, () => createTestApp());
    admin = await createAdmin(t);
    e1 = await verifiedEnterprise(t, admin, { district: A });
    e2 = await verifiedEnterprise(t, admin, { district: B, creditCode: generateUscc('coop', B) });
    c1 = await verifiedCollege(t, admin, { district: A });
    c2 = await verifiedCollege(t, admin, { district: B });
    operatorB = await createOperator(t, admin, [B]);

    const cohort = { majorCode: '460305', cohortYear: 2023, cohortSize: 40 };
    const orderClass = { ...cohort, curriculumCoDesigned: true };
    const outcomesA: [string, object, Org, Org?][] = [
      ['2024', oc(40, 38, 30, 24, 27), c1, e1],
      ['2025', oc(42, 40, 36, 30), c1],
    ];
    await project(
      'order_class',
      'OC-A',
      [e1, c1],
      ['2023-09-01', '2026-06-30'],
      orderClass,
      outcomesA,
      ['running'],
    );
    await project('order_class', 'OC-B', [e2, c2], ['2024-09-01'], orderClass, [
      ['2025', oc(20, 20, 10), e2, c2],
    ]);
    const college = {
      ...{ coDevelopedCourses: ['玻璃深加工工艺'], enterpriseTeachingHours: 320 },
      ...{ teacherPracticeMonths: 24, trainingBases: 2 },
    };
    const outcomesIc: [string, object, Org, Org?][] = [
      ['2024', ic(100, 95, 60), c1, e1],
      ['2025', ic(110, 99, 70), c1],
    ];
    await project(
      'industry_college',
      'IC',
      [c1, e1],
      ['2022-09-01', '2027-08-31'],
      college,
      outcomesIc,
      ['running'],
    );
    await project(
      'rnd_project',
      'RD-1',
      [e1, c1],
      ['2024-03-01', '2024-12-31'],
      rnd(2, 500_000),
      [['total', { costSaving: 1_200_000 }, e1, c1]],
      ['running', 'completed'],
    );
    await project('rnd_project', 'RD-2', [e2, c2], ['2025-03-01'], rnd(1, 300_000), [
      ['2025', { revenue: 800_000 }, e2],
    ]);
    await project(
      'competition',
      'CP-1',
      [c1, e1],
      ['2025-05-10', '2025-05-12'],
      competition('city'),
      [['2025', { participants: 120, awards: 12 }, c1, e1]],
    );
    await project(
      'competition',
      'CP-2',
      [c2, e2],
      ['2025-10-01', '2025-10-03'],
      competition('province'),
      [['2025', { participants: 30, awards: 5 }, c2]],
    );
    await project('incubation', 'IN-1', [c1, e1], ['2024-06-01'], incubation('Base-1', [2024]), [
      ['2025', { jobsCreated: 5, loans: 100_000 }, c1, e1],
    ]);
    await project('incubation', 'IN-2', [c2], ['2025-01-01'], incubation('Base-2', [2024, 2023]), [
      ['2025', { jobsCreated: 3, subsidies: 20_000 }, c2],
    ]);

    const t1 = await teacher(c1, '张老师', [`${YEAR}-03-01`, 'valid']);
    const t2 = await teacher(c1, '李老师', ['2024-01-10', 'valid']);
    await teacher(c1, '王老师');
    const t4 = await teacher(c2, '赵老师', [`${YEAR}-02-01`, 'expired']);
    const span: [string, string] = [`${YEAR}-03-01`, `${YEAR}-04-30`];
    await project('teacher_practice', 'TP-1', [e1, c1], span, practice(t1), [
      [String(YEAR), { daysConfirmed: 45 }, c1, e1],
    ]);
    await project('teacher_practice', 'TP-2', [e1, c1], span, practice(t2), [
      [String(YEAR), { daysConfirmed: 60 }, c1],
    ]);
    const demand = await post(e1.account, '/demands', demandBody('rnd', { district: A }));
    await post(e1.account, `/demands/${demand.body.id}/publish`).expect(200);
    const log = async (org: Org, teacherId: string, days: number) => {
      const res = await post(
        org.account,
        `/colleges/${org.org.id}/teachers/${teacherId}/practice-logs`,
        {
          ...{ demandId: demand.body.id, from: `${YEAR}-01-05`, to: `${YEAR}-02-28` },
          ...{ days, tasks: ['钢化炉温度曲线测试'] },
        },
      );
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    await post(e1.account, `/practice-logs/${await log(c1, t1, 20)}/confirm`).expect(200);
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
    // code, kind, projects, running, completed, with outcomes, with confirmed outcomes
    expect(values(body, 'overview')).toEqual([
      ['order_class', '订单班', 2, 1, 0, 2, 2],
      ['industry_college', '产业学院', 1, 1, 0, 1, 1],
      ['rnd_project', '技术攻关项目', 2, 0, 1, 2, 1],
      ['teacher_practice', '教师企业实践', 2, 0, 0, 2, 1],
      ['part_time_teaching', '企业兼职教师', 0, 0, 0, 0, 0],
      ['competition', '技能大赛', 2, 0, 0, 2, 1],
      ['incubation', '创业孵化', 2, 0, 0, 2, 1],
    ]);
  });

  it('sums order-class and industry-college figures, all and confirmed, rates from confirmed', async () => {
    const body = await cooperation();
    // project, projects, outcomes (all, confirmed), enrolled (all, confirmed), graduated (…),
    // hired (…), hire rate, retained (…), retention rate, in key posts (…), key-post rate.
    // OC-A: confirmed 2024 only → hire 30/38 = 78.9 %, retention 27/30 = 90 %, key posts 24/30.
    // OC-B: hire 10/20 = 50 %; no retention or key posts reported → no rate.
    // Total: hire 40/58 = 69.0 %; retention and key posts over OC-A 2024's 30 hires.
    expect(values(body, 'orderClasses')).toEqual([
      ['OC-A', 1, 2, 1, 82, 40, 78, 38, 66, 30, 78.9, 27, 27, 90, 54, 24, 80],
      ['OC-B', 1, 1, 1, 20, 20, 20, 20, 10, 10, 50, 0, 0, null, 0, 0, null],
      ['合计', 2, 3, 2, 102, 60, 98, 58, 76, 40, 69, 27, 27, 90, 54, 24, 80],
    ]);
    // graduates (all, confirmed), employed (…), rate 95/100, in chain (…), share 60/95 = 63.2 %.
    expect(values(body, 'industryColleges')).toEqual([
      ['IC', 1, 2, 1, 210, 100, 194, 95, 95, 130, 60, 63.2],
      ['合计', 1, 2, 1, 210, 100, 194, 95, 95, 130, 60, 63.2],
    ]);
  });

  it('sums R&D, competitions by level and incubation by base, all and confirmed', async () => {
    const body = await cooperation();
    // project, projects, teachers, budget, outcomes (…), cost saving (…), revenue (…)
    expect(values(body, 'rnd').at(-1)).toEqual([
      ...['合计', 2, 3, 800_000, 2, 1],
      ...[1_200_000, 1_200_000, 800_000, 0],
    ]);
    // code, level, competitions, outcomes (…), participants (…), awards (…)
    expect(values(body, 'competitions')).toEqual([
      ['school', '校级', 0, 0, 0, 0, 0, 0, 0],
      ['city', '市级', 1, 1, 1, 120, 120, 12, 12],
      ['province', '省级', 1, 1, 0, 30, 0, 5, 0],
      ['national', '国家级', 0, 0, 0, 0, 0, 0, 0],
      [null, '合计', 2, 2, 1, 150, 120, 17, 12],
    ]);
    // base, entities, outcomes (…), jobs (…), loans (…), subsidies (…)
    expect(values(body, 'incubation')).toEqual([
      ['Base-1', 1, 1, 1, 5, 5, 100_000, 100_000, 0, 0],
      ['Base-2', 1, 1, 0, 3, 0, 0, 0, 20_000, 0],
      ['合计', 2, 2, 1, 8, 5, 100_000, 100_000, 20_000, 0],
    ]);
    // Founders 2023: 1, 2024: 2, against 240 graduates (two colleges × 120): 0.4 %, 0.8 %.
    expect(values(body, 'startUpRates')).toEqual([
      [2023, 1, 240, 0.4],
      [2024, 2, 240, 0.8],
    ]);
  });

  it('measures teachers against 60 confirmed days of this year, and counts 双师型', async () => {
    const body = await cooperation();
    // college, teachers, days (confirmed, awaiting), 60+ days, rate, short, certified.
    // C1: T1 45 + 20 confirmed = 65 (compliant); T2 60 awaiting; T3 none; certified this year: T1.
    // C2: T4 30 days awaiting; certification expired.
    const rows = values(body, 'teachers');
    expect(rows.slice(0, 2).sort((a, b) => Number(b[1]) - Number(a[1]))).toEqual([
      [c1.org.name, 3, 65, 60, 1, 33.3, 2, 1],
      [c2.org.name, 1, 0, 30, 0, 0, 1, 0],
    ]);
    expect(rows[2]).toEqual(['合计', 4, 65, 90, 1, 25, 3, 1]);
    // 2024: no practice then; T2 certified in it.
    const y2024 = await cooperation('?from=2024-01&to=2024-12');
    expect(values(y2024, 'teachers').at(-1)).toEqual(['合计', 4, 0, 0, 0, 0, 4, 1]);
  });

  it('applies the period: year outcomes by year, projects and other outcomes by their dates', async () => {
    const y2025 = await cooperation('?from=2025-01&to=2025-12');
    // RD-1 ended in 2024 (its total outcome goes with it); TP-1 and TP-2 are of this year.
    expect(values(y2025, 'overview').filter((r) => r[2] !== 0)).toEqual([
      ['order_class', '订单班', 2, 1, 0, 2, 1],
      ['industry_college', '产业学院', 1, 1, 0, 1, 0],
      ['rnd_project', '技术攻关项目', 1, 0, 0, 1, 0],
      ['competition', '技能大赛', 2, 0, 0, 2, 1],
      ['incubation', '创业孵化', 2, 0, 0, 2, 1],
    ]);
    // 2025 outcomes: OC-A awaiting, OC-B confirmed (hire 10/20).
    expect(values(y2025, 'orderClasses').at(-1)).toEqual([
      ...['合计', 2, 2, 1, 62, 20, 60, 20, 46, 10, 50],
      ...[0, 0, null, 30, 0, null],
    ]);
    expect(values(y2025, 'rnd').at(-1)).toEqual(['合计', 1, 1, 300_000, 1, 0, 0, 0, 800_000, 0]);
    // 2024: RD-1's total outcome (by its dates), OC-A 2024; OC-B started then, nothing yet.
    const y2024 = await cooperation('?from=2024-01&to=2024-12');
    expect(values(y2024, 'rnd').map((r) => r.slice(0, 2))).toEqual([
      ['RD-1', 1],
      ['合计', 1],
    ]);
    expect(values(y2024, 'orderClasses').map((r) => r.slice(0, 4))).toEqual([
      ['OC-A', 1, 1, 1],
      ['OC-B', 1, 0, 0],
      ['合计', 2, 1, 1],
    ]);
    expect(values(y2024, 'startUpRates')).toEqual([[2024, 2, 240, 0.8]]);
  });

  it('narrows to a district, a college and a project kind; ignores a demand kind', async () => {
    const b = await cooperation(`?district=${B}`);
    expect(values(b, 'orderClasses').map((r) => r[0])).toEqual(['OC-B', '合计']);
    expect(values(b, 'incubation').map((r) => r[0])).toEqual(['Base-2', '合计']);
    expect(values(b, 'teachers')).toEqual([
      [c2.org.name, 1, 0, 30, 0, 0, 1, 0],
      ['合计', 1, 0, 30, 0, 0, 1, 0],
    ]);
    // Founders of IN-2 (2023, 2024) against C2's 120.
    expect(values(b, 'startUpRates')).toEqual([
      [2023, 1, 120, 0.8],
      [2024, 1, 120, 0.8],
    ]);
    const college = await cooperation(`?collegeId=${c1.org.id}`);
    expect(values(college, 'rnd').map((r) => r[0])).toEqual(['RD-1', '合计']);
    expect(values(college, 'teachers').at(-1)).toEqual(['合计', 3, 65, 60, 1, 33.3, 2, 1]);

    const kind = await cooperation('?kind=order_class');
    expect(kind.filters).toEqual({ kind: 'order_class' });
    expect(values(kind, 'overview')).toEqual([['order_class', '订单班', 2, 1, 0, 2, 2]]);
    expect(values(kind, 'orderClasses')).toHaveLength(3);
    const others = ['industryColleges', 'rnd', 'teachers', 'competitions', 'incubation'];
    for (const key of [...others, 'startUpRates']) expect(values(kind, key)).toEqual([]);
    const demandKind = await cooperation('?kind=talent');
    expect(demandKind.filters).toEqual({});
    expect(values(demandKind, 'overview')).toHaveLength(7);
  });

  it('shows an operator its districts only, and exports any table', async () => {
    const mine = await cooperation('', operatorB);
    expect(values(mine, 'overview').filter((r) => r[2] !== 0)).toEqual([
      ['order_class', '订单班', 1, 0, 0, 1, 1],
      ['rnd_project', '技术攻关项目', 1, 0, 0, 1, 0],
      ['competition', '技能大赛', 1, 0, 0, 1, 0],
      ['incubation', '创业孵化', 1, 0, 0, 1, 0],
    ]);
    const other = await get(operatorB, `/stats/cooperation?district=${A}`);
    expectProblem(other, 403, 'DISTRICT_NOT_GRANTED');

    const csv = await get(admin, '/stats/cooperation/export?table=orderClasses&format=csv')
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
    expect(text).toContain('\r\nOC-B,1,1,1,20,20,20,20,10,10,50,0,0,,0,0,\r\n');
  });
});
