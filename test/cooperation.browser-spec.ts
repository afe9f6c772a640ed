import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import request from 'supertest';
import {
  API,
  type Account,
  auth,
  demandBody,
  verifiedCollege,
  verifiedEnterprise,
} from './support';
import {
  type AdminConsole,
  expectAccessible,
  logIn,
  openPage,
  PHONE,
  startConsoleWithAdmin,
  step,
} from './support/browser';

type Org = { account: Account; org: { id: string; name: string } };

/** The scenarios with two browsers and several axe passes run long on a loaded machine. */
const LONG = 300_000;

/** This calendar year in the city (the ledger's default year). */
const YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4),
);

/** Types a date into an antd DatePicker found by its label and accepts it. */
async function pickDate(page: Page, label: string, date: string, scope = page.locator('body')) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  // Leaving the field accepts a typed date (Enter would also submit the form).
  await input.press('Tab');
}

/**
 * After the match (issue 14): a college and an enterprise run an order class — milestones,
 * an outcome reported (refused first, with the api's code at the field) and confirmed by the
 * other side — the college logs a teacher's practice against the two-month rule and the
 * enterprise confirms it, and the college weighs its majors against the city's demand.
 */
describe('cooperation after the match in the web console', () => {
  let c: AdminConsole;
  let admin: Account;
  let enterprise: Org;
  let college: Org;
  let matchId: string;
  let projectId: string;
  let rndDemandTitle: string;

  const post = (account: Account, path: string, body: object = {}) =>
    request(c.t.http).post(`${API}${path}`).set(auth(account)).send(body);

  beforeAll(async () => {
    c = await startConsoleWithAdmin();
    ({ admin } = c);
    enterprise = await verifiedEnterprise(c.t, admin);
    college = await verifiedCollege(c.t, admin, {
      majors: [
        {
          code: '460305',
          name: '工业机器人技术',
          annualIntake: 120,
          annualGraduates: 100,
          openedYear: 2015,
        },
      ],
    });
    // A talent demand naming the college's major, an invitation, accepted: a connected match.
    const talent = await post(enterprise.account, '/demands', demandBody('talent')).expect(201);
    await post(enterprise.account, `/demands/${talent.body.id}/publish`).expect(200);
    const invitation = await post(enterprise.account, `/demands/${talent.body.id}/invitations`, {
      collegeId: college.org.id,
      message: '订单班合作',
    }).expect(201);
    await post(college.account, `/matches/${invitation.body.id}/accept`).expect(200);
    matchId = invitation.body.id as string;
    const project = await post(enterprise.account, `/matches/${matchId}/projects`, {
      kind: 'order_class',
      title: '工业机器人订单班（2024级）',
      startDate: '2024-09-01',
      endDate: '2027-06-30',
      details: {
        majorCode: '460305',
        cohortYear: 2024,
        cohortSize: 40,
        curriculumCoDesigned: true,
      },
    }).expect(201);
    projectId = project.body.id as string;
    // An open R&D demand of the enterprise (industry 3042, glass): in 材料工程技术's field.
    rndDemandTitle = `钢化炉温度曲线优化${Date.now()}`;
    const rnd = await post(
      enterprise.account,
      '/demands',
      demandBody('rnd', { title: rndDemandTitle }),
    ).expect(201);
    await post(enterprise.account, `/demands/${rnd.body.id}/publish`).expect(200);
  });
  afterAll(() => c?.close());

  it(
    'runs a project: a milestone completed, an outcome refused, reported and confirmed',
    async () => {
      const { page, context, problems, allow } = await openPage(c.browser);
      // The first report is refused on purpose (hired > graduated).
      allow(new RegExp(`^400 /api/v1/projects/${projectId}/outcomes$`));
      await logIn(page, c.base, college.account);

      await step(page, 'project-list', async () => {
        await page.goto(`${c.base}/projects`);
        await page.getByRole('heading', { name: '合作项目' }).waitFor({ timeout: 15000 });
        await page.getByRole('link', { name: '工业机器人订单班（2024级）' }).waitFor();
        await expectAccessible(page, 'project-list');
        // Filtered by kind: an R&D filter leaves nothing, and says how to clear it.
        await page.getByLabel('项目类型').click();
        await page.locator('.ant-select-item-option').filter({ hasText: '技术攻关' }).click();
        await page.getByText('没有符合筛选条件的项目。').waitFor();
        await page.getByRole('button', { name: '清除筛选' }).click();
        await page.getByRole('link', { name: '工业机器人订单班（2024级）' }).click();
        await page.waitForURL(`${c.base}/projects/${projectId}`);
      });

      await step(page, 'project-page', async () => {
        await page.getByRole('heading', { name: '工业机器人订单班（2024级）' }).waitFor();
        await page.getByRole('link', { name: enterprise.org.name }).waitFor();
        await page.getByRole('link', { name: college.org.name }).waitFor();
        await page.getByRole('link', { name: '查看对接' }).waitFor();
        await page.getByText('还没有里程碑。').waitFor();
        await expectAccessible(page, 'project-page');
      });

      await step(page, 'milestone', async () => {
        await page.getByLabel('里程碑名称').fill('完成课程标准共建');
        await pickDate(page, '截止日期', '2030-06-30');
        await page.getByRole('button', { name: '添加', exact: true }).click();
        const milestone = page.getByTestId('milestone').filter({ hasText: '完成课程标准共建' });
        await milestone.getByText('未完成').waitFor();
        await milestone.getByText('2030-06-30').waitFor();
        await page.getByRole('button', { name: '标记完成：完成课程标准共建' }).click();
        await milestone.getByText('已完成', { exact: true }).waitFor();
        expect(await page.getByRole('button', { name: /^标记完成：/ }).count()).toBe(0);
      });

      await step(page, 'outcome-refused', async () => {
        await page.getByLabel('统计期').fill('2024');
        await page.getByLabel('入班人数').fill('40');
        await page.getByLabel('毕业人数').fill('38');
        await page.getByLabel('企业录用人数').fill('50');
        await page.getByRole('button', { name: '上报', exact: true }).click();
        // The api's problem at the field: in plain words, with its code.
        const hired = page
          .locator('.ant-form-item')
          .filter({ has: page.getByLabel('企业录用人数') });
        await hired.getByText('不能大于毕业人数（EXCEEDS_GRADUATED）').waitFor();
        expect(await page.getByTestId('outcome').count()).toBe(0);
        await expectAccessible(page, 'outcome-refused');
      });

      await step(page, 'outcome-reported', async () => {
        await page.getByLabel('企业录用人数').fill('35');
        await page.getByLabel('接收实习人数').fill('40');
        await page.getByRole('button', { name: '上报', exact: true }).click();
        const outcome = page.getByTestId('outcome').filter({ hasText: '2024' });
        await outcome.getByText('待确认').waitFor();
        await outcome.getByText('由本方上报，需其他合作方确认').waitFor();
        // The reporting side cannot confirm its own figures.
        expect(await outcome.getByRole('button', { name: /^确认/ }).count()).toBe(0);
      });

      // The enterprise, in a browser of its own, confirms the college's figures.
      const other = await openPage(c.browser);
      await logIn(other.page, c.base, enterprise.account);
      await step(other.page, 'outcome-confirmed', async () => {
        await other.page.goto(`${c.base}/projects/${projectId}`);
        const outcome = other.page.getByTestId('outcome').filter({ hasText: '2024' });
        await outcome.getByText('待确认').waitFor({ timeout: 15000 });
        await outcome.getByText('35').waitFor();
        await expectAccessible(other.page, 'project-page-enterprise');
        await other.page.getByRole('button', { name: '确认数据：2024' }).click();
        await outcome.getByText('已确认').waitFor();
        await outcome.getByText(`确认方：${enterprise.org.name}`).waitFor();
      });
      expect(other.problems).toEqual([]);
      await other.context.close();

      await step(page, 'outcome-seen-confirmed', async () => {
        await page.reload();
        const outcome = page.getByTestId('outcome').filter({ hasText: '2024' });
        await outcome.getByText('已确认').waitFor({ timeout: 15000 });
      });

      await step(page, 'status', async () => {
        await page.getByRole('button', { name: '开始实施' }).click();
        await page.getByText('项目状态已更新').waitFor();
        await page.getByRole('button', { name: '标记完成', exact: true }).waitFor();
      });

      expect(problems).toEqual([]);
      await context.close();
    },
    LONG,
  );

  it('starts a project from a connected match', async () => {
    const { page, context, problems } = await openPage(c.browser);
    await logIn(page, c.base, college.account);
    await step(page, 'new-project', async () => {
      await page.goto(`${c.base}/projects/new?match=${matchId}`);
      await page.getByRole('heading', { name: '发起合作项目' }).waitFor({ timeout: 15000 });
      await page.getByLabel('项目名称').fill('工业机器人订单班（2025级）');
      await page.getByLabel('专业代码').fill('460305');
      await page.getByLabel('届别（年级）').fill('2025');
      await page.getByLabel('招生人数').fill('30');
      await expectAccessible(page, 'new-project');
      await page.getByRole('button', { name: '创建项目' }).click();
      await page.getByRole('heading', { name: '工业机器人订单班（2025级）' }).waitFor();
      expect(page.url()).toMatch(/\/projects\/[0-9a-f-]{36}$/);
      await page.getByRole('link', { name: enterprise.org.name }).waitFor();
    });
    expect(problems).toEqual([]);
    await context.close();
  });

  it(
    'keeps the practice ledger: a teacher behind the 60 days, practice logged and confirmed',
    async () => {
      // A second teacher, through the api, with no practice at all.
      await post(college.account, `/colleges/${college.org.id}/teachers`, {
        name: '李老师',
        majors: ['460305'],
      }).expect(201);
      const { page, context, problems } = await openPage(c.browser);
      await logIn(page, c.base, college.account);

      await step(page, 'teacher-added', async () => {
        await page.goto(`${c.base}/teachers`);
        await page.getByRole('heading', { name: '教师与企业实践' }).waitFor({ timeout: 15000 });
        await page.getByRole('tab', { name: '教师' }).click();
        await page.getByRole('button', { name: '添加教师' }).first().click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('姓名').fill('张老师');
        const majors = dialog.getByLabel('专业代码');
        await majors.fill('430601');
        await majors.press('Enter');
        await dialog.getByLabel('已获双师型认证').click();
        await dialog.getByLabel('认证等级').click();
        await page.locator('.ant-select-item-option').filter({ hasText: '中级' }).click();
        await pickDate(page, '认证日期', '2024-06-30', dialog);
        await dialog.getByLabel('认证机构').fill('省教育厅');
        await expectAccessible(page, 'teacher-form');
        await dialog.getByRole('button', { name: '保存' }).click();
        await page.getByText('教师已添加').waitFor();
        const row = page.locator('tr').filter({ hasText: '张老师' });
        await row.getByText('中级 · 有效').waitFor();
        await row.getByText('材料工程技术（430601）').waitFor();
      });

      await step(page, 'ledger-behind', async () => {
        await page.getByRole('tab', { name: '实践台账' }).click();
        const behind = page.getByTestId('ledger-behind');
        await behind.getByText('2 位教师未达标，合计尚欠 120 天。').waitFor();
        await page.locator('tr').filter({ hasText: '张老师' }).getByText('0 / 60').waitFor();
        await expectAccessible(page, 'ledger');
      });

      await step(page, 'offers', async () => {
        await page.getByRole('tab', { name: '实践机会' }).click();
        await page.getByText(rndDemandTitle).first().waitFor({ timeout: 15000 });
        await expectAccessible(page, 'offers');
      });

      await step(page, 'practice-logged', async () => {
        await page.getByRole('button', { name: `登记实践：张老师，${rndDemandTitle}` }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByText('登记企业实践').waitFor();
        await pickDate(page, '开始日期', `${YEAR}-07-01`, dialog);
        await pickDate(page, '结束日期', `${YEAR}-07-20`, dialog);
        await dialog.getByLabel('实践天数').fill('15');
        const tasks = dialog.getByLabel('实践任务');
        await tasks.fill('钢化炉温度曲线测试');
        await tasks.press('Enter');
        await dialog.getByRole('button', { name: '登记' }).click();
        await page.getByText('实践已登记，等待企业确认').waitFor();
        await page.getByRole('tab', { name: '实践记录' }).click();
        const log = page.locator('tr').filter({ hasText: '张老师' });
        await log.getByText('待确认').waitFor();
        await log.getByText(`${YEAR}-07-01 – ${YEAR}-07-20`).waitFor();
      });

      // The enterprise confirms the days on its demand.
      const other = await openPage(c.browser);
      await logIn(other.page, c.base, enterprise.account);
      await step(other.page, 'practice-confirmed', async () => {
        await other.page.goto(`${c.base}/practice-logs`);
        await other.page.getByRole('heading', { name: '教师实践确认' }).waitFor({ timeout: 15000 });
        await expectAccessible(other.page, 'practice-logs');
        const row = other.page.locator('tr').filter({ hasText: '张老师' });
        await row.getByText(college.org.name).waitFor();
        await row.getByText('待确认').waitFor();
        await other.page.getByRole('link', { name: `${YEAR}-07-01 – ${YEAR}-07-20` }).click();
        await other.page.getByRole('heading', { name: '教师实践记录' }).waitFor();
        await other.page.getByText('张老师').waitFor();
        await other.page.getByRole('link', { name: rndDemandTitle }).waitFor();
        await expectAccessible(other.page, 'practice-log');
        await other.page
          .getByRole('button', { name: `确认实践：${YEAR}-07-01 至 ${YEAR}-07-20` })
          .click();
        await other.page.getByText('已确认该实践').waitFor();
        await other.page.locator('.ant-descriptions').getByText('已确认').waitFor();
      });
      expect(other.problems).toEqual([]);
      await other.context.close();

      await step(page, 'ledger-counted', async () => {
        await page.reload();
        await page.getByRole('heading', { name: '教师与企业实践' }).waitFor({ timeout: 15000 });
        const row = page.locator('tr').filter({ hasText: '张老师' });
        await row.getByText('15 / 60').waitFor();
        await row.getByText('未达标').waitFor();
        await page
          .getByTestId('ledger-behind')
          .getByText('2 位教师未达标，合计尚欠 105 天。')
          .waitFor();
      });

      expect(problems).toEqual([]);
      await context.close();
    },
    LONG,
  );

  it('weighs the college’s majors against demand and edits its own figures', async () => {
    const { page, context, problems } = await openPage(c.browser);
    await logIn(page, c.base, college.account);
    await step(page, 'majors', async () => {
      await page.goto(`${c.base}/majors`);
      await page.getByRole('heading', { name: '专业供需' }).waitFor({ timeout: 15000 });
      const row = page.locator('tr').filter({ hasText: '工业机器人技术（460305）' });
      await row.first().waitFor();
      // A suggestion in words (the colour only repeats it).
      expect(await page.getByTestId('suggestion-460305').innerText()).toMatch(
        /^(新开|扩招|保持|缩减)$/,
      );
      await expectAccessible(page, 'majors');
      // The postings behind it: the talent demand naming the major.
      await row.first().getByRole('button').first().click();
      await page.getByText('支持该建议的需求').waitFor();
    });
    await step(page, 'own-major', async () => {
      await page.getByRole('button', { name: '编辑工业机器人技术' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('年招生').fill('150');
      await dialog.getByLabel('停办年份').fill('2010');
      await dialog.getByRole('button', { name: '保存' }).click();
      await dialog.getByText('停办年份不能早于开设年份').waitFor();
      await dialog.getByLabel('停办年份').fill('');
      await dialog.getByRole('button', { name: '保存' }).click();
      await page.getByText('专业信息已保存').waitFor();
      const own = page.locator('.ant-card').filter({ hasText: '本校专业' });
      await own.locator('tr').filter({ hasText: '460305' }).getByText('150').waitFor();
    });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fits a phone: the project page has no sideways scroll', async () => {
    const { page, context, problems } = await openPage(c.browser, PHONE);
    await logIn(page, c.base, college.account);
    await step(page, 'project-phone', async () => {
      await page.goto(`${c.base}/projects/${projectId}`);
      await page.getByRole('heading', { name: '工业机器人订单班（2024级）' }).waitFor({
        timeout: 15000,
      });
      await page.getByTestId('outcome').first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'project-phone');
    });
    expect(problems).toEqual([]);
    await context.close();
  });
});
