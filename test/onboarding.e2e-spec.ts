import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Workbook } from 'exceljs';
import request from 'supertest';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createTestApp,
  csvFile,
  ENTERPRISE_IMPORT_HEADERS,
  enterpriseBody,
  enterpriseImportRow,
  expectProblem,
  registerAccount,
  type TestApp,
  uploadImport,
} from './support';

interface RowReport {
  row: number;
  status: 'valid' | 'invalid';
  errors: { field: string; code: string }[];
  data: Record<string, unknown>;
}

/** Row number, status and `field:code` of each error: what an admin reads in the report. */
const outcomes = (rows: RowReport[]) =>
  rows.map((r) => ({
    row: r.row,
    status: r.status,
    errors: r.errors.map((e) => `${e.field}:${e.code}`),
  }));

describe('bulk onboarding by admins', () => {
  let t: TestApp;
  let admin: Account;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await createAdmin(t);
  });
  afterAll(() => t.close());

  const enterprisesCsv = (rows: string[][]) => csvFile([ENTERPRISE_IMPORT_HEADERS, ...rows]);
  const commit = (id: string, account: { token: string } = admin) =>
    request(t.http).post(`${API}/admin/imports/${id}/commit`).set(auth(account));
  type OrgRow = { id: string; name: string; status: string; reviewedBy: string | null };
  const orgsWithCodes = (codes: string[]): Promise<OrgRow[]> =>
    t.dataSource.query(
      `SELECT id, name, status, reviewed_by AS "reviewedBy" FROM organizations
        WHERE credit_code = ANY($1) ORDER BY name`,
      [codes],
    );

  it('dry-runs a valid CSV without writing anything, then commits verified, listed enterprises', async () => {
    const rows = [
      enterpriseImportRow(),
      enterpriseImportRow({
        industryCode: 'C3011',
        size: '大型',
        district: '130302',
        tags: '水泥；建材',
      }),
      enterpriseImportRow({ size: 'small', district: '北戴河区', description: '防水卷材, 涂料' }),
    ];
    const codes = rows.map((r) => r[1]);
    const dry = await uploadImport(
      t.http,
      admin,
      'enterprises',
      enterprisesCsv(rows),
      '企业名单.csv',
    ).expect(201);
    expect(dry.body).toMatchObject({
      type: 'enterprises',
      status: 'validated',
      fileName: '企业名单.csv',
      totalRows: 3,
      validRows: 3,
      invalidRows: 0,
    });
    expect(outcomes(dry.body.rows)).toEqual([
      { row: 2, status: 'valid', errors: [] },
      { row: 3, status: 'valid', errors: [] },
      { row: 4, status: 'valid', errors: [] },
    ]);
    // Labels, names and lists are normalised to what the API itself accepts.
    expect(dry.body.rows[1].data).toMatchObject({
      industryCode: '3011',
      size: 'large',
      district: '130302',
      tags: ['水泥', '建材'],
    });
    expect(dry.body.rows[2].data).toMatchObject({
      size: 'small',
      district: '130304',
      description: '防水卷材, 涂料',
    });
    expect(await orgsWithCodes(codes)).toEqual([]);
    const reread = await request(t.http)
      .get(`${API}/admin/imports/${dry.body.id}`)
      .set(auth(admin))
      .expect(200);
    expect(reread.body).toEqual(dry.body);

    const done = await commit(dry.body.id).expect(200);
    expect(done.body).toEqual({
      id: dry.body.id,
      status: 'committed',
      created: 3,
      skippedInvalid: 0,
    });
    const orgs = await orgsWithCodes(codes);
    expect(orgs.map((o) => [o.status, o.reviewedBy])).toEqual(
      codes.map(() => ['verified', admin.id]),
    );
    for (const name of rows.map((r) => r[0])) {
      const listed = await request(t.http).get(`${API}/enterprises`).query({ q: name }).expect(200);
      expect(listed.body.items).toEqual([
        expect.objectContaining({ name, status: 'verified', kind: 'enterprise' }),
      ]);
      expect(listed.body.items[0]).not.toHaveProperty('creditCode');
    }
    const events: { aggregate_id: string; event_type: string; aggregate_version: number }[] =
      await t.dataSource.query(
        `SELECT aggregate_id, event_type, aggregate_version FROM outbox_events
          WHERE aggregate_id = ANY($1) ORDER BY id`,
        [orgs.map((o) => o.id)],
      );
    for (const org of orgs) {
      expect(
        events
          .filter((e) => e.aggregate_id === org.id)
          .map((e) => [e.event_type, e.aggregate_version]),
      ).toEqual([
        ['organization.registered', 1],
        ['organization.verified', 2],
      ]);
    }
    const after = await request(t.http)
      .get(`${API}/admin/imports/${dry.body.id}`)
      .set(auth(admin))
      .expect(200);
    expect(after.body.status).toBe('committed');
  });

  it('reports each bad row with its codes and commits only the valid ones', async () => {
    const first = enterpriseImportRow();
    const good = enterpriseImportRow({ size: 'medium', district: '青龙满族自治县' });
    const badCode = first[1].slice(0, 17) + (first[1][17] === '0' ? '1' : '0');
    const rows = [
      first,
      enterpriseImportRow({ creditCode: badCode }),
      enterpriseImportRow({ industryCode: '9999' }),
      enterpriseImportRow({ creditCode: first[1] }),
      good,
    ];
    const dry = await uploadImport(t.http, admin, 'enterprises', enterprisesCsv(rows)).expect(201);
    expect(dry.body).toMatchObject({ totalRows: 5, validRows: 2, invalidRows: 3 });
    expect(outcomes(dry.body.rows)).toEqual([
      { row: 2, status: 'valid', errors: [] },
      { row: 3, status: 'invalid', errors: ['creditCode:INVALID_USCC'] },
      { row: 4, status: 'invalid', errors: ['industryCode:INVALID_INDUSTRY_CODE'] },
      { row: 5, status: 'invalid', errors: ['creditCode:DUPLICATE_IN_FILE'] },
      { row: 6, status: 'valid', errors: [] },
    ]);

    const done = await commit(dry.body.id).expect(200);
    expect(done.body).toMatchObject({ created: 2, skippedInvalid: 3 });
    const created: { name: string }[] = await t.dataSource.query(
      'SELECT name FROM organizations WHERE name = ANY($1) ORDER BY name',
      [rows.map((r) => r[0])],
    );
    expect(created.map((o) => o.name)).toEqual([first[0], good[0]].sort());
  });

  it('marks enterprises that are already on the platform as DUPLICATE', async () => {
    const rows = [enterpriseImportRow(), enterpriseImportRow()];
    const dry = await uploadImport(t.http, admin, 'enterprises', enterprisesCsv(rows)).expect(201);
    await commit(dry.body.id).expect(200);

    const again = await uploadImport(t.http, admin, 'enterprises', enterprisesCsv(rows)).expect(
      201,
    );
    expect(again.body).toMatchObject({ validRows: 0, invalidRows: 2 });
    expect(outcomes(again.body.rows)).toEqual([
      { row: 2, status: 'invalid', errors: ['creditCode:DUPLICATE', 'name:DUPLICATE'] },
      { row: 3, status: 'invalid', errors: ['creditCode:DUPLICATE', 'name:DUPLICATE'] },
    ]);
    expectProblem(await commit(again.body.id), 409, 'IMPORT_EMPTY');
  });

  it('commits a batch once; unknown and malformed ids are 404 and 400', async () => {
    const dry = await uploadImport(
      t.http,
      admin,
      'enterprises',
      enterprisesCsv([enterpriseImportRow()]),
    ).expect(201);
    await commit(dry.body.id).expect(200);
    expectProblem(await commit(dry.body.id), 409, 'IMPORT_ALREADY_COMMITTED');
    const created = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM organizations WHERE credit_code = $1',
      [dry.body.rows[0].data.creditCode],
    );
    expect(created[0].n).toBe(1);

    const unknown = '00000000-0000-4000-8000-000000000000';
    expectProblem(
      await request(t.http).get(`${API}/admin/imports/${unknown}`).set(auth(admin)),
      404,
      'IMPORT_NOT_FOUND',
    );
    expectProblem(await commit(unknown), 404, 'IMPORT_NOT_FOUND');
    expectProblem(
      await request(t.http).get(`${API}/admin/imports/not-a-uuid`).set(auth(admin)),
      400,
      'INVALID_ID',
    );
    expectProblem(await commit('42'), 400, 'INVALID_ID');
  });

  it('imports experts from an XLSX, keeping long numbers whole and contacts private', async () => {
    const affiliation = `示范市测试研究院${Date.now()}`;
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('专家');
    sheet.addRow(['姓名*', '所在区县', '服务类型', '职称', '手机', '邮箱', '工作单位', '行业代码']);
    // Typed as numbers, the way Excel stores a phone number or a code entered without a quote.
    sheet.addRow([
      '王建国',
      '海港区',
      '咨询、兼职教学',
      '高级工程师',
      13912345678,
      'wang@example.cn',
      affiliation,
      3042,
    ]);
    sheet.addRow(['赵敏', '山海关区', '研发', '教授', 861391234567890, '', affiliation, 'C3011']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const dry = await uploadImport(t.http, admin, 'experts', file, '专家名单.xlsx').expect(201);
    expect(outcomes(dry.body.rows)).toEqual([
      { row: 2, status: 'valid', errors: [] },
      { row: 3, status: 'valid', errors: [] },
    ]);
    expect(dry.body.rows.map((r: RowReport) => r.data)).toEqual([
      expect.objectContaining({
        district: '130302',
        services: ['consulting', 'part_time_teaching'],
        industryCodes: ['3042'],
        contact: { phone: '13912345678', email: 'wang@example.cn' },
      }),
      expect.objectContaining({
        district: '130303',
        services: ['rnd'],
        industryCodes: ['3011'],
        contact: { phone: '861391234567890' },
      }),
    ]);

    const done = await commit(dry.body.id).expect(200);
    expect(done.body).toMatchObject({ created: 2, skippedInvalid: 0 });
    const experts: { id: string; name: string; user_id: string | null }[] =
      await t.dataSource.query(
        'SELECT id, name, user_id FROM experts WHERE affiliation = $1 ORDER BY name',
        [affiliation],
      );
    expect(experts.map((e) => [e.name, e.user_id])).toEqual([
      ['王建国', null],
      ['赵敏', null],
    ]);
    for (const expert of experts) {
      const pub = await request(t.http).get(`${API}/experts/${expert.id}`).expect(200);
      expect(pub.body).toMatchObject({ name: expert.name, affiliation });
      expect(pub.body).not.toHaveProperty('contact');
      expect(JSON.stringify(pub.body)).not.toMatch(/13912345678|861391234567890|wang@example/);
    }
    const zhao = experts.find((e) => e.name === '赵敏')!;
    const asAdmin = await request(t.http)
      .get(`${API}/experts/${zhao.id}`)
      .set(auth(admin))
      .expect(200);
    expect(asAdmin.body.contact).toEqual({ phone: '861391234567890' });
  });

  describe('refuses bad uploads with a 4xx that says what to fix', () => {
    it('no file', async () => {
      expectProblem(await uploadImport(t.http, admin, 'enterprises'), 400, 'FILE_REQUIRED');
    });

    it('a PNG renamed .csv, random bytes named .csv or .xlsx, a PDF', async () => {
      const png = Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        Buffer.from('IHDR'),
        Buffer.alloc(64),
      ]);
      // Every byte value once per 256 bytes, NUL included, like any real binary file.
      const random = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256));
      for (const [file, name] of [
        [png, '企业名单.csv'],
        [random, '企业名单.csv'],
        [random, '企业名单.xlsx'],
        [Buffer.from('%PDF-1.7\n'), '企业名单.pdf'],
      ] as const) {
        expectProblem(
          await uploadImport(t.http, admin, 'enterprises', file, name),
          400,
          'UNSUPPORTED_FILE_TYPE',
        );
      }
    });

    it('missing columns', async () => {
      const file = csvFile([
        ['企业名称', '行业代码'],
        ['示范市缺列测试有限公司', '3042'],
      ]);
      const problem = expectProblem(
        await uploadImport(t.http, admin, 'enterprises', file),
        400,
        'MISSING_COLUMNS',
      );
      expect(problem.errors?.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
        '企业规模:MISSING_COLUMN',
        '所在区县:MISSING_COLUMN',
        '统一社会信用代码:MISSING_COLUMN',
      ]);
    });

    it('a file over 5 MB (exactly 5 MB is still read)', async () => {
      const limit = 5 * 1024 * 1024;
      const csv = enterprisesCsv([enterpriseImportRow()]);
      // Blank lines pad the file to the limit without adding rows.
      const exact = Buffer.concat([csv, Buffer.alloc(limit - csv.length, '\n')]);
      const read = await uploadImport(t.http, admin, 'enterprises', exact).expect(201);
      expect(read.body).toMatchObject({ totalRows: 1, validRows: 1 });
      expectProblem(
        await uploadImport(t.http, admin, 'enterprises', Buffer.concat([exact, Buffer.from('\n')])),
        413,
        'FILE_TOO_LARGE',
      );
    });

    it('an unknown or missing type', async () => {
      const file = enterprisesCsv([enterpriseImportRow()]);
      for (const type of ['students', undefined]) {
        const problem = expectProblem(
          await uploadImport(t.http, admin, type, file),
          400,
          'VALIDATION_FAILED',
        );
        expect(problem.errors?.map((e) => e.field)).toEqual(['type']);
      }
    });
  });

  it('is for admins only: 403 for other accounts, 401 without a token', async () => {
    const dry = await uploadImport(
      t.http,
      admin,
      'enterprises',
      enterprisesCsv([enterpriseImportRow()]),
    ).expect(201);
    const file = enterprisesCsv([enterpriseImportRow()]);
    for (const role of [Role.Enterprise, Role.College, Role.Expert]) {
      const account = await registerAccount(t.http, role);
      expectProblem(
        await uploadImport(t.http, account, 'enterprises', file),
        403,
        'ROLE_FORBIDDEN',
      );
      expectProblem(
        await request(t.http).get(`${API}/admin/imports/${dry.body.id}`).set(auth(account)),
        403,
        'ROLE_FORBIDDEN',
      );
      expectProblem(await commit(dry.body.id, account), 403, 'ROLE_FORBIDDEN');
    }
    expectProblem(await uploadImport(t.http, undefined, 'enterprises', file), 401, 'AUTH_REQUIRED');
    expectProblem(
      await request(t.http).get(`${API}/admin/imports/${dry.body.id}`),
      401,
      'AUTH_REQUIRED',
    );
    expectProblem(
      await request(t.http).post(`${API}/admin/imports/${dry.body.id}/commit`),
      401,
      'AUTH_REQUIRED',
    );
    const batch = await request(t.http)
      .get(`${API}/admin/imports/${dry.body.id}`)
      .set(auth(admin))
      .expect(200);
    expect(batch.body.status).toBe('validated');
  });

  it('imports all rows or none: a credit code registered since the dry run is a 409', async () => {
    const rows = [enterpriseImportRow(), enterpriseImportRow()];
    const dry = await uploadImport(t.http, admin, 'enterprises', enterprisesCsv(rows)).expect(201);
    expect(dry.body.validRows).toBe(2);

    const owner = await registerAccount(t.http, Role.Enterprise);
    await request(t.http)
      .post(`${API}/enterprises`)
      .set(auth(owner))
      .send(enterpriseBody({ creditCode: rows[1][1] }))
      .expect(201);

    const problem = expectProblem(await commit(dry.body.id), 409, 'IMPORT_CONFLICT');
    expect(problem.errors).toEqual([
      expect.objectContaining({ field: 'rows[1].creditCode', code: 'DUPLICATE' }),
    ]);
    const names: { name: string }[] = await t.dataSource.query(
      'SELECT name FROM organizations WHERE name = ANY($1)',
      [rows.map((r) => r[0])],
    );
    expect(names).toEqual([]);
    const codes: { n: number }[] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM organizations WHERE credit_code = ANY($1)',
      [rows.map((r) => r[1])],
    );
    expect(codes[0].n).toBe(1); // only the self-registered one
    const batch = await request(t.http)
      .get(`${API}/admin/imports/${dry.body.id}`)
      .set(auth(admin))
      .expect(200);
    expect(batch.body.status).toBe('validated');
  });
});
