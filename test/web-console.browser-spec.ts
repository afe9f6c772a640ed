import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '@app/insight';
import { type Account, createAdmin, createTestApp, type TestApp, withEnv } from './support';

const ROOT = resolve(__dirname, '..');
const WEB_DIST = join(ROOT, 'dist/web');
const ARTIFACTS = join(ROOT, 'test/artifacts');

/** dist/web as `npm run build` writes it; built here with Vite's JS API when it is missing. */
function ensureWebBuild(): void {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  // A child process: Vite is ESM only, and Jest's module system loads CommonJS.
  const script = `import { build } from 'vite';
await build({ configFile: ${JSON.stringify(join(ROOT, 'apps/web/vite.config.mts'))}, logLevel: 'warn' });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

/** Runs a step of the scenario; on failure a screenshot goes to test/artifacts/ (git-ignored). */
async function step<T>(page: Page, name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, `web-console-${name}-${Date.now()}.png`);
    await page.screenshot({ path, fullPage: true }).catch(() => undefined);
    throw new Error(`${name} failed (screenshot: ${path}): ${String(error)}`, { cause: error });
  }
}

describe('the web console in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let admin: Account;
  beforeAll(async () => {
    ensureWebBuild();
    t = await withEnv({ WEB_DIST_DIR: WEB_DIST }, () => createTestApp());
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    admin = await createAdmin(t);
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the public summary in Chinese, logs an admin in and shows the platform tables', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      // Failed requests are checked one by one below, from the responses.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
        problems.push(m.text());
      }
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      // The wrong password below is refused on purpose (401).
      if (r.status() >= 400 && !(r.status() === 401 && path === '/api/v1/auth/login')) {
        problems.push(`${r.status()} ${path}`);
      }
    });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });

    await step(page, 'home', async () => {
      const response = await page.goto(`${base}/`, { waitUntil: 'load' });
      // The page runs under the console's CSP (a refusal would show as a console error).
      expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.getByRole('heading', { name: '城市产教融合概况' }).waitFor({ timeout: 15000 });
      await page.getByTestId('figure-enterprises').waitFor();
      expect(await page.locator('img[src="/api/v1/stats/summary/charts/trend"]').count()).toBe(1);
    });
    const timing = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const bytes = performance
        .getEntriesByType('resource')
        .reduce((sum, r) => sum + (r as PerformanceResourceTiming).transferSize, nav.transferSize);
      return {
        domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd),
        loadMs: Math.round(nav.loadEventEnd),
        firstContentfulPaintMs: fcp ? Math.round(fcp.startTime) : null,
        transferredKiB: Math.round(bytes / 1024),
      };
    });
    console.log(`web console: first page load ${JSON.stringify(timing)}`);
    // Code-split by role: the public page loads neither the login form nor the dashboard.
    expect(scripts.filter((s) => /\/(Dashboard|Login)-/.test(s))).toEqual([]);

    await step(page, 'login', async () => {
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByLabel('邮箱').fill(admin.email);
      // A wrong password first: the problem in plain words, with its code.
      await page.getByLabel('密码').fill('not-the-password');
      await page.locator('form button[type="submit"]').click();
      const alert = page.getByRole('alert');
      await alert.getByText('邮箱或密码不正确。').waitFor();
      await alert.getByText('错误代码：INVALID_CREDENTIALS').waitFor();
      await page.getByLabel('密码').fill(admin.password);
      await page.locator('form button[type="submit"]').click();
      await page.waitForURL(`${base}/dashboard`);
    });

    await step(page, 'dashboard', async () => {
      await page.getByRole('heading', { name: '平台运营数据' }).waitFor({ timeout: 15000 });
      const table = page.locator('[data-testid^="table-"] .ant-table').first();
      await table.waitFor();
      expect(await page.locator('[data-testid^="table-"]').count()).toBeGreaterThan(1);
      expect(await table.locator('th').count()).toBeGreaterThan(0);
      expect(scripts.some((s) => /\/Dashboard-/.test(s))).toBe(true);
      // The token is kept in memory only (ADR 0022).
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      expect(await page.context().cookies()).toEqual([]);
    });

    await step(page, 'download', async () => {
      // The export is fetched with the bearer token and saved from a blob URL.
      const card = page.locator('[data-testid^="table-"]').first();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        card.getByRole('button', { name: '下载 CSV' }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(/\.csv$/);
    });

    await step(page, 'english', async () => {
      await page.getByText('EN', { exact: true }).click();
      await page.getByRole('heading', { name: 'Platform figures' }).waitFor();
    });

    // Nothing the CSP refused, no script error, no failed request.
    expect(problems).toEqual([]);
    await page.close();
  });
});
