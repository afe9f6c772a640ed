import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Workbook } from 'exceljs';
import request from 'supertest';
import { generateUscc } from '@app/reference';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createIsolatedRun,
  createOperator,
  createTestApp,
  demandBody,
  enterpriseBody,
  expectProblem,
  expertWithProfile,
  type IsolatedRun,
  registerAccount,
  type TestApp,
  verifiedCollege,
  verifiedEnterprise,
  withEnv,
} from './support';
import { binaryBody } from './support/files';

const A = '130302';
const B = '130303';

/**
 * The platform section on a small city whose every figure is computed by hand below. The suite
 * has a database of its own, so nothing another suite wrote is counted.
 *
 * Demands (published_at set in the database):
 *   D1 talent 3042, district A, 2026-01-10: an interest 2 days later, accepted 5 days after
 *      publication → connected.
 *   D2 rnd    3042, district A, 2026-02-01 01:00 in the city (still January in UTC): an
 *      invitation to a college, declined.
 *   D3 rnd    6513, district B, 2026-02-20: an interest 4 days later, still pending.
 *   D4 rnd    draft (E1).
 * Hence: published 3, with interest 2 (D1, D3), connected 1 → match rate 33.3 %; median days
 * to the first interest (2, 4) = 3.0; to connection (5) = 5.0; interests answered 1 of 2 =
 * 50.0 %; invitations answered 1 of 1 = 100.0 %.
 */
describe('the city’s statistics (insight)', () => {
  let isolated: IsolatedRun;
  let t: TestApp;
  let admin: Account;
  let operatorB: Account;
  const ids: Record<string, string> = {};

  const get = (account: Account | null, path: string) => {
    const req = request(t.http).get(`${API}${path}`);
    return account ? req.set(auth(account)) : req;
  };
  const post = (account: Account, path: string, body: object = {}) =>
    request(t.http).post(`${API}${path}`).set(auth(account)).send(body);
  const setTimes = (table: string, id: string, values: Record<string, string>) =>
    t.dataSource.query(
      `UPDATE ${table} SET ${Object.keys(values)
        .map((column, i) => `${column} = $${i + 2}::timestamptz`)
        .join(', ')} WHERE id = $1`,
      [id, ...Object.values(values)],
    );

  type Table = { key: string; rows: Record<string, unknown>[]; columns: { key: string }[] };
  const tableOf = (body: { tables: Table[] }, key: string) => {
    const table = body.tables.find((x) => x.key === key);
    if (!table) throw new Error(`no table ${key}`);
    return table;
  };
  const platform = async (query = '', account: Account = admin) =>
    (await get(account, `/stats/platform${query}`).expect(200)).body as {
      tables: Table[];
      filters: Record<string, string>;
      refreshedAt: string;
    };

  beforeAll(async () => {
    isolated = await createIsolatedRun('stats');
    t = await withEnv(isolated.env, () => createTestApp());
    admin = await createAdmin(t);
    const e1 = await verifiedEnterprise(t, admin, { district: A });
    const e2 = await verifiedEnterprise(t, admin, {
      district: B,
      industryCode: '6513',
      creditCode: generateUscc('stats-e2', B),
    });
    const college = await verifiedCollege(t, admin, { district: A });
    // One pending and one rejected enterprise.
    const pending = await registerAccount(t.http, Role.Enterprise);
    await post(
      pending,
      '/enterprises',
      enterpriseBody({ district: B, creditCode: generateUscc('stats-pending', B) }),
    ).expect(201);
    const rejectedAccount = await registerAccount(t.http, Role.Enterprise);
    const rejected = await post(rejectedAccount, '/enterprises', enterpriseBody()).expect(201);
    await post(admin, `/admin/organizations/${rejected.body.id}/reject`, {
      reason: '营业执照信息缺失',
    }).expect(200);
    const expert = await expertWithProfile(t.http, { district: A });

    const publish = async (account: Account, kind: string, overrides: Record<string, unknown>) => {
      const d = await post(account, '/demands', demandBody(kind, overrides)).expect(201);
      await post(account, `/demands/${d.body.id}/publish`).expect(200);
      return d.body.id as string;
    };
    ids.d1 = await publish(e1.account, 'talent', { district: A, industryCode: '3042' });
    ids.d2 = await publish(e1.account, 'rnd', { district: A, industryCode: '3042' });
    ids.d3 = await publish(e2.account, 'rnd', { district: B, industryCode: '6513' });
    await post(e1.account, '/demands', demandBody('rnd', { district: A })).expect(201);

    const i1 = await post(expert.account, `/demands/${ids.d1}/interests`, { message: '可以' });
    await post(e1.account, `/matches/${i1.body.id}/accept`).expect(200);
    const inv = await post(e1.account, `/demands/${ids.d2}/invitations`, {
      collegeId: college.org.id,
      message: '合作攻关',
    }).expect(201);
    await post(college.account, `/matches/${inv.body.id}/decline`, { reason: 'timing' }).expect(
      200,
    );
    const i3 = await post(expert.account, `/demands/${ids.d3}/interests`, { message: '可以' });
    expect(i3.status).toBe(201);

    await setTimes('demands', ids.d1, { published_at: '2026-01-10T02:00:00Z' });
    // 01:00 on 1 February in the city, still January in UTC: months are the city's.
    await setTimes('demands', ids.d2, { published_at: '2026-01-31T17:00:00Z' });
    await setTimes('demands', ids.d3, { published_at: '2026-02-20T02:00:00Z' });
    await setTimes('connections', i1.body.id, {
      created_at: '2026-01-12T02:00:00Z',
      responded_at: '2026-01-15T02:00:00Z',
    });
    await setTimes('connections', inv.body.id, {
      created_at: '2026-02-04T02:00:00Z',
      responded_at: '2026-02-05T02:00:00Z',
    });
    await setTimes('connections', i3.body.id, { created_at: '2026-02-24T02:00:00Z' });
    operatorB = await createOperator(t, admin, [B]);
    await post(admin, '/stats/refresh').expect(200);
  });
  afterAll(async () => {
    await t?.close();
    await isolated?.drop();
  });

  it('counts organisations, experts, demands and how demands are answered', async () => {
    const body = await platform();
    expect(body.filters).toEqual({});
    expect(Date.parse(body.refreshedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(tableOf(body, 'organizations').rows).toEqual([
      { kind: '院校', pending: 0, verified: 1, rejected: 0, total: 1 },
      { kind: '企业', pending: 1, verified: 2, rejected: 1, total: 4 },
    ]);
    expect(tableOf(body, 'experts').rows).toEqual([
      { total: 1, public: 1, claimed: 1, available: 1 },
    ]);
    expect(tableOf(body, 'demands').rows).toEqual([
      { kind: '技术攻关', draft: 1, open: 2, closed: 0, total: 3 },
      { kind: '人才需求', draft: 0, open: 1, closed: 0, total: 1 },
    ]);
    expect(tableOf(body, 'matching').rows).toEqual([
      {
        published: 3,
        withInterest: 2,
        connected: 1,
        matchRate: 33.3,
        medianDaysToInterest: 3,
        medianDaysToConnection: 5,
        interestResponseRate: 50,
        invitationResponseRate: 100,
      },
    ]);
  });

  it('breaks the answers down by district, industry section and month', async () => {
    const body = await platform();
    expect(tableOf(body, 'byDistrict').rows).toEqual([
      expect.objectContaining({ code: A, published: 2, connected: 1, matchRate: 50 }),
      expect.objectContaining({ code: B, published: 1, connected: 0, matchRate: 0 }),
    ]);
    expect(tableOf(body, 'byIndustrySection').rows).toEqual([
      expect.objectContaining({ code: 'C', section: '制造业', published: 2, connected: 1 }),
      expect.objectContaining({ code: 'I', published: 1, connected: 0 }),
    ]);
    expect(tableOf(body, 'byMonth').rows).toEqual([
      expect.objectContaining({ month: '2026-01', published: 1, connected: 1, matchRate: 100 }),
      expect.objectContaining({ month: '2026-02', published: 2, connected: 0, matchRate: 0 }),
    ]);
  });

  it('filters by period, district, industry at any level and kind', async () => {
    const matching = async (query: string) => tableOf(await platform(query), 'matching').rows[0];
    expect(await matching('?from=2026-02')).toMatchObject({ published: 2, connected: 0 });
    expect(await matching('?to=2026-01')).toMatchObject({ published: 1, connected: 1 });
    expect(await matching(`?district=${A}`)).toMatchObject({ published: 2, matchRate: 50 });
    expect(await matching('?industry=C')).toMatchObject({ published: 2 });
    expect(await matching('?industry=30')).toMatchObject({ published: 2 });
    expect(await matching('?industry=3042')).toMatchObject({ published: 2 });
    expect(await matching('?industry=I')).toMatchObject({ published: 1, connected: 0 });
    expect(await matching('?kind=rnd')).toMatchObject({
      published: 2,
      connected: 0,
      medianDaysToInterest: 4,
      medianDaysToConnection: null,
      invitationResponseRate: 100,
    });
    const filtered = await platform('?from=2026-02&district=130302&industry=c30');
    expect(filtered.filters).toEqual({ from: '2026-02', district: A, industry: '30' });
    const order = expectProblem(
      await get(admin, '/stats/platform?from=2026-03&to=2026-01'),
      400,
      'VALIDATION_FAILED',
    );
    expect(order.errors?.[0]).toMatchObject({ field: 'to', code: 'DATES_OUT_OF_ORDER' });
    const bad = expectProblem(
      await get(admin, '/stats/platform?from=2026-13&industry=ZZ&kind=party'),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.map((e) => e.field).sort()).toEqual(['from', 'industry', 'kind']);
  });

  it('shows a district operator its districts only, and nobody else anything', async () => {
    const mine = await platform('', operatorB);
    expect(tableOf(mine, 'matching').rows[0]).toMatchObject({ published: 1, connected: 0 });
    expect(tableOf(mine, 'byDistrict').rows.map((r) => r.code)).toEqual([B]);
    expect(tableOf(mine, 'organizations').rows).toEqual([
      { kind: '企业', pending: 1, verified: 1, rejected: 0, total: 2 },
    ]);
    expectProblem(
      await get(operatorB, `/stats/platform?district=${A}`),
      403,
      'DISTRICT_NOT_GRANTED',
    );
    const enterprise = await registerAccount(t.http, Role.Enterprise);
    expectProblem(await get(enterprise, '/stats/platform'), 403, 'ROLE_FORBIDDEN');
    expectProblem(await get(null, '/stats/platform'), 401, 'AUTH_REQUIRED');
    expectProblem(await post(operatorB, '/stats/refresh'), 403, 'PLATFORM_ADMIN_ONLY');
    expectProblem(await get(admin, '/stats/nothing'), 404, 'NOT_FOUND');
  });

  it('exports a table as CSV with a BOM and as XLSX, the filters in the file', async () => {
    const csv = await get(admin, `/stats/platform/export?table=byDistrict&format=csv&from=2026-01`)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain("filename*=UTF-8''");
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF分区县对接情况,By district\r\n')).toBe(true);
    expect(text).toContain('起始月份 From,2026-01\r\n');
    expect(text).toContain('区县 District,发布需求 (项) Published');
    expect(text).toMatch(/\r\n130302,海港区,2,1,1,50,/);

    const xlsx = await get(admin, '/stats/platform/export?table=matching&format=xlsx&kind=rnd')
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.body as Buffer).buffer);
    const sheet = workbook.worksheets[0];
    const values = sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(values).toContainEqual(['类型 Kind', 'rnd']);
    // The figures are numbers, so a spreadsheet sums them.
    expect(values[values.length - 1].slice(0, 3)).toEqual([2, 1, 0]);

    const unknown = expectProblem(
      await get(admin, '/stats/platform/export?table=secrets&format=csv'),
      400,
      'VALIDATION_FAILED',
    );
    expect(unknown.errors?.[0]).toMatchObject({ field: 'table', code: 'UNKNOWN_TABLE' });
    expectProblem(
      await get(operatorB, `/stats/platform/export?table=matching&format=csv&district=${A}`),
      403,
      'DISTRICT_NOT_GRANTED',
    );
  });

  it('publishes a summary of the city to anyone, aggregates only', async () => {
    const res = await get(null, '/stats/summary').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.body.headline).toEqual({
      enterprises: 2,
      colleges: 1,
      experts: 1,
      demandsPublished: 3,
      demandsConnected: 1,
      matchRate: 33.3,
      projects: 0,
    });
    expect(res.body.trend).toHaveLength(12);
    expect(res.body.demandsByKind).toEqual([
      { kind: 'rnd', label: { 'zh-CN': '技术攻关', en: 'R&D' }, published: 2 },
      { kind: 'talent', label: { 'zh-CN': '人才需求', en: 'Talent' }, published: 1 },
    ]);
    const chart = await get(null, '/stats/summary/charts/trend').expect(200);
    expect(chart.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    const svg = String(chart.text ?? (chart.body as Buffer).toString('utf8'));
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('近12个月需求发布与对接成功');
    expectProblem(await get(null, '/stats/summary/charts/salaries'), 404, 'NOT_FOUND');
    // Nothing that names anyone.
    const text = JSON.stringify(res.body);
    for (const id of Object.values(ids)) expect(text).not.toContain(id);
    expect(text).not.toContain('示范市测试');
  });
});
