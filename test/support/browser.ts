import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { expect } from '@jest/globals';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { INestApplicationContext } from '@nestjs/common';
import { CHROMIUM_ARGS, chromiumPath } from '@app/insight';
import { SearchIndexer } from '@app/search';
import { type Account, createAdmin } from './factories';
import { createIsolatedRun, createTestApp, startWorker, type TestApp, withEnv } from './test-app';

const ROOT = resolve(__dirname, '../..');
const WEB_DIST = join(ROOT, 'dist/web');
const ARTIFACTS = join(ROOT, 'test/artifacts');

/** dist/web as `npm run build` writes it; built here with Vite's JS API when it is missing. */
export function ensureWebBuild(): void {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  // A child process: Vite is ESM only, and Jest's module system loads CommonJS.
  const script = `import { build } from 'vite';
await build({ configFile: ${JSON.stringify(join(ROOT, 'apps/web/vite.config.mts'))}, logLevel: 'warn' });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    stdio: 'inherit',
    // Jest sets NODE_ENV=test, and Vite builds a development-flavoured bundle for any NODE_ENV
    // but production (React's and antd's dev warnings in it): build what `npm run build` ships.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** The api serving the built console on a free port, and Debian's Chromium (ADR 0022). */
export interface Console {
  t: TestApp;
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/** `env`: e.g. a createIsolatedRun's, for a suite that needs a database of its own. */
export async function startConsole(env: Record<string, string> = {}): Promise<Console> {
  ensureWebBuild();
  // The browser first: if it cannot start, no app is left open to keep Jest from exiting.
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const t = await withEnv({ ...env, WEB_DIST_DIR: WEB_DIST }, () => createTestApp());
  await t.app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  return {
    t,
    base,
    browser,
    close: async () => {
      await browser.close();
      await t.close();
    },
  };
}

/** A console with an admin (who verifies the organisations a scenario makes). */
export interface AdminConsole extends Console {
  admin: Account;
}

export async function startConsoleWithAdmin(
  env: Record<string, string> = {},
): Promise<AdminConsole> {
  const c = await startConsole(env);
  try {
    return { ...c, admin: await createAdmin(c.t) };
  } catch (error) {
    await c.close();
    throw error;
  }
}

/** An AdminConsole with the worker, on a database and search corpus of their own. */
export interface WorkerConsole extends AdminConsole {
  worker: INestApplicationContext;
}

/**
 * For scenarios that go through outbox → worker → Meilisearch: a createIsolatedRun(`name`), the
 * console and the worker on it (`workerEnv` adds to the worker's environment, given the console's
 * address), the search indexes and an admin. close() stops both and drops the run.
 */
export async function startConsoleWithWorker(
  name: string,
  workerEnv: (base: string) => Record<string, string> = () => ({}),
): Promise<WorkerConsole> {
  const isolated = await createIsolatedRun(name);
  let c: Console | undefined;
  let worker: INestApplicationContext | undefined;
  const close = async () => {
    await worker?.close();
    await c?.close();
    await isolated.drop();
  };
  try {
    c = await startConsole(isolated.env);
    const started = await withEnv({ ...isolated.env, ...workerEnv(c.base) }, () => startWorker());
    worker = started;
    await started.get(SearchIndexer).ensureIndexes();
    return { ...c, worker: started, admin: await createAdmin(c.t), close };
  } catch (error) {
    await close();
    throw error;
  }
}

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/**
 * A page that records what should never happen: a script error, a console error (a CSP refusal
 * is one) and a failed request, except those the test expects (`allow`: "401 /api/v1/...").
 */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  problems: string[];
  allow(pattern: RegExp): void;
}

export async function openPage(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  const allowed: RegExp[] = [];
  page.on('console', (m) => {
    // Failed requests are checked from the responses, where the allowed ones can be told apart.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      problems.push(m.text());
    }
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => {
    const line = `${r.status()} ${new URL(r.url()).pathname}`;
    if (r.status() >= 400 && !allowed.some((p) => p.test(line))) problems.push(line);
  });
  return { page, context, problems, allow: (pattern) => allowed.push(pattern) };
}

/** Runs a step of a scenario; on failure a screenshot goes to test/artifacts/ (git-ignored). */
export async function step<T>(page: Page, name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, `${name}-${Date.now()}.png`);
    await page.screenshot({ path, fullPage: true }).catch(() => undefined);
    throw new Error(`${name} failed (screenshot: ${path}): ${String(error)}`, { cause: error });
  }
}

/**
 * The automated accessibility check of a page (axe-core, WCAG 2.1 A and AA rules): labels,
 * names, landmarks, contrast. Every violation is listed with the elements it concerns.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = result.violations.map(
    (v) =>
      `${name}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(violations).toEqual([]);
}

/** expectAccessible at rest: the pointer off the control it last clicked (not its hover colours). */
export async function expectAccessibleAtRest(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await expectAccessible(page, name);
}

/** Logs in through the form, as a person would, and waits for the role's first page. */
export async function logIn(page: Page, base: string, account: Account): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('邮箱').fill(account.email);
  await page.getByLabel('密码').fill(account.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname !== '/login', { timeout: 15000 });
}
