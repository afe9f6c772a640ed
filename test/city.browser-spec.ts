import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Role } from '@app/shared';
import {
  type Account,
  API,
  auth,
  createAdmin,
  createOperator,
  csvFile,
  ENTERPRISE_IMPORT_HEADERS,
  enterpriseBody,
  enterpriseImportRow,
  registerAccount,
  startWorker,
  verifiedCollege,
} from './support';
import {
  type Console,
  expectAccessible,
  logIn,
  openPage,
  PHONE,
  startConsole,
  step,
} from './support/browser';

/** An enterprise that signed up and awaits review (district 海港区 unless told). */
async function pendingEnterprise(c: Console, overrides: Record<string, unknown> = {}) {
  const account = await registerAccount(c.t.http, Role.Enterprise);
  const res = await request(c.t.http)
    .post(`${API}/enterprises`)
    .set(auth(account))
    .send(enterpriseBody(overrides))
    .expect(201);
  return res.body as { id: string; name: string };
}

describe('the city staff in the web console', () => {
  let c: Console;
  let admin: Account;
  beforeAll(async () => {
    c = await startConsole();
    admin = await createAdmin(c.t);
  });
  afterAll(() => c?.close());

  const organization = async (id: string) =>
    (await request(c.t.http).get(`${API}/enterprises/${id}`).set(auth(admin)).expect(200)).body as {
      status: string;
      rejectionReason?: string | null;
    };

  it('reviews organisations: rejects one with a reason, approves another', async () => {
    const toReject = await pendingEnterprise(c);
    const toApprove = await pendingEnterprise(c);
    const { page, context, problems } = await openPage(c.browser);
    await logIn(page, c.base, admin);

    const find = async (name: string) => {
      await page.getByLabel('机构名称').fill(name);
      await page.getByLabel('机构名称').press('Enter');
      await page.getByTestId('verification-queue').getByText(name).waitFor();
    };

    await step(page, 'queue', async () => {
      await page.getByRole('link', { name: '机构审核' }).click();
      await page.getByRole('heading', { name: '机构审核' }).waitFor({ timeout: 15000 });
      await page.getByTestId('verification-queue').waitFor();
      await expectAccessible(page, 'verifications');
    });

    await step(page, 'details', async () => {
      await find(toReject.name);
      await page.getByRole('button', { name: `详情：${toReject.name}` }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByText('统一社会信用代码').waitFor();
      await expectAccessible(page, 'verification-details');
      await drawer.getByRole('button', { name: '关闭' }).click();
      await drawer.waitFor({ state: 'hidden' });
    });

    await step(page, 'reject', async () => {
      await page.getByRole('button', { name: `驳回：${toReject.name}` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: '确认驳回' }).click();
      // No reason: the field says what is missing, nothing is sent.
      await dialog.getByText('请填写驳回原因').waitFor();
      expect((await organization(toReject.id)).status).toBe('pending');
      await dialog.getByLabel('驳回原因').fill('营业执照照片不清晰，请重新上传');
      await dialog.getByRole('button', { name: '确认驳回' }).click();
      await page.getByText(`已驳回“${toReject.name}”`).waitFor();
      await page.getByText('没有待审核的机构', { exact: false }).waitFor();
    });

    await step(page, 'approve', async () => {
      await find(toApprove.name);
      await page.getByRole('button', { name: `通过：${toApprove.name}` }).click();
      await page.getByText(`已通过“${toApprove.name}”的认证`).waitFor();
    });

    expect(await organization(toReject.id)).toMatchObject({
      status: 'rejected',
      rejectionReason: '营业执照照片不清晰，请重新上传',
    });
    expect((await organization(toApprove.id)).status).toBe('verified');

    await step(page, 'batch', async () => {
      // Two more approved at once from the selection.
      const first = await pendingEnterprise(c);
      const second = await pendingEnterprise(c);
      await page.getByLabel('机构名称').fill('');
      await page.getByLabel('机构名称').press('Enter');
      await page.getByRole('checkbox', { name: `选择 ${first.name}` }).check();
      await page.getByRole('checkbox', { name: `选择 ${second.name}` }).check();
      await page.getByRole('button', { name: '批量通过（2）' }).click();
      await page.getByText('已通过 2 家机构').waitFor();
      expect((await organization(first.id)).status).toBe('verified');
      expect((await organization(second.id)).status).toBe('verified');
    });

    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the cooperation section filtered, with a chart, tables and an export', async () => {
    const college = await verifiedCollege(c.t, admin);
    const { page, context, problems } = await openPage(c.browser);
    await logIn(page, c.base, admin);

    await step(page, 'platform', async () => {
      await page.getByRole('heading', { name: '平台运营数据' }).waitFor({ timeout: 15000 });
      await page.locator('[data-testid="table-experts"] table').waitFor();
      await page.getByTestId('chart-card-byMonth').waitFor();
      await expectAccessible(page, 'dashboard-platform');
    });

    await step(page, 'cooperation', async () => {
      await page.getByRole('tab', { name: '合作成效' }).click();
      await page.getByRole('tab', { name: '合作成效', selected: true }).waitFor();
      await page.getByLabel('起始月份').fill('2026-01');
      await page.getByLabel('类型', { exact: true }).click();
      await page.locator('.ant-select-item-option', { hasText: '订单班' }).click();
      await page.getByLabel('院校', { exact: true }).click();
      await page.locator('.ant-select-item-option', { hasText: college.org.name }).click();
      await page.waitForURL(/section=cooperation/);
      await page.waitForURL(new RegExp(`collegeId=${college.org.id}`));
      expect(new URL(page.url()).searchParams.get('kind')).toBe('order_class');
      expect(new URL(page.url()).searchParams.get('from')).toBe('2026-01');
      await page.locator('[data-testid="chart-overview"] svg').first().waitFor({ timeout: 15000 });
      await page.locator('[data-testid="table-overview"] table').waitFor();
      await page.getByTestId('table-orderClasses').waitFor();
      // The kind filter applies: the overview counts order classes only.
      const overviewRows = page.locator('[data-testid="table-overview"] tbody tr');
      expect(await overviewRows.count()).toBe(1);
      await expect(overviewRows.first().textContent()).resolves.toContain('订单班');
      await expectAccessible(page, 'dashboard-cooperation');
    });

    await step(page, 'export', async () => {
      const card = page.getByTestId('table-overview');
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        card.getByRole('button', { name: '下载 CSV' }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(/\.csv$/);
      // The file is of the filtered table: its head names the filters.
      const text = readFileSync((await file.path())!, 'utf8');
      expect(text).toContain('2026-01');
      expect(text).toContain('order_class');
    });

    await step(page, 'refresh', async () => {
      await page.getByRole('button', { name: '立即刷新数据' }).click();
      await page.getByText('统计数据已刷新').waitFor();
    });

    await step(page, 'queues', async () => {
      // The queue dashboard opens in a tab of its own, let in by the cookie the session sets.
      const [tab] = await Promise.all([
        context.waitForEvent('page'),
        page.getByRole('button', { name: '打开队列面板' }).click(),
      ]);
      await tab.waitForURL(/\/api\/admin\/queues$/, { timeout: 15000 });
      // bull-board's own page (a refusal would be a problem+json 401 instead).
      await tab.getByText('产教 · 队列').first().waitFor({ timeout: 15000 });
      await tab.close();
    });

    expect(problems).toEqual([]);
    await context.close();
  });

  it('imports enterprises: the dry run shows the bad row, the good rows are committed', async () => {
    const good = [enterpriseImportRow(), enterpriseImportRow()];
    const bad = enterpriseImportRow({ creditCode: '12345' });
    const file = csvFile([ENTERPRISE_IMPORT_HEADERS, good[0], bad, good[1]]);
    const { page, context, problems } = await openPage(c.browser);
    await logIn(page, c.base, admin);

    await step(page, 'upload', async () => {
      await page.getByRole('link', { name: '批量导入' }).click();
      await page.getByRole('heading', { name: '批量导入' }).waitFor({ timeout: 15000 });
      await expectAccessible(page, 'imports');
      // Nothing chosen yet: the form says so.
      await page.getByRole('button', { name: '上传并检查' }).click();
      await page.getByText('请选择要上传的文件').waitFor();
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: '企业导入.csv', mimeType: 'text/csv', buffer: file });
      await page.getByRole('button', { name: '上传并检查' }).click();
      await page.waitForURL(/\/admin\/imports\/[0-9a-f-]{36}$/);
    });

    const id = new URL(page.url()).pathname.split('/').pop()!;
    await step(page, 'report', async () => {
      const rows = page.getByTestId('import-rows');
      await rows.waitFor();
      // The header is row 1: the bad row is row 3, with its field and message.
      const badRow = rows.locator('tr[data-row-key="3"]');
      await badRow.getByText('有错误').waitFor();
      await badRow.getByText('creditCode').waitFor();
      expect(await rows.locator('tr.ant-table-row').count()).toBe(3);
      await page.getByRole('switch', { name: '只看有错误的行' }).click();
      expect(await rows.locator('tr.ant-table-row').count()).toBe(1);
      await expectAccessible(page, 'import-report');
    });

    await step(page, 'commit', async () => {
      await page.getByRole('button', { name: '导入 2 条有效记录' }).click();
      await page.getByText('已导入 2 条记录，跳过 1 条有错误的行').waitFor();
      await page.getByRole('button', { name: '发送认领邀请' }).waitFor();
    });

    const batch = await request(c.t.http)
      .get(`${API}/admin/imports/${id}`)
      .set(auth(admin))
      .expect(200);
    expect(batch.body).toMatchObject({ status: 'committed', validRows: 2, invalidRows: 1 });
    const imported = await c.t.dataSource.query<{ name: string; status: string }[]>(
      'SELECT name, status FROM organizations WHERE name = ANY($1) ORDER BY name',
      [[good[0][0], good[1][0], bad[0]]],
    );
    expect(imported.map((o) => o.status)).toEqual(['verified', 'verified']);
    expect(imported.map((o) => o.name).sort()).toEqual([good[0][0], good[1][0]].sort());

    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a district operator its own districts only', async () => {
    const operator = await createOperator(c.t, admin, ['130302', '130304']);
    const mine = await pendingEnterprise(c, { district: '130304' });
    const theirs = await pendingEnterprise(c, { district: '130303' });
    const { page, context, problems } = await openPage(c.browser);
    await logIn(page, c.base, operator);

    await step(page, 'operator-dashboard', async () => {
      await page.getByRole('heading', { name: '平台运营数据' }).waitFor({ timeout: 15000 });
      // The platform admin's buttons are not there.
      expect(await page.getByRole('button', { name: '立即刷新数据' }).count()).toBe(0);
      await page.getByLabel('区县', { exact: true }).click();
      const options = page.locator('.ant-select-item-option');
      await options.first().waitFor();
      expect(await options.allTextContents()).toEqual(['海港区', '北戴河区']);
      await options.filter({ hasText: '北戴河区' }).click();
      await page.waitForURL(/district=130304/);
      await page.locator('[data-testid="table-organizations"] table').waitFor();
      await expectAccessible(page, 'dashboard-operator');
    });

    await step(page, 'operator-queue', async () => {
      await page.getByRole('link', { name: '机构审核' }).click();
      await page.getByTestId('verification-queue').getByText(mine.name).waitFor({ timeout: 15000 });
      expect(await page.getByText(theirs.name).count()).toBe(0);
      await expectAccessible(page, 'verifications-operator');
    });

    expect(problems).toEqual([]);
    await context.close();
  });

  it('asks for the yearly report, follows its progress and downloads it', async () => {
    const { page, context, problems } = await openPage(c.browser);
    await logIn(page, c.base, admin);
    await step(page, 'reports', async () => {
      await page.getByRole('link', { name: '年度报告' }).click();
      await page.getByRole('heading', { name: '年度报告' }).waitFor({ timeout: 15000 });
      await expectAccessible(page, 'reports');
      await page.getByLabel('年份').fill('2025');
      await page.getByRole('button', { name: '生成报告' }).click();
      await page.waitForURL(/\/admin\/reports\?id=/);
      await page.getByTestId('report-status').getByText('2025 年报告').waitFor();
      await page.getByRole('progressbar').waitFor();
    });
    const id = new URL(page.url()).searchParams.get('id');
    const status = await request(c.t.http).get(`${API}/reports/${id}`).set(auth(admin)).expect(200);
    expect(status.body.year).toBe(2025);

    // The worker makes it; the page follows the progress by itself and offers the files.
    const worker = await startWorker();
    try {
      await step(page, 'report-done', async () => {
        const card = page.getByTestId('report-status');
        await card.getByText('已完成').waitFor({ timeout: 120_000 });
        for (const format of ['docx', 'pdf']) {
          const [file] = await Promise.all([
            page.waitForEvent('download'),
            card.getByRole('button', { name: `下载 ${format.toUpperCase()}` }).click(),
          ]);
          expect(file.suggestedFilename().endsWith(`.${format}`)).toBe(true);
        }
        // Off the button just clicked: the theme's hover blue is lighter than the resting one.
        await page.mouse.move(0, 0);
        await expectAccessible(page, 'report-done');
      });
    } finally {
      await worker.close();
    }

    await step(page, 'audit', async () => {
      await page.getByRole('link', { name: '操作日志' }).click();
      await page.getByRole('heading', { name: '操作日志' }).waitFor({ timeout: 15000 });
      // The reviews of the first scenario are in the log.
      await page.getByText('organization.rejected').first().waitFor();
      await page.getByText('admin.import_applied').first().waitFor();
      await expectAccessible(page, 'audit');
    });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fits the dashboard on a phone', async () => {
    const { page, context, problems } = await openPage(c.browser, PHONE);
    await logIn(page, c.base, admin);
    await step(page, 'phone-dashboard', async () => {
      await page.getByRole('heading', { name: '平台运营数据' }).waitFor({ timeout: 15000 });
      await page.getByRole('tab', { name: '合作成效' }).click();
      await page.locator('[data-testid="chart-overview"] svg').first().waitFor({ timeout: 15000 });
      await page.locator('[data-testid="table-overview"] table').waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'dashboard-phone');
    });
    expect(problems).toEqual([]);
    await context.close();
  });
});
