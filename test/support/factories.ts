import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { AuthService } from '@app/identity';
import { generateUscc } from '@app/reference';
import { Role } from '@app/shared';
import { type TestApp, testAppOf } from './test-app';

export const API = '/api/v1';
const unique = () => randomBytes(5).toString('hex');

export interface Account {
  id: string;
  email: string;
  password: string;
  role: Role;
  token: string;
  refreshToken: string;
}

type Http = TestApp['http'];

export const auth = (account: { token: string }) => ({ Authorization: `Bearer ${account.token}` });

/**
 * Signs up through the API like a new user, confirms the address as the emailed link would
 * (test/account-links.e2e-spec.ts follows the real email), and logs in.
 */
export async function registerAccount(
  http: Http,
  role: Role,
  email = `${role}-${unique()}@test.chanjiao.cn`,
  options: { locale?: 'zh-CN' | 'en'; displayName?: string } = {},
): Promise<Account> {
  const password = `Pw-${unique()}-1`;
  const { locale, displayName = `测试${role}` } = options;
  await request(http)
    .post(`${API}/auth/register`)
    .send({ email, password, role, displayName, ...(locale ? { locale } : {}) })
    .expect(202);
  await testAppOf(http).dataSource.query(
    'UPDATE users SET email_verified_at = now() WHERE email = $1',
    [email.toLowerCase()],
  );
  const res = await request(http).post(`${API}/auth/login`).send({ email, password }).expect(200);
  return {
    id: res.body.user.id,
    email,
    password,
    role,
    token: res.body.accessToken,
    refreshToken: res.body.refreshToken,
  };
}

/** Admins cannot sign up: made the way the CLI makes them, then logged in through the API. */
export async function createAdmin(t: TestApp): Promise<Account> {
  const email = `admin-${unique()}@test.chanjiao.cn`;
  const password = `Admin-${unique()}`;
  const user = await t.app
    .get(AuthService)
    .createUser({ email, password, displayName: '管理员', role: Role.Admin, locale: 'zh-CN' });
  const res = await request(t.http).post(`${API}/auth/login`).send({ email, password }).expect(200);
  return {
    id: user.id,
    email,
    password,
    role: Role.Admin,
    token: res.body.accessToken,
    refreshToken: res.body.refreshToken,
  };
}

/**
 * A district operator: a signed-up account that the platform admin grants `districts` through
 * the API (ADR 0016). The account's token keeps working; its scope is read per request.
 */
export async function createOperator(
  t: TestApp,
  admin: Account,
  districts: string[],
): Promise<Account> {
  const account = await registerAccount(
    t.http,
    Role.Expert,
    `operator-${unique()}@test.chanjiao.cn`,
  );
  await request(t.http)
    .post(`${API}/admin/operators`)
    .set(auth(admin))
    .send({ email: account.email, districts })
    .expect(201);
  return { ...account, role: Role.Operator };
}

export function enterpriseBody(overrides: Record<string, unknown> = {}) {
  return {
    name: `示范市测试光伏玻璃有限公司${unique()}`,
    creditCode: generateUscc(unique(), '130302'),
    industryCode: '3042',
    size: 'medium',
    district: '130302',
    description: '光伏玻璃深加工',
    tags: ['光伏玻璃'],
    ...overrides,
  };
}

export function collegeBody(overrides: Record<string, unknown> = {}) {
  return {
    name: `示范市测试职业技术学院${unique()}`,
    level: '高职',
    district: '130302',
    majors: [{ code: '460305', name: '工业机器人技术', annualIntake: 120 }],
    trainingCapacity: 500,
    ...overrides,
  };
}

export function expertBody(overrides: Record<string, unknown> = {}) {
  return {
    name: '李工',
    title: '高级工程师',
    affiliation: '示范市测试研究院',
    district: '130303',
    industryCodes: ['3042'],
    fields: ['光伏玻璃'],
    skills: ['钢化工艺'],
    services: ['consulting', 'rnd'],
    contact: { phone: '13900000000', email: 'li@example.cn' },
    ...overrides,
  };
}

export function demandBody(
  kind = 'rnd',
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const details: Record<string, Record<string, unknown>> = {
    talent: {
      talent: {
        type: 'order_class',
        headcount: 30,
        majorCode: '460305',
        periodStart: '2027-09-01',
        periodEnd: '2028-06-30',
      },
    },
    rnd: {
      rnd: {
        problemType: 'technical_problem',
        budgetMin: 100000,
        budgetMax: 300000,
        ipTerms: 'shared',
      },
    },
    training: { training: { trainees: 40, format: 'onsite', durationDays: 5 } },
    teacher_practice: { teacherPractice: { months: 2, places: 5 } },
  };
  return {
    kind,
    title: '光伏玻璃钢化工艺优化',
    description: '钢化炉良品率提升',
    skills: ['钢化'],
    deadline: '2030-12-31',
    ...details[kind],
    ...overrides,
  };
}

/** A college need of each kind, as a college's staff fill the form. */
export function collegeNeedBody(
  kind = 'part_time_teacher',
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const needs: Record<string, Record<string, unknown>> = {
    part_time_teacher: {
      title: '招聘工业机器人方向兼职教师',
      description: '下学期机器人专业课缺老师，要求有现场调试经验，能带学生实操。',
      industryCode: '3491',
      skills: ['工业机器人', 'PLC'],
      partTimeTeacher: {
        courses: ['工业机器人现场编程', 'PLC编程与应用'],
        hours: 64,
        term: '2026-2027学年第一学期',
      },
    },
    enterprise_mentor: {
      title: '毕业设计企业导师',
      description: '机器人专业毕业设计，希望企业工程师出题并指导。',
      industryCode: '3491',
      enterpriseMentor: {
        projects: ['焊接机器人工作站改造', '视觉分拣'],
        purpose: 'graduation_project',
        students: 30,
        periodStart: '2026-11-01',
        periodEnd: '2027-05-31',
      },
    },
    internship_base: {
      title: '工业机器人专业顶岗实习基地',
      description: '每年三月到六月，学生到企业顶岗实习，学校派带队老师。',
      internshipBase: {
        places: 40,
        majorCodes: ['460305'],
        periodStart: '2027-03-01',
        periodEnd: '2027-06-30',
      },
    },
    co_building: {
      title: '共建智能制造产业学院',
      description: '学校有场地和专业群，想找龙头企业一起建产业学院。',
      industryCode: '34',
      coBuilding: {
        type: 'industry_college',
        coBuilt: '智能制造产业学院',
        collegeBrings: '实训场地1200平方米，机器人、机电两个专业，双师型教师15人',
        seeks: '设备投入、真实生产项目、工程师驻校授课',
      },
    },
  };
  return { kind, deadline: '2030-12-31', ...needs[kind], ...overrides };
}

/** An enterprise account whose organisation the platform has verified. */
export async function verifiedEnterprise(
  t: TestApp,
  admin: Account,
  overrides: Record<string, unknown> = {},
) {
  const account = await registerAccount(t.http, Role.Enterprise);
  const org = await request(t.http)
    .post(`${API}/enterprises`)
    .set(auth(account))
    .send(enterpriseBody(overrides))
    .expect(201);
  await request(t.http)
    .post(`${API}/admin/organizations/${org.body.id}/verify`)
    .set(auth(admin))
    .expect(200);
  return { account, org: org.body as { id: string; name: string } };
}

export async function verifiedCollege(
  t: TestApp,
  admin: Account,
  overrides: Record<string, unknown> = {},
) {
  const account = await registerAccount(t.http, Role.College);
  const org = await request(t.http)
    .post(`${API}/colleges`)
    .set(auth(account))
    .send(collegeBody(overrides))
    .expect(201);
  await request(t.http)
    .post(`${API}/admin/organizations/${org.body.id}/verify`)
    .set(auth(admin))
    .expect(200);
  return { account, org: org.body as { id: string; name: string } };
}

/** Polls until `probe` returns a value (not undefined) or the time is up. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** An expert account with its profile created through the API. */
export async function expertWithProfile(http: Http, overrides: Record<string, unknown> = {}) {
  const account = await registerAccount(http, Role.Expert);
  const res = await request(http)
    .post(`${API}/experts`)
    .set(auth(account))
    .send(expertBody(overrides))
    .expect(201);
  return { account, expert: res.body as { id: string; name: string } };
}

/** The zh-CN header row of the enterprise import template. */
export const ENTERPRISE_IMPORT_HEADERS = [
  '企业名称',
  '统一社会信用代码',
  '行业代码',
  '企业规模',
  '所在区县',
  '企业简介',
  '标签',
];

type EnterpriseImportCell =
  'name' | 'creditCode' | 'industryCode' | 'size' | 'district' | 'description' | 'tags';

/** One row of an enterprise import file, with a name and credit code no other test uses. */
export function enterpriseImportRow(
  overrides: Partial<Record<EnterpriseImportCell, string>> = {},
): string[] {
  const { name, creditCode } = enterpriseBody();
  const row = {
    name,
    creditCode,
    industryCode: '3042',
    size: '中型',
    district: '海港区',
    description: '光伏玻璃深加工',
    tags: '光伏、玻璃',
    ...overrides,
  };
  return [
    row.name,
    row.creditCode,
    row.industryCode,
    row.size,
    row.district,
    row.description,
    row.tags,
  ];
}

/** A CSV the way Excel's "CSV UTF-8" saves it: BOM, CRLF, fields quoted when needed. */
export function csvFile(rows: readonly (readonly string[])[]): Buffer {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = rows.map((cells) => cells.map(quote).join(',') + '\r\n');
  return Buffer.from(`\uFEFF${lines.join('')}`, 'utf8');
}

/** POST /admin/imports as the admin console sends it: multipart `type` and `file`. */
export function uploadImport(
  http: Http,
  account: { token: string } | undefined,
  type: string | undefined,
  file?: Buffer,
  fileName = '导入.csv',
) {
  let req = request(http).post(`${API}/admin/imports`);
  if (account) req = req.set(auth(account));
  if (type !== undefined) req = req.field('type', type);
  if (file) req = req.attach('file', file, fileName);
  return req;
}
