#!/usr/bin/env node
/**
 * A tour of the web console on the demo city, in Debian's Chromium (playwright-core):
 *   npm run screenshots  every main page of each demo role at desktop and phone width, written
 *                        to docs/screenshots/ (the README shows them);
 *   npm run bench:web    how fast the first page and each role's landing page are usable,
 *                        measured with the Performance API over several loads (no screenshots).
 * Runs in a database, Meilisearch and key prefix of its own, seeded with the demo city; the
 * machine's PostgreSQL and Redis are used (started when down). Needs `npm run build`; --build
 * builds first. --keep keeps the database and the run directory; --roles=admin,expert limits
 * the tour; --loads=N sets the bench's loads per page (7).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { readDotEnv, ROOT } from './meili.mjs';
import { ensureServices } from './services.mjs';
import { ensureSystemPackages } from './system-packages.mjs';
import { freePort, OwnApp, OwnMeili, run } from './soak/procs.mjs';

const args = process.argv.slice(2);
const BENCH = args.includes('--bench');
const LOADS = Number(args.find((a) => a.startsWith('--loads='))?.slice(8) ?? 7);
const ROLES = args
  .find((a) => a.startsWith('--roles='))
  ?.slice(8)
  .split(',');
const OUT = join(ROOT, 'docs', 'screenshots');
const PASSWORD = 'Chanjiao@2026';
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/** The demo logins (apps/cli/src/seed/demo-accounts.ts) and the pages each one is shown on. */
const TOURS = [
  {
    role: 'enterprise',
    email: 'ent001@demo.chanjiao.cn',
    pages: [
      '/demands',
      'first:/demands/',
      '/recommendations',
      '/search?q=玻璃',
      '/matches',
      '/conversations',
      '/projects',
      '/team',
      '/profile',
      '/notifications',
    ],
  },
  {
    role: 'college',
    email: 'col01@demo.chanjiao.cn',
    pages: [
      '/search?q=光伏',
      '/recommendations',
      '/demands',
      '/offers',
      '/projects',
      'first:/projects/',
      '/teachers',
      '/majors',
    ],
  },
  {
    role: 'expert',
    email: 'exp001@demo.chanjiao.cn',
    pages: ['/recommendations', '/profile', '/offers', '/matches', '/settings/notifications'],
  },
  {
    role: 'admin',
    email: 'admin@demo.chanjiao.cn',
    pages: ['/dashboard', '/admin/verifications', '/admin/imports', '/admin/reports'],
  },
  { role: 'operator', email: 'op01@demo.chanjiao.cn', pages: ['/dashboard'] },
];

const log = (line) => console.log(line);
const ts = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const runDir = join(ROOT, '.data', 'web-tour', ts);
const dbName = `chanjiao_tour_${ts}`;
const prefix = `tour${ts}`;
let api;
let worker;
let meili;
let browser;

async function main() {
  if (args.includes('--build')) {
    log('▶ Build');
    if (spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' }).status)
      throw new Error('npm run build failed');
  }
  mkdirSync(runDir, { recursive: true });
  log('▶ Chromium (apt, when missing), PostgreSQL and Redis');
  ensureSystemPackages();
  const settings = { ...readDotEnv(join(ROOT, '.env.example')), ...readDotEnv(join(ROOT, '.env')) };
  Object.assign(process.env, { ...settings, ...process.env });
  await ensureServices({ log: (line) => log(`  ${line}`) });
  const pg = createRequire(import.meta.url)('pg');
  const adminUrl = new URL(settings.DATABASE_URL);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  const dbUrl = new URL(settings.DATABASE_URL);
  dbUrl.pathname = `/${dbName}`;

  const [meiliPort, apiPort] = [await freePort(), await freePort()];
  const key = randomBytes(16).toString('hex');
  meili = new OwnMeili({ port: meiliPort, dataDir: join(runDir, 'meili'), key });
  await meili.start();
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(apiPort),
    DATABASE_URL: dbUrl.toString(),
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: key,
    MEILI_INDEX_PREFIX: prefix,
    QUEUE_PREFIX: prefix,
    WEB_DIST_DIR: join(ROOT, 'dist', 'web'),
    // No mail is read here: nothing listens on this port, the worker's sends just retry.
    SMTP_URL: `smtp://127.0.0.1:${await freePort()}`,
    HTTP_REQUEST_LOGS: 'false',
    RATE_LIMIT_PER_MINUTE: '0',
    LOGIN_MAX_PER_ADDRESS: '100000',
  };
  const cliScript = join(ROOT, 'dist/apps/cli/apps/cli/src/main.js');
  const cli = (label, ...cliArgs) =>
    run(process.execPath, [cliScript, ...cliArgs], {
      cwd: ROOT,
      env,
      logFile: join(runDir, `cli-${label}.log`),
    });
  log(`▶ Demo city in database ${dbName} (logs in ${runDir})`);
  await cli('migrate', 'migrate');
  await cli('seed', 'seed');
  await cli('insight', 'insight:refresh');
  await cli('reindex', 'search:reindex');
  const app = (name, readyLine) =>
    new OwnApp({
      name,
      script: join(ROOT, `dist/apps/${name}/apps/${name}/src/main.js`),
      cwd: ROOT,
      env,
      logFile: join(runDir, `${name}.log`),
      readyLine,
      restartOnExit: false,
    });
  api = app('api', 'Chanjiao api listening');
  worker = app('worker', 'Chanjiao worker started');
  api.start();
  worker.start();
  if (!(await api.ready()) || !(await worker.ready()))
    throw new Error(`api or worker did not start; see ${runDir}`);
  const base = `http://127.0.0.1:${apiPort}`;

  const { chromium } = createRequire(import.meta.url)('playwright-core');
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  if (BENCH) await bench(base);
  else await screenshots(base);
}

/** Waits until the page shows content: no skeleton or spinner left, the network quiet. */
async function settled(page) {
  await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => undefined);
  await page
    .waitForFunction(
      () => !document.querySelector('[aria-busy="true"], .ant-spin-spinning, .ant-skeleton'),
      undefined,
      { timeout: 20_000 },
    )
    .catch(() => undefined);
}

async function logIn(page, base, email) {
  await page.goto(`${base}/login`);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname !== '/login', { timeout: 20_000 });
  await settled(page);
}

/** `first:/demands/` opens the first link to a detail page found on the current page. */
async function open(page, base, target) {
  if (target.startsWith('first:')) {
    const link = page.locator(`#main a[href^="${target.slice(6)}"]:not([href$="/new"])`).first();
    if ((await link.count()) === 0) return false;
    const before = new URL(page.url()).pathname;
    const title = await page.locator('#main h2').first().textContent();
    await link.click();
    await page.waitForURL((url) => url.pathname !== before, { timeout: 10_000 });
    // React keeps the old page on screen while the new one's chunk loads (a transition).
    await page
      .waitForFunction((old) => document.querySelector('#main h2')?.textContent !== old, title, {
        timeout: 15_000,
      })
      .catch(() => undefined);
  } else {
    await page.goto(`${base}${target}`);
  }
  await settled(page);
  return true;
}

/** `/search?q=玻璃` → `search`: ASCII file names, the query left out. */
const fileName = (role, target, viewport) =>
  `${role}-${
    target
      .replace(/^first:/, '')
      .replace(/\?.*$/, '')
      .replace(/\/+/g, '-')
      .replace(/^-|-$/g, '') || 'home'
  }${target.startsWith('first:') ? '-detail' : ''}-${viewport}.png`;

async function screenshots(base) {
  // A whole tour replaces the pictures; a tour of some roles (--roles) overwrites theirs.
  if (!ROLES) rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const written = [];
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    // Reduced motion: the charts are drawn at once rather than caught mid-animation.
    const options = { viewport, locale: 'zh-CN', reducedMotion: 'reduce' };
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await settled(page);
    await page.screenshot({ path: join(OUT, `public-home-${name}.png`) });
    await page.goto(`${base}/login`);
    await page.screenshot({ path: join(OUT, `public-login-${name}.png`) });
    written.push(`public-home-${name}.png`, `public-login-${name}.png`);
    await context.close();
    for (const tour of TOURS.filter((t) => !ROLES || ROLES.includes(t.role))) {
      const ctx = await browser.newContext(options);
      const p = await ctx.newPage();
      await logIn(p, base, tour.email);
      for (const target of tour.pages) {
        if (!(await open(p, base, target))) {
          log(`  (no link for ${target} on ${tour.role}'s page: skipped)`);
          continue;
        }
        const file = fileName(tour.role, target, name);
        await p.screenshot({ path: join(OUT, file) });
        written.push(file);
      }
      await ctx.close();
    }
  }
  log(`▶ ${written.length} screenshots in docs/screenshots/`);
  for (const file of written) log(`  ${file}`);
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * "Usable": the page's main content is on screen and no skeleton is left, timed from the
 * navigation's start (performance.now() in the page), on a fresh browser context each load
 * (cold cache) and again on a warm one.
 */
async function bench(base) {
  const rows = [];
  const measure = async (label, prepare, url, ready) => {
    for (const cache of ['cold', 'warm']) {
      const times = [];
      let bytes = 0;
      const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'zh-CN' });
      const page = await context.newPage();
      await prepare(page);
      for (let i = 0; i < LOADS; i++) {
        const cdp = cache === 'cold' ? await context.newCDPSession(page) : null;
        await cdp?.send('Network.clearBrowserCache');
        await page.goto(`${base}${url}`);
        await page.waitForSelector(ready, { timeout: 20_000 });
        await page.waitForFunction(
          () => !document.querySelector('[aria-busy="true"], .ant-skeleton'),
        );
        times.push(await page.evaluate(() => performance.now()));
        bytes = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
            .reduce((sum, r) => sum + r.transferSize, 0),
        );
      }
      rows.push({
        page: label,
        cache,
        loads: LOADS,
        'p50 ms': Math.round(percentile(times, 50)),
        'p95 ms': Math.round(percentile(times, 95)),
        'max ms': Math.round(Math.max(...times)),
        'scripts KiB': Math.round(bytes / 1024),
      });
      await context.close();
    }
  };
  const none = async () => undefined;
  await measure('public summary /', none, '/', '[data-testid="figure-enterprises"]');
  for (const tour of TOURS.filter((t) =>
    (ROLES ?? ['enterprise', 'admin', 'expert']).includes(t.role),
  )) {
    const landing = tour.pages[0];
    await measure(
      `${tour.role} ${landing} (logged in, reload)`,
      (page) => logIn(page, base, tour.email),
      landing,
      '#main h2',
    );
  }
  log(`▶ Web console on the demo city (${LOADS} loads each; Chromium ${browser.version()})`);
  console.table(rows);
}

async function cleanUp() {
  await browser?.close().catch(() => undefined);
  await api?.stop().catch(() => undefined);
  await worker?.stop().catch(() => undefined);
  await meili?.stop().catch(() => undefined);
  if (args.includes('--keep')) return log(`kept database ${dbName} and ${runDir}`);
  const pg = createRequire(import.meta.url)('pg');
  const adminUrl = new URL(process.env.DATABASE_URL);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
  rmSync(runDir, { recursive: true, force: true });
}

let code = 0;
try {
  await main();
} catch (error) {
  console.error(`✗ ${error.stack ?? error}`);
  code = 1;
} finally {
  await cleanUp().catch((error) => console.error(`cleanup: ${error.message}`));
}
process.exit(code);
