import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import type { Page } from 'playwright-core';
import request from 'supertest';
import {
  API,
  type Account,
  auth,
  demandBody,
  eventually,
  expertWithProfile,
  settleBacklog,
  verifiedEnterprise,
} from './support';
import { pngBytes } from './support/files';
import {
  expectAccessibleAtRest,
  logIn,
  openPage,
  PHONE,
  startConsoleWithWorker,
  step,
  type WorkerConsole,
} from './support/browser';

/** An antd Select: opened from its label, then the option with this text picked. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

/** The number on the header's unread badge ('' when nothing is unread). */
const unreadBadge = (page: Page) =>
  page
    .getByTestId('unread-badge')
    .locator('.ant-scroll-number')
    .first()
    .getAttribute('title', { timeout: 1000 })
    .catch(() => '');

describe('posting, matching, connecting and talking in the web console', () => {
  let c: WorkerConsole;
  let worker: INestApplicationContext;
  let admin: Account;
  let enterprise: Account;

  beforeAll(async () => {
    // A corpus of its own, so that the seeded expert's rank depends on this suite only.
    c = await startConsoleWithWorker('web_match');
    ({ worker, admin } = c);
    ({ account: enterprise } = await verifiedEnterprise(c.t, admin));
  });
  afterAll(() => c?.close());

  it('an enterprise posts a demand through the form, publishes it and sees ranked candidates with reasons', async () => {
    // A public expert whose profile fits the demand, indexed before the demand is posted.
    const { expert } = await expertWithProfile(c.t.http, {
      name: '钢化炉王工',
      fields: ['光伏玻璃'],
      skills: ['钢化炉', '温控'],
      bio: '十年钢化炉温控调试经验',
    });
    await settleBacklog(worker);

    const { page, context, problems, allow } = await openPage(c.browser);
    // The API's own validation answer below is on purpose.
    allow(/^400 \/api\/v1\/demands$/);
    await logIn(page, c.base, enterprise);

    await step(page, 'demands-list', async () => {
      await page.getByRole('heading', { name: '我的需求' }).waitFor({ timeout: 15000 });
      await page.getByText('还没有需求', { exact: false }).waitFor();
      await expectAccessibleAtRest(page, 'demands-list');
      await page.getByRole('button', { name: '发布新需求' }).first().click();
      await page.getByRole('heading', { name: '发布新需求' }).waitFor();
    });

    await step(page, 'demand-form', async () => {
      await choose(page, '需求类型', '研发攻关');
      await page.getByLabel('问题类型').waitFor();
      await expectAccessibleAtRest(page, 'demand-form');
      // Too short a title: the form's own rule, at the field.
      await page.getByLabel('标题').fill('钢化');
      await page.getByRole('button', { name: '保存为草稿' }).click();
      await page.getByText('标题需 4–100 个字').waitFor();

      await page.getByLabel('标题').fill('钢化炉温控优化草稿');
      await page.getByLabel('需求描述').fill('钢化炉温控不稳，良品率低，寻找懂钢化炉的专家。');
      await choose(page, '问题类型', '工艺优化');
      await choose(page, '知识产权归属', '可协商');
      // A budget upper bound under its lower bound: only the API checks it; its message shows
      // at the field.
      await page.getByLabel('预算下限（元）').fill('500000');
      await page.getByLabel('预算上限（元）').fill('100000');
      await page.getByRole('button', { name: '保存为草稿' }).click();
      const budgetMax = page
        .locator('.ant-form-item')
        .filter({ has: page.getByLabel('预算上限（元）') });
      await budgetMax.getByText('budgetMax must not be less than budgetMin').waitFor();
      expect(page.url()).toMatch(/\/demands\/new$/);

      await page.getByLabel('预算上限（元）').fill('800000');
      await page.getByRole('button', { name: '保存为草稿' }).click();
      await page.waitForURL(/\/demands\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: '钢化炉温控优化草稿' }).waitFor();
      await page.getByTestId('status').getByText('草稿').waitFor();
      // A draft can be edited before it goes out.
      await page.getByRole('button', { name: '编辑' }).click();
      await page.getByRole('heading', { name: '编辑草稿' }).waitFor();
      await expect(page.getByLabel('预算上限（元）').inputValue()).resolves.toBe('800000');
      await page.getByLabel('标题').fill('钢化炉温控工艺优化');
      await page.getByRole('button', { name: '保存修改' }).click();
      await page.getByRole('heading', { name: '钢化炉温控工艺优化' }).waitFor();
    });

    await step(page, 'publish-and-match', async () => {
      await page.getByRole('button', { name: '发布' }).click();
      await page.getByTestId('status').getByText('已发布').waitFor();
      const card = page.getByTestId('candidate').filter({ hasText: expert.name });
      await card.waitFor({ timeout: 15000 });
      // Why this candidate: the matched word highlighted, the reasons and the score.
      await card.locator('mark', { hasText: '钢化炉' }).first().waitFor();
      await card.getByText('推荐理由').waitFor();
      await card.getByText(/匹配度 \d+%/).waitFor();
      expect(await card.locator('li').count()).toBeGreaterThan(0);
      // The best fit comes first.
      await expect(page.getByTestId('candidate').first().textContent()).resolves.toContain(
        expert.name,
      );
      await expectAccessibleAtRest(page, 'demand-detail');
    });

    await step(page, 'invite', async () => {
      const card = page.getByTestId('candidate').filter({ hasText: expert.name });
      await card.getByRole('button', { name: `邀请：${expert.name}` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('留言').fill('想请您来现场看看钢化炉的温控问题。');
      await dialog.getByRole('button', { name: '邀请' }).click();
      // The card shows the invitation's state; the list below shows it as ours, awaiting reply.
      await card.getByText('待回复').waitFor();
      const row = page.getByTestId('connection').filter({ hasText: expert.name });
      await row.getByText('我方发出邀请').waitFor();
      await row.getByRole('button', { name: '撤回' }).waitFor();
    });

    await step(page, 'list-shows-it', async () => {
      await page.getByRole('navigation').getByRole('link', { name: '我的需求' }).click();
      await page.getByRole('link', { name: '钢化炉温控工艺优化' }).waitFor();
    });

    expect(problems).toEqual([]);
    await context.close();

    // One pass at phone width over the demand page: nothing wider than the screen.
    const phone = await openPage(c.browser, PHONE);
    await logIn(phone.page, c.base, enterprise);
    await step(phone.page, 'demand-detail-phone', async () => {
      await phone.page.getByRole('link', { name: '钢化炉温控工艺优化' }).click();
      await phone.page.getByTestId('candidate').first().waitFor({ timeout: 15000 });
      const overflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessibleAtRest(phone.page, 'demand-detail-phone');
    });
    expect(phone.problems).toEqual([]);
    await phone.context.close();
  }, 240_000);

  it('an expert shows interest, the enterprise is told live and accepts, and they talk', async () => {
    const title = '光伏玻璃镀膜良率提升';
    const demand = await request(c.t.http)
      .post(`${API}/demands`)
      .set(auth(enterprise))
      .send(
        demandBody('rnd', {
          title,
          description: '镀膜工序良率低，寻找镀膜工艺专家',
          skills: ['镀膜'],
        }),
      )
      .expect(201);
    await request(c.t.http)
      .post(`${API}/demands/${demand.body.id}/publish`)
      .set(auth(enterprise))
      .expect(200);
    const { account: expertAccount, expert } = await expertWithProfile(c.t.http, {
      name: '镀膜李工',
      fields: ['光伏玻璃'],
      skills: ['镀膜'],
      contact: { phone: '13900001111' },
    });
    await settleBacklog(worker);

    const owner = await openPage(c.browser);
    const candidate = await openPage(c.browser);
    await logIn(owner.page, c.base, enterprise);
    await logIn(candidate.page, c.base, expertAccount);

    await step(owner.page, 'owner-waits', async () => {
      await owner.page.goto(`${c.base}/demands/${demand.body.id}`);
      await owner.page.getByRole('heading', { name: title }).waitFor({ timeout: 15000 });
      await owner.page.getByText('还没有意向或邀请', { exact: false }).waitFor();
    });
    const before = await unreadBadge(owner.page);

    await step(candidate.page, 'recommendations', async () => {
      await candidate.page.getByRole('heading', { name: '为我推荐' }).waitFor({ timeout: 15000 });
      const card = candidate.page.getByTestId('recommendation').filter({ hasText: title });
      await card.waitFor({ timeout: 15000 });
      await card.locator('mark', { hasText: '镀膜' }).first().waitFor();
      await expectAccessibleAtRest(candidate.page, 'recommendations');
      await card.getByRole('button', { name: `表达合作意向：${title}` }).click();
      const dialog = candidate.page.getByRole('dialog');
      await dialog.getByLabel('留言').fill('我做过三条镀膜线的良率提升，可以上门诊断。');
      await dialog.getByRole('button', { name: '表达合作意向' }).click();
      await card.getByText('待回复').waitFor();
    });

    await step(owner.page, 'owner-told-live', async () => {
      // No reload: the notification stream moves the badge and the list of interests.
      await eventually(
        async () => ((await unreadBadge(owner.page)) !== before ? true : undefined),
        15000,
      );
      const row = owner.page.getByTestId('connection').filter({ hasText: expert.name });
      await row.waitFor({ timeout: 15000 });
      await row.getByText('对方表达意向').waitFor();
      await expectAccessibleAtRest(owner.page, 'demand-detail-interest');
      await row.getByRole('button', { name: `接受：${title} · ${expert.name}` }).click();
      await row.getByText('已对接').waitFor();
    });

    await step(candidate.page, 'candidate-sees-contacts', async () => {
      await candidate.page.getByRole('navigation').getByRole('link', { name: '对接' }).click();
      await candidate.page.getByRole('heading', { name: '对接' }).waitFor();
      await expectAccessibleAtRest(candidate.page, 'matches');
      await candidate.page.getByRole('link', { name: title }).click();
      await candidate.page.getByRole('heading', { name: '对接详情' }).waitFor();
      await candidate.page.getByTestId('contacts').getByText(enterprise.email).waitFor();
      await expectAccessibleAtRest(candidate.page, 'match-detail');
      await candidate.page.getByRole('button', { name: '打开会话' }).click();
      await candidate.page.waitForURL(/\/conversations\/[0-9a-f-]{36}$/);
      await candidate.page.getByLabel('写消息').fill('您好，我周三可以到现场看镀膜线。');
      // An attachment goes up with the message (multipart) and comes down through the API.
      await candidate.page
        .locator('input[type="file"]')
        .setInputFiles({ name: '镀膜线照片.png', mimeType: 'image/png', buffer: pngBytes(3, 2) });
      await candidate.page.getByRole('button', { name: '发送' }).click();
      const sent = candidate.page.getByTestId('message').filter({ hasText: '我周三可以到现场' });
      await sent.waitFor();
      const [file] = await Promise.all([
        candidate.page.waitForEvent('download'),
        sent.getByRole('button', { name: '下载 镀膜线照片.png' }).click(),
      ]);
      // Byte for byte (headless Chromium may rename a CJK file name, keeping the extension).
      expect(file.suggestedFilename()).toMatch(/\.png$/);
      expect(readFileSync((await file.path())!)).toEqual(pngBytes(3, 2));
      await expectAccessibleAtRest(candidate.page, 'conversation');
    });

    await step(owner.page, 'owner-reads', async () => {
      await owner.page.getByRole('navigation').getByRole('link', { name: '消息' }).click();
      await owner.page.getByRole('heading', { name: '消息' }).waitFor();
      const thread = owner.page.getByTestId('thread').filter({ hasText: title });
      await thread.getByTestId('thread-unread').waitFor({ timeout: 15000 });
      await expectAccessibleAtRest(owner.page, 'conversations');
      await thread.getByRole('link', { name: title }).click();
      await owner.page.getByTestId('message').getByText('我周三可以到现场').waitFor();
      // Opening the thread reads it.
      await owner.page.getByRole('navigation').getByRole('link', { name: '消息' }).click();
      await owner.page.getByTestId('thread').filter({ hasText: title }).waitFor();
      await eventually(
        async () =>
          (await owner.page.getByTestId('thread-unread').count()) === 0 ? true : undefined,
        10000,
      );
    });

    expect(owner.problems).toEqual([]);
    expect(candidate.problems).toEqual([]);
    await owner.context.close();
    await candidate.context.close();
  }, 240_000);
});
