import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { listMajors } from '@app/reference';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  collegeBody,
  createAdmin,
  createIsolatedRun,
  createOperator,
  createTestApp,
  demandBody,
  expectProblem,
  type IsolatedRun,
  registerAccount,
  type TestApp,
  verifiedCollege,
  verifiedEnterprise,
  withEnv,
} from './support';

const A = '130302';
const B = '130303';

/**
 * The majors section on a small city whose figures are computed by hand below; a database of
 * its own, so nothing another suite wrote is counted. Period 2026-01..2026-06 (6 months; the
 * previous period 2025-07..2025-12; supply in 2026) unless a test says otherwise.
 *
 * Colleges (verified): C1 in A: 460305 工业机器人技术 (intake 100, graduates 90, opened 2015),
 *   460103 数控技术 (50, 45, 2010), 540202 烹饪工艺与营养 (40, 38, 2005, closed 2025).
 *   C2 in B: 460305 (60, 0, opened 2024), 520201 护理 (200, 190, 2000).
 *   A pending college in A teaching 510203 软件技术 (999) counts for nothing.
 * Demands (published_at set in the database; divisions of the catalogue in brackets):
 *   D1 talent 3491 (34) A 2026-02-10, 40 × 460305   D2 talent 6513 (65) B 2026-03-05, 12 × 510203
 *   D3 rnd 3491 (34) A 2026-04-01, skill 数控技术     D4 rnd 8411 (84) B 2025-09-01
 *   D5 rnd 8411 (84) B 2025-10-01                     D6 talent 3491 (34) A 2025-08-01, 25 × 460103
 *   D7 a talent draft naming 460305: never counted.
 * Hence, 2026-01..06:
 *   460305: colleges 2, intake 160, graduates 90; headcount 40 (D1); postings D1, D3 = 2,
 *     previous D6 = 1 → trend +100 %; ratio 40 × 12/6 / 160 = 0.5 ≥ 0.4 and rising → 扩招.
 *   460103: 1, 50, 45; headcount 0 (D1 names 460305); postings D1, D3 = 2 (D3 by skill too),
 *     previous 1 → +100 %; ratio 0 but postings rising → 保持.
 *   520201: 1, 200, 190; postings 0, previous D4, D5 = 2 → −100 %; ratio 0, opened 2000 → 缩减.
 *   510203: no college; headcount 12 (D2) → 新开. 540202: closed, no postings → no row.
 *   Every other major serving division 34 or 65: postings 2 (D1, D3) or 1 (D2), none naming
 *   it, no college → 保持.
 */
describe('majors against demand (insight)', () => {
  let isolated: IsolatedRun;
  let t: TestApp;
  let admin: Account;
  let operatorB: Account;
  let c2: string;
  let c1Account: Account;
  let c2Account: Account;
  const ids: Record<string, string> = {};

  const get = (account: Account, path: string) =>
    request(t.http).get(`${API}${path}`).set(auth(account));
  const post = (account: Account, path: string, body: object = {}) =>
    request(t.http).post(`${API}${path}`).set(auth(account)).send(body);

  type Row = Record<string, unknown>;
  type Section = { tables: { key: string; rows: Row[] }[]; filters: Record<string, string> };
  const PERIOD = '?from=2026-01&to=2026-06';
  const majors = async (query = PERIOD, account: Account = admin) => {
    const body = (await get(account, `/stats/majors${query}`).expect(200)).body as Section;
    const table = (key: string) => body.tables.find((x) => x.key === key)?.rows ?? [];
    const byCode = (code: string) => table('majors').find((r) => r.code === code);
    return { body, table, byCode };
  };

  beforeAll(async () => {
    isolated = await createIsolatedRun('stats_majors');
    t = await withEnv(isolated.env, () => createTestApp());
    admin = await createAdmin(t);
    const e1 = await verifiedEnterprise(t, admin, { district: A });
    const major = (code: string, name: string, more: object) => ({ code, name, ...more });
    const first = await verifiedCollege(t, admin, {
      name: '示范市甲职业技术学院',
      district: A,
      majors: [
        major('460305', '工业机器人技术', {
          annualIntake: 100,
          annualGraduates: 90,
          openedYear: 2015,
        }),
        major('460103', '数控技术', { annualIntake: 50, annualGraduates: 45, openedYear: 2010 }),
        major('540202', '烹饪工艺与营养', {
          annualIntake: 40,
          annualGraduates: 38,
          openedYear: 2005,
          closedYear: 2025,
        }),
      ],
    });
    const second = await verifiedCollege(t, admin, {
      name: '示范市乙职业技术学院',
      district: B,
      majors: [
        major('460305', '工业机器人技术', {
          annualIntake: 60,
          annualGraduates: 0,
          openedYear: 2024,
        }),
        major('520201', '护理', { annualIntake: 200, annualGraduates: 190, openedYear: 2000 }),
      ],
    });
    c2 = second.org.id;
    c1Account = first.account;
    c2Account = second.account;
    const pending = await registerAccount(t.http, Role.College);
    await post(
      pending,
      '/colleges',
      collegeBody({ district: A, majors: [major('510203', '软件技术', { annualIntake: 999 })] }),
    ).expect(201);

    const talent = (headcount: number, majorCode: string) => ({
      talent: {
        type: 'hiring',
        headcount,
        majorCode,
        periodStart: '2027-09-01',
        periodEnd: '2028-06-30',
      },
    });
    const demands: [string, string, Record<string, unknown>, string][] = [
      [
        'd1',
        'talent',
        { district: A, industryCode: '3491', ...talent(40, '460305') },
        '2026-02-10',
      ],
      [
        'd2',
        'talent',
        { district: B, industryCode: '6513', ...talent(12, '510203') },
        '2026-03-05',
      ],
      ['d3', 'rnd', { district: A, industryCode: '3491', skills: ['数控技术'] }, '2026-04-01'],
      ['d4', 'rnd', { district: B, industryCode: '8411' }, '2025-09-01'],
      ['d5', 'rnd', { district: B, industryCode: '8411' }, '2025-10-01'],
      [
        'd6',
        'talent',
        { district: A, industryCode: '3491', ...talent(25, '460103') },
        '2025-08-01',
      ],
    ];
    for (const [key, kind, overrides, publishedOn] of demands) {
      const d = await post(
        e1.account,
        '/demands',
        demandBody(kind, { title: `需求${key}`, ...overrides }),
      ).expect(201);
      await post(e1.account, `/demands/${d.body.id}/publish`).expect(200);
      await t.dataSource.query(`UPDATE demands SET published_at = $2::timestamptz WHERE id = $1`, [
        d.body.id,
        `${publishedOn}T02:00:00Z`,
      ]);
      ids[key] = d.body.id as string;
    }
    await post(e1.account, '/demands', demandBody('talent', { district: A })).expect(201);
    operatorB = await createOperator(t, admin, [B]);
  });
  afterAll(async () => {
    await t?.close();
    await isolated?.drop();
  });

  it('sets each major’s demand against its supply, with a ratio, trend and suggestion', async () => {
    const { byCode, table } = await majors();
    expect(byCode('460305')).toEqual({
      code: '460305',
      name: '工业机器人技术',
      level: '高职',
      colleges: 2,
      intake: 160,
      graduates: 90,
      demandHeadcount: 40,
      postings: 2,
      ratio: 0.5,
      trend: 100,
      suggestion: '扩招',
    });
    expect(byCode('460103')).toMatchObject({
      colleges: 1,
      intake: 50,
      demandHeadcount: 0,
      postings: 2,
      ratio: 0,
      trend: 100,
      suggestion: '保持',
    });
    expect(byCode('520201')).toMatchObject({
      colleges: 1,
      intake: 200,
      graduates: 190,
      postings: 0,
      ratio: 0,
      trend: -100,
      suggestion: '缩减',
    });
    expect(byCode('510203')).toMatchObject({
      colleges: 0,
      intake: 0,
      demandHeadcount: 12,
      postings: 1,
      ratio: null,
      trend: null,
      suggestion: '新开',
    });
    expect(byCode('540202')).toBeUndefined();
    // The rows: the majors taught, and those serving division 34 or 65 (D1, D2, D3).
    const served = [...listMajors({ industry: '34' }), ...listMajors({ industry: '65' })];
    const expected = new Set([...served.map((m) => m.code), '520201']);
    expect(table('majors').map((r) => r.code)).toEqual([...expected].sort());
    for (const m of served.filter((x) => !['460305', '460103', '510203'].includes(x.code))) {
      expect(byCode(m.code)).toMatchObject({ colleges: 0, demandHeadcount: 0, suggestion: '保持' });
    }
  });

  it('lists the majors to open, grow or shrink with the postings behind them', async () => {
    const { table } = await majors();
    expect(table('suggestions')).toEqual([
      expect.objectContaining({
        code: '460305',
        suggestion: '扩招',
        postingIds: `${ids.d1} ${ids.d3}`,
        supportingPostings: '需求d1（40人）；需求d3',
      }),
      expect.objectContaining({
        code: '510203',
        suggestion: '新开',
        supportingPostings: '需求d2（12人）',
      }),
      expect.objectContaining({ code: '520201', suggestion: '缩减', supportingPostings: '' }),
    ]);
  });

  it('lists the majors opened and closed per year and college', async () => {
    const all = [
      [2025, '示范市甲职业技术学院', 0, 1],
      [2024, '示范市乙职业技术学院', 1, 0],
      [2015, '示范市甲职业技术学院', 1, 0],
      [2010, '示范市甲职业技术学院', 1, 0],
      [2005, '示范市甲职业技术学院', 1, 0],
      [2000, '示范市乙职业技术学院', 1, 0],
    ];
    const changes = (t: (key: string) => Record<string, unknown>[]) =>
      t('changes').map((r) => [r.year, r.college, r.opened, r.closed]);
    // The whole history when a period asks for it.
    const history = await majors('?from=1990-01&to=2026-12');
    expect(changes(history.table)).toEqual(all);
    expect(history.table('changes')[0]).toMatchObject({
      closedMajors: '烹饪工艺与营养',
      openedMajors: '',
    });
    // Without a period: this year and the two before.
    const recent = await majors('');
    const thisYear = new Date().getFullYear();
    expect(changes(recent.table)).toEqual(all.filter(([year]) => Number(year) >= thisYear - 2));
  });

  it('filters by period, district, industry, college and kind', async () => {
    // 2025-07..12 (previous: 2025-01..06, nothing): 460103 headcount 25 (D6) × 12/6 / 50 = 1.0.
    const late2025 = await majors('?from=2025-07&to=2025-12');
    expect(late2025.byCode('460103')).toMatchObject({ demandHeadcount: 25, ratio: 1, trend: null });
    expect(late2025.byCode('460103')?.suggestion).toBe('扩招');
    expect(late2025.byCode('520201')).toMatchObject({ postings: 2, suggestion: '保持' });
    expect(late2025.table('changes').map((r) => r.year)).toEqual([2025]);

    // District A: C1 only, D1, D3 (and D6 before): 460305 40 × 2 / 100 = 0.8.
    const a = await majors(`${PERIOD}&district=${A}`);
    expect(a.byCode('460305')).toMatchObject({ colleges: 1, intake: 100, ratio: 0.8, trend: 100 });
    expect(a.byCode('520201')).toBeUndefined();
    expect(a.byCode('510203')).toBeUndefined();

    // Industry 65: only majors serving it, only D2.
    const software = await majors(`${PERIOD}&industry=65`);
    expect(software.byCode('510203')).toMatchObject({ demandHeadcount: 12, suggestion: '新开' });
    expect(software.byCode('460305')).toBeUndefined();
    expect(software.table('changes')).toEqual([]);

    // C2's majors, the whole city's supply of them; its own changes only.
    const college = await majors(`${PERIOD}&collegeId=${c2}`);
    expect(college.table('majors').map((r) => r.code)).toEqual(['460305', '520201']);
    expect(college.byCode('460305')).toMatchObject({ intake: 160 });
    expect(college.table('changes')).toEqual([]); // none in 2026
    const history = await majors(`?from=1990-01&to=2026-12&collegeId=${c2}`);
    expect(history.table('changes').map((r) => r.year)).toEqual([2024, 2000]);

    // R&D only: no headcount; 460305 has D3 now and nothing before.
    const rnd = await majors(`${PERIOD}&kind=rnd`);
    expect(rnd.byCode('460305')).toMatchObject({ demandHeadcount: 0, postings: 1, trend: null });
    expect(rnd.byCode('460305')?.suggestion).toBe('保持');
    expect(rnd.byCode('520201')).toMatchObject({ trend: -100, suggestion: '缩减' });
  });

  it('answers a district operator for its districts, and exports any table', async () => {
    const mine = await majors(PERIOD, operatorB);
    expect(mine.byCode('460305')).toMatchObject({ colleges: 1, intake: 60, postings: 0 });
    expectProblem(await get(operatorB, `/stats/majors?district=${A}`), 403, 'DISTRICT_NOT_GRANTED');
    const csv = await get(
      admin,
      `/stats/majors/export?table=suggestions&format=csv${PERIOD.replace('?', '&')}`,
    )
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF专业设置建议,Suggestions\r\n')).toBe(true);
    expect(text).toContain('460305,工业机器人技术,高职,扩招,0.5,100,');
    const body = (await majors('')).body;
    expect(body.tables.map((x) => x.key)).toEqual(['majors', 'suggestions', 'changes']);
  });

  it('answers a college for its own majors only, weighed against the whole city', async () => {
    const res = await get(c2Account, `/colleges/${c2}/majors/demand${PERIOD}`).expect(200);
    expect(res.body).toMatchObject({
      collegeId: c2,
      from: '2026-01-01',
      to: '2026-07-01',
      months: 6,
      year: 2026,
    });
    const rows = res.body.majors as Row[];
    // C2 teaches 460305 and 520201: nothing else, with the whole city's supply and demand.
    expect(rows.map((r) => r.code)).toEqual(['460305', '520201']);
    expect(rows[0]).toMatchObject({
      name: '工业机器人技术',
      colleges: 2,
      intake: 160,
      graduates: 90,
      headcount: 40,
      postings: 2,
      previousPostings: 1,
      ratio: 0.5,
      trend: 100,
      suggestion: 'grow',
      support: [
        { id: ids.d1, title: '需求d1', headcount: 40 },
        { id: ids.d3, title: '需求d3', headcount: null },
      ],
    });
    expect(rows[1]).toMatchObject({ code: '520201', suggestion: 'shrink', trend: -100 });

    // Another college's id, an enterprise, an operator: 403; the admin may read any college.
    expectProblem(await get(c1Account, `/colleges/${c2}/majors/demand`), 403, 'NOT_A_MEMBER');
    expectProblem(await get(operatorB, `/colleges/${c2}/majors/demand`), 403, 'NOT_A_MEMBER');
    const admins = await get(admin, `/colleges/${c2}/majors/demand${PERIOD}`).expect(200);
    expect(admins.body.majors).toEqual(rows);
    expectProblem(await get(admin, `/colleges/${admin.id}/majors/demand`), 404, 'NOT_FOUND');
    expectProblem(
      await get(c2Account, `/colleges/${c2}/majors/demand?from=2026-06&to=2026-01`),
      400,
      'VALIDATION_FAILED',
    );
    await request(t.http).get(`${API}/colleges/${c2}/majors/demand`).expect(401);
  });
});
