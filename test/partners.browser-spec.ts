import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Role } from '@app/shared';
import {
  type Account,
  API,
  auth,
  enterpriseBody,
  eventually,
  expertWithProfile,
  MailSink,
  registerAccount,
  verifiedCollege,
} from './support';
import {
  expectAccessibleAtRest,
  logIn,
  openPage,
  PHONE,
  startConsoleWithWorker,
  step,
  type WorkerConsole,
} from './support/browser';

/** Finding partners, profiles and sign-up in the console (issue 14), in Chromium. */
describe('partners, profiles and sign-up in the web console', () => {
  let c: WorkerConsole;
  let admin: Account;
  const smtp = new MailSink();
  // A word of this file's own, so the search finds only the enterprises made here.
  const WORD = '镀膜钢化';

  beforeAll(async () => {
    await smtp.start();
    c = await startConsoleWithWorker('partners_web', (base) => ({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      PUBLIC_WEB_URL: base,
    }));
    ({ admin } = c);
  });
  afterAll(async () => {
    await c?.close();
    await smtp.stop();
  });

  /** A verified enterprise in a district, described with the search word. */
  async function enterpriseIn(district: string, name: string) {
    const account = await registerAccount(c.t.http, Role.Enterprise);
    const org = await request(c.t.http)
      .post(`${API}/enterprises`)
      .set(auth(account))
      .send(enterpriseBody({ district, name, description: `${WORD}生产线，光伏玻璃深加工` }))
      .expect(201);
    await request(c.t.http)
      .post(`${API}/admin/organizations/${org.body.id}/verify`)
      .set(auth(admin))
      .expect(200);
  }

  it('a college searches partners, narrows them by a facet and saves the search', async () => {
    const { account: college } = await verifiedCollege(c.t, admin);
    await enterpriseIn('130302', `示范市海港镀膜玻璃有限公司${Date.now()}`);
    await enterpriseIn('130302', `示范市海港钢化玻璃有限公司${Date.now()}`);
    await enterpriseIn('130303', `示范市山海关玻璃有限公司${Date.now()}`);
    await eventually(async () => {
      const res = await request(c.t.http)
        .get(`${API}/search`)
        .query({ type: 'enterprises', q: WORD });
      return res.body.total === 3 ? true : undefined;
    }, 15_000);

    const { page, context, problems } = await openPage(c.browser);
    await logIn(page, c.base, college);

    await step(page, 'search', async () => {
      await page.goto(`${c.base}/search`);
      await page.getByRole('heading', { name: '找合作伙伴' }).waitFor({ timeout: 15000 });
      const types = page.getByRole('radiogroup', { name: '搜索类别' });
      await types.getByText('企业', { exact: true }).click();
      await page.waitForURL(/type=enterprises/);
      // The URL moves first; the radio follows on the next render (waitFor, not a one-shot read).
      await types
        .getByRole('radio', { name: '企业', checked: true })
        .waitFor({ state: 'attached' });
      await page.getByRole('textbox', { name: '搜索关键词' }).fill(WORD);
      await page.getByRole('textbox', { name: '搜索关键词' }).press('Enter');
      await page.waitForURL(/[?&]q=/);
      // The matched words are marked; the api's markup never shows as text.
      const marks = page.locator('[data-testid="search-result"] mark');
      await marks.first().waitFor({ timeout: 15000 });
      await page.getByText('共 3 条结果').waitFor({ timeout: 15000 });
      expect(await page.getByTestId('search-result').count()).toBe(3);
      expect(await marks.count()).toBeGreaterThan(0);
      expect(await marks.first().textContent()).toContain('镀膜');
      expect(await page.getByText('<mark>').count()).toBe(0);
      await expectAccessibleAtRest(page, 'search');
    });

    await step(page, 'facet', async () => {
      const districts = page.getByTestId('facet-district');
      const two = districts.getByRole('button', { name: /（2）$/ });
      const one = districts.getByRole('button', { name: /（1）$/ });
      expect(await one.count()).toBe(1);
      await two.click();
      await page.getByText('共 2 条结果').waitFor({ timeout: 15000 });
      expect(await page.getByTestId('search-result').count()).toBe(2);
      // The counts follow the filter: the other district is gone, the chosen one is pressed.
      await districts.getByRole('button', { name: /（1）$/ }).waitFor({ state: 'detached' });
      expect(await districts.getByRole('button', { pressed: true }).textContent()).toMatch(
        /（2）$/,
      );
      expect(page.url()).toContain('district=130302');
      await expectAccessibleAtRest(page, 'search-filtered');
    });

    await step(page, 'save', async () => {
      await page.getByRole('button', { name: '保存此搜索' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('名称').fill('海港区镀膜企业');
      await expectAccessibleAtRest(page, 'save-search');
      await dialog.getByRole('button', { name: /^保\s?存$/ }).click();
      await page.getByText('已保存搜索“海港区镀膜企业”').waitFor();
      const saved = await request(c.t.http).get(`${API}/saved-searches`).set(auth(college));
      expect(saved.body.items).toEqual([
        expect.objectContaining({
          name: '海港区镀膜企业',
          type: 'enterprises',
          q: WORD,
          filters: { district: '130302' },
          alertsEnabled: true,
        }),
      ]);
    });

    await step(page, 'saved-searches', async () => {
      await page.getByRole('link', { name: '我的订阅搜索' }).click();
      await page.getByRole('heading', { name: '订阅的搜索' }).waitFor();
      await expectAccessibleAtRest(page, 'saved-searches');
      await page.getByRole('link', { name: '海港区镀膜企业' }).click();
      await page.getByRole('heading', { name: '海港区镀膜企业' }).waitFor();
      await page.getByText('共 2 条结果').waitFor({ timeout: 15000 });
      await expectAccessibleAtRest(page, 'saved-search');
    });
    expect(problems).toEqual([]);
    await context.close();

    // One pass at phone width over the search page: nothing wider than the screen.
    const phone = await openPage(c.browser, PHONE);
    await logIn(phone.page, c.base, college);
    await step(phone.page, 'search-phone', async () => {
      await phone.page.goto(`${c.base}/search?type=enterprises&q=${encodeURIComponent(WORD)}`);
      await phone.page.getByText('共 3 条结果').waitFor({ timeout: 15000 });
      const overflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessibleAtRest(phone.page, 'search-phone');
    });
    expect(phone.problems).toEqual([]);
    await phone.context.close();
  }, 240_000);

  it('an expert edits the profile and the preview shows the public fields only', async () => {
    const { account, expert } = await expertWithProfile(c.t.http, {
      bio: '从事光伏玻璃钢化二十年',
      contact: { phone: '13911112222', email: 'private-li@example.cn' },
    });
    const { page, context, problems } = await openPage(c.browser);
    await logIn(page, c.base, account);
    await step(page, 'profile', async () => {
      await page.goto(`${c.base}/profile`);
      await page.getByRole('heading', { name: '专家资料' }).waitFor({ timeout: 15000 });
      const preview = page.getByTestId('public-preview');
      await preview.getByText('从事光伏玻璃钢化二十年').waitFor();
      // The form shows the private contact; the preview never does.
      expect(await page.getByLabel('联系电话（不公开）').inputValue()).toBe('13911112222');
      const shown = await preview.textContent();
      expect(shown).not.toContain('13911112222');
      expect(shown).not.toContain('private-li@example.cn');
      await expectAccessibleAtRest(page, 'profile');
    });
    await step(page, 'edit', async () => {
      await page.getByLabel('个人简介').fill('专注超薄玻璃减反射镀膜');
      await page.getByLabel('职称', { exact: true }).fill('正高级工程师');
      // Live: the preview follows the form before anything is saved.
      const preview = page.getByTestId('public-preview');
      await preview.getByText('专注超薄玻璃减反射镀膜').waitFor();
      await preview.getByText(/正高级工程师/).waitFor();
      await page.getByRole('button', { name: /^保\s?存$/ }).click();
      await page.getByText('资料已保存').waitFor();
      // What another user reads now is what the preview showed.
      const other = await registerAccount(c.t.http, Role.Enterprise);
      const pub = await request(c.t.http)
        .get(`${API}/experts/${expert.id}`)
        .set(auth(other))
        .expect(200);
      expect(pub.body).toMatchObject({ bio: '专注超薄玻璃减反射镀膜', title: '正高级工程师' });
      expect(pub.body).not.toHaveProperty('contact');
    });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('signs up through the form, follows the emailed link and lands logged in', async () => {
    const email = `signup-${Date.now()}@test.chanjiao.cn`;
    const { page, context, problems } = await openPage(c.browser);
    await step(page, 'register', async () => {
      await page.goto(`${c.base}/register`);
      await page.getByRole('heading', { name: '注册账号' }).waitFor({ timeout: 15000 });
      await page.getByRole('radio', { name: /^企业/ }).check();
      await page.getByLabel('您的姓名').fill('王经理');
      await page.getByLabel('邮箱').fill(email);
      await page.getByLabel('密码').fill('Pw-signup-through-ui-1');
      await expectAccessibleAtRest(page, 'register');
      await page.getByRole('button', { name: /^注\s?册$/ }).click();
      await page.getByText('请查收邮件').waitFor();
      await page.getByText(email).waitFor();
      await expectAccessibleAtRest(page, 'register-sent');
    });
    const link = await eventually(async () => {
      for (const mail of smtp.to(email)) {
        const found = /https?:\/\/[^\s"<]+\/verify-email\?token=[A-Za-z0-9_-]{43}/.exec(
          mail.decoded,
        );
        if (found) return found[0];
      }
      return undefined;
    }, 15_000);
    expect(link.startsWith(`${c.base}/verify-email?token=`)).toBe(true);
    await step(page, 'verify', async () => {
      await page.goto(link);
      await page.waitForURL(`${c.base}/profile`, { timeout: 15000 });
      await page.getByRole('heading', { name: '机构资料' }).waitFor({ timeout: 15000 });
      await page.getByRole('button', { name: '退出' }).waitFor();
      await expectAccessibleAtRest(page, 'verified-profile');
      // A session like a login's: the refresh cookie brings it back after a reload.
      await page.reload();
      await page.getByRole('heading', { name: '机构资料' }).waitFor({ timeout: 15000 });
      expect((await context.cookies()).map((k) => k.name)).toEqual(['chanjiao_refresh']);
    });
    expect(problems).toEqual([]);
    await context.close();
  });
  it('a college owner publishes an offer, invites a colleague who joins, and sets notifications', async () => {
    const { account: owner, org } = await verifiedCollege(c.t, admin);
    const { page, context, problems } = await openPage(c.browser);
    await logIn(page, c.base, owner);

    await step(page, 'profile-college', async () => {
      await page.goto(`${c.base}/profile`);
      await page.getByRole('heading', { name: '机构资料' }).waitFor({ timeout: 15000 });
      await page.getByTestId('verification').getByText('审核状态：已认证').waitFor();
      await expectAccessibleAtRest(page, 'profile-college');
      await page.getByRole('link', { name: '查看公开页面' }).click();
      await page.getByRole('heading', { name: org.name }).waitFor();
      await page.getByText('工业机器人技术（460305）').waitFor();
      await expectAccessibleAtRest(page, 'organization');
    });

    await step(page, 'offers', async () => {
      await page.goto(`${c.base}/offers`);
      await page.getByRole('heading', { name: '我的资源' }).waitFor({ timeout: 15000 });
      await expectAccessibleAtRest(page, 'offers-empty');
      await page.getByRole('link', { name: '发布资源' }).first().click();
      await page.getByRole('heading', { name: '发布资源' }).waitFor();
      // The client's rule first: a title of 4 to 100 characters.
      await page.getByLabel('标题').fill('培训');
      await page.getByRole('button', { name: /^发\s?布$/ }).click();
      await page.getByText('标题 4–100 字').waitFor();
      await page.getByLabel('标题').fill('工业机器人运维员工培训');
      await page.getByLabel('详细说明').fill('每年可为企业培训 200 名机器人运维人员');
      await expectAccessibleAtRest(page, 'offer-new');
      await page.getByRole('button', { name: /^发\s?布$/ }).click();
      await page.getByText('资源已发布').waitFor();
      await page.getByTestId('offer').getByText('工业机器人运维员工培训').waitFor();
      await expectAccessibleAtRest(page, 'offers');
    });

    const colleague = `colleague-${Date.now()}@test.chanjiao.cn`;
    await step(page, 'team', async () => {
      await page.goto(`${c.base}/team`);
      await page.getByRole('heading', { name: `团队 · ${org.name}` }).waitFor({ timeout: 15000 });
      await page.getByLabel('邮箱').fill(colleague);
      await page.getByRole('button', { name: '发送邀请' }).click();
      await page.getByText(`邀请已发送到 ${colleague}`).waitFor();
      await page.getByRole('cell', { name: colleague, exact: true }).waitFor();
      await expectAccessibleAtRest(page, 'team');
    });

    await step(page, 'notifications', async () => {
      await page.goto(`${c.base}/settings/notifications`);
      await page.getByRole('heading', { name: '设置' }).waitFor({ timeout: 15000 });
      const box = page.getByRole('checkbox', { name: '订阅搜索有新结果：邮件' });
      await box.waitFor({ timeout: 15000 });
      const before = await box.isChecked();
      await box.setChecked(!before);
      await expectAccessibleAtRest(page, 'notification-preferences');
      await page.getByRole('button', { name: '保存通知偏好' }).click();
      await page.getByText('通知偏好已保存').waitFor();
      const prefs = await request(c.t.http)
        .get(`${API}/me/notification-preferences`)
        .set(auth(owner))
        .expect(200);
      expect(prefs.body.channels['saved_search.alert'].email).toBe(!before);
      await page.getByRole('tab', { name: '账号安全' }).click();
      await page.getByRole('heading', { name: '修改密码' }).waitFor();
      await expectAccessibleAtRest(page, 'settings');
    });
    expect(problems).toEqual([]);
    await context.close();

    // The colleague follows the emailed /join link, makes an account and lands in the team.
    const link = await eventually(async () => {
      for (const mail of smtp.to(colleague)) {
        const found = /https?:\/\/[^\s"<]+\/join\?token=[A-Za-z0-9_-]{43}/.exec(mail.decoded);
        if (found) return found[0];
      }
      return undefined;
    }, 15_000);
    const invitee = await openPage(c.browser);
    await step(invitee.page, 'join', async () => {
      await invitee.page.goto(link);
      await invitee.page.getByRole('heading', { name: '加入团队' }).waitFor({ timeout: 15000 });
      await invitee.page.getByText(org.name, { exact: false }).first().waitFor();
      await expectAccessibleAtRest(invitee.page, 'join');
      await invitee.page.getByLabel('您的姓名').fill('赵老师');
      await invitee.page.getByLabel('密码').fill('Pw-joining-the-team-1');
      await invitee.page.getByRole('button', { name: '接受邀请' }).click();
      await invitee.page.waitForURL(`${c.base}/team`, { timeout: 15000 });
      await invitee.page.getByRole('cell', { name: '赵老师（您）' }).waitFor({ timeout: 15000 });
    });
    expect(invitee.problems).toEqual([]);
    await invitee.context.close();
  }, 240_000);
});
