#!/usr/bin/env node
/**
 * `npm run bench:stats` — every statistics endpoint (issue 13) at 100× city scale through the
 * built api: p95 ≤ 100 ms on 2 cores after warm-up, and the query plans of the slowest three.
 *
 *   node bench/bench-stats.mjs [--build] [--scale 1] [--requests 50] [--warmup 10] [--keep] [--no-docs]
 *
 * Fresh database chanjiao_bench_stats_<ts> (dropped unless --keep): migrate, the city generated
 * in SQL (bench/lib/stats-city.mjs; --scale 0.05 for a quick dry run), an admin (cli
 * admin:create), ANALYZE, POST /stats/refresh (timed), VACUUM ANALYZE. The api alone (no worker) on port 3081,
 * with bench/lib/sql-recorder.mjs preloaded (records nothing until the plan phase). Sections are read from the api's OpenAPI document
 * (`GET /api/docs-json`, the section parameter's enum), so new sections are benched as they land.
 * For each section × filters (none, a year, a district, an industry section, a kind, a college),
 * each section's export (CSV and XLSX of its largest table) and the public summary: --warmup
 * requests, then --requests sequential ones → p50 / p95 / max. Then, for the three slowest, the
 * recorder captures the SQL of one request each, which is replayed under EXPLAIN (ANALYZE,
 * BUFFERS) on the bench database. Results: a table on stdout, bench/out/stats-<ts>/ (results.json,
 * plans/*.txt), and a section in docs/benchmarks.md.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { readDotEnv, ROOT, setting, startMeili, stopMeili } from '../scripts/meili.mjs';
import { ensureServices } from '../scripts/services.mjs';
import { login, ok, request } from './lib/http.mjs';
import { killAll, runCommand, startApp, waitFor } from './lib/procs.mjs';
import { machine } from './lib/report.mjs';
import {
  distinctPlans,
  executionMs,
  filterCases,
  inWindow,
  queryString,
  sectionsFromOpenApi,
  shortSql,
  slowest,
  trimPlan,
} from './lib/stats-bench.mjs';
import { generateCity } from './lib/stats-city.mjs';
import { ms, summarize } from './lib/stats.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const num = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const SCALE = num('scale', 1);
const REQUESTS = num('requests', 50);
const WARMUP = num('warmup', 10);
const TARGET_P95_MS = 100;
const PORT = 3081;
const MEILI_PORT = 7773;
const MEILI_DIR = join(ROOT, '.data', 'meili-bench-stats');
const MEILI_KEY = 'chanjiao-bench-master-key-local-only';
const ADMIN = { email: 'bench-admin@bench.local', password: 'Bench@Stats2026!' };
// Sections colleagues are adding: probed when the OpenAPI document cannot be read.
const KNOWN_SECTIONS = ['platform', 'cooperation', 'majors'];

const ts = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const outDir = join(ROOT, 'bench', 'out', `stats-${ts}`);
mkdirSync(join(outDir, 'plans'), { recursive: true });
const dbName = `chanjiao_bench_stats_${ts}`;
const adminUrl = new URL(setting('DATABASE_URL') ?? 'postgres://postgres@127.0.0.1:5432/postgres');
adminUrl.pathname = '/postgres';
const benchUrl = new URL(adminUrl);
benchUrl.pathname = `/${dbName}`;
const prefix = `bench_stats_${ts}`;
const sqlLog = join(outDir, 'sql.jsonl');
const env = {
  ...readDotEnv(join(ROOT, '.env.example')),
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: benchUrl.toString(),
  REDIS_URL: 'redis://127.0.0.1:6379',
  MEILI_URL: `http://127.0.0.1:${MEILI_PORT}`,
  MEILI_MASTER_KEY: MEILI_KEY,
  JWT_SECRET: randomBytes(48).toString('base64'),
  METRICS_TOKEN: randomBytes(32).toString('hex'),
  MEILI_INDEX_PREFIX: prefix,
  QUEUE_PREFIX: prefix,
  RATE_LIMIT_PER_MINUTE: '0',
  HTTP_REQUEST_LOGS: 'false',
  API_DOCS_ENABLED: 'true',
  LOG_LEVEL: 'warn',
  PORT: String(PORT),
  BENCH_SQL_LOG: sqlLog,
};
const step = (m) => console.log(`\n▶ ${m} (${new Date().toISOString().slice(11, 19)})`);
const cli = (args) =>
  runCommand(process.execPath, [join(ROOT, 'dist/apps/cli/apps/cli/src/main.js'), ...args], {
    cwd: ROOT,
    env,
    logFile: join(outDir, `cli-${args[0].replace(/\W/g, '_')}.log`),
  });

let meili;
let created = false;
async function withClient(url, run) {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
async function cleanup() {
  await killAll();
  if (meili?.startedByUs) await stopMeili({ dataDir: MEILI_DIR });
  if (!created) return;
  if (flag('keep')) return console.log(`kept database ${dbName}`);
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
/** One GET, the body drained (not parsed): `{ status, bytes, ms }`. */
function timedGet(path, token) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.request(
      {
        host: '127.0.0.1',
        port: PORT,
        path,
        agent,
        headers: token ? { authorization: `Bearer ${token}` } : {},
        timeout: 30_000,
      },
      (res) => {
        let bytes = 0;
        res.on('data', (c) => (bytes += c.length));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            bytes,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
          }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error(`GET ${path}: timeout`)));
    req.on('error', reject);
    req.end();
  });
}

async function measure(label, path, token) {
  for (let i = 0; i < WARMUP; i += 1) await timedGet(path, token);
  const samples = [];
  const statuses = {};
  let bytes = 0;
  for (let i = 0; i < REQUESTS; i += 1) {
    const r = await timedGet(path, token);
    samples.push(r.ms);
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    bytes = r.bytes;
  }
  const stats = summarize(samples);
  const pass = stats.p95 <= TARGET_P95_MS && Object.keys(statuses).every((s) => s === '200');
  const result = { label, path, token: Boolean(token), stats, statuses, bytes, pass };
  console.log(row(result));
  return result;
}

const row = (r) =>
  `${r.label.padEnd(46)} p50 ${ms(r.stats.p50).padStart(6)}  p95 ${ms(r.stats.p95).padStart(6)}  max ${ms(r.stats.max).padStart(6)} ms  ${String(r.bytes).padStart(7)} B  ${r.pass ? 'PASS' : 'FAIL'} ${JSON.stringify(r.statuses)}`;

/** The sections the api serves: its OpenAPI document, else the known names that answer. */
async function discoverSections(token) {
  const docs = await request({ port: PORT, path: '/api/docs-json' });
  const fromDocs = docs.status === 200 ? sectionsFromOpenApi(docs.body) : [];
  if (fromDocs.length) return { sections: fromDocs, source: 'GET /api/docs-json' };
  const found = [];
  for (const name of KNOWN_SECTIONS) {
    const r = await request({ port: PORT, path: `/api/v1/stats/${name}`, token });
    if (r.status === 200) found.push(name);
  }
  return { sections: found, source: 'probing' };
}

async function main() {
  console.log(
    `Chanjiao stats bench — scale ${SCALE} (1 = 100× city); ${machine()}; load ${loadavg()[0].toFixed(2)}; out ${outDir}`,
  );
  process.env.DATABASE_URL = adminUrl.toString();
  await ensureServices();
  meili = await startMeili({ port: MEILI_PORT, dataDir: MEILI_DIR, key: MEILI_KEY });
  if (flag('build') || !existsSync(join(ROOT, 'dist/apps/api/apps/api/src/main.js'))) {
    step('Build');
    await runCommand('npm', ['run', 'build', '--silent'], {
      cwd: ROOT,
      env: process.env,
      logFile: join(outDir, 'build.log'),
    });
  }
  step(`Database ${dbName}: migrate, generate the city, admin`);
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE "${dbName}"`));
  created = true;
  await cli(['migrate']);
  const genStarted = Date.now();
  const population = await withClient(benchUrl, (c) =>
    generateCity(c, { scale: SCALE, root: ROOT }),
  );
  const generateSeconds = (Date.now() - genStarted) / 1000;
  console.log(`  generated in ${generateSeconds.toFixed(1)} s: ${JSON.stringify(population)}`);
  await cli(['admin:create', '--email', ADMIN.email, '--password', ADMIN.password]);
  // Statistics for the planner before the refresh (its plan depends on them), again after it.
  await withClient(benchUrl, (c) => c.query('ANALYZE'));

  step('api (no worker)');
  const api = startApp('api', join(ROOT, 'dist/apps/api/apps/api/src/main.js'), {
    cwd: ROOT,
    env,
    logFile: join(outDir, 'api.log'),
    nodeArgs: ['--import', pathToFileURL(join(ROOT, 'bench/lib/sql-recorder.mjs')).href],
  });
  await waitFor(
    'api ready',
    async () =>
      (await request({ port: PORT, path: '/api/v1/health/ready', timeoutMs: 2000 })).status === 200,
    { timeoutMs: 120_000, isAlive: () => api.exitCode === null },
  );
  const token = await login(PORT, ADMIN.email, ADMIN.password);
  const refreshStarted = Date.now();
  const refresh = await ok({
    port: PORT,
    method: 'POST',
    path: '/api/v1/stats/refresh',
    token,
    timeoutMs: 30 * 60_000,
  });
  const refreshMs = Date.now() - refreshStarted;
  console.log(`  POST /stats/refresh ${refreshMs} ms: ${JSON.stringify(refresh)}`);
  await withClient(benchUrl, (c) => c.query('VACUUM ANALYZE'));

  const { sections, source } = await discoverSections(token);
  console.log(`  sections (${source}): ${sections.join(', ')}`);
  const params = await withClient(benchUrl, async (c) => {
    const {
      rows: [college],
    } = await c.query(
      `SELECT p.organization_id AS id FROM project_partners p JOIN organizations o
          ON o.id = p.organization_id AND o.kind = 'college'
        GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    const {
      rows: [district],
    } = await c.query(`SELECT district FROM demands GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
    return {
      year: new Date().getUTCFullYear() - 1,
      district: district.district,
      industry: 'C',
      collegeId: college.id,
    };
  });

  step(`Sequential requests: ${WARMUP} warm-up, then ${REQUESTS} timed, per case`);
  // The summary is cached per process for 5 minutes: its first call computes it.
  const cold = await timedGet('/api/v1/stats/summary');
  console.log(`  summary, first call (computed, not cached): ${ms(cold.ms)} ms`);
  const results = [];
  for (const section of sections) {
    for (const c of filterCases(section, params)) {
      const path = `/api/v1/stats/${section}${queryString(c.query)}`;
      results.push(await measure(`${section} · ${c.label}`, path, token));
    }
    const body = await ok({ port: PORT, path: `/api/v1/stats/${section}`, token });
    const table = [...body.tables].sort((a, b) => b.rows.length - a.rows.length)[0];
    for (const format of ['csv', 'xlsx']) {
      const path = `/api/v1/stats/${section}/export${queryString({ table: table.key, format })}`;
      results.push(await measure(`${section} export ${table.key}.${format}`, path, token));
    }
  }
  results.push(await measure('summary (public, cached)', '/api/v1/stats/summary'));

  step('Query plans of the three slowest (SQL recorded, replayed under EXPLAIN ANALYZE)');
  const worst = slowest(
    results.filter((r) => r.token),
    3,
  );
  writeFileSync(`${sqlLog}.on`, ''); // the recorder polls for it
  await new Promise((r) => setTimeout(r, 200));
  const windows = [];
  for (const r of worst) {
    const start = Date.now();
    await timedGet(r.path, token);
    await new Promise((res) => setTimeout(res, 100)); // the recorder's writes land
    windows.push({ result: r, start, end: Date.now() });
  }
  rmSync(`${sqlLog}.on`);
  const records = existsSync(sqlLog)
    ? readFileSync(sqlLog, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
  const plans = await withClient(benchUrl, async (c) => {
    // As the api runs them (libs/insight statsRows: SET LOCAL jit = off in their transaction).
    await c.query('SET jit = off');
    const out = [];
    for (const [n, w] of windows.entries()) {
      const statements = inWindow(records, w.start, w.end).filter((s) =>
        /^\s*(SELECT|WITH)/i.test(s.text ?? ''),
      );
      const explained = [];
      for (const s of statements) {
        const { rows } = await c.query(
          `EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${s.text}`,
          s.params ?? [],
        );
        const text = rows.map((x) => x['QUERY PLAN']).join('\n');
        explained.push({ ...s, appMs: s.t1 - s.t0, plan: text, executionMs: executionMs(text) });
      }
      explained.sort((a, b) => b.executionMs - a.executionMs);
      writeFileSync(
        join(outDir, 'plans', `${n + 1}.txt`),
        [
          `${w.result.label}: GET ${w.result.path}`,
          ...explained.map(
            (e) =>
              `\n-- ${e.executionMs} ms (in the app ${e.appMs} ms, concurrently with the others)\n${e.text}\n-- params ${JSON.stringify(e.params)}\n${e.plan}`,
          ),
        ].join('\n'),
      );
      out.push({ result: w.result, statements: explained });
      console.log(
        `  ${w.result.label}: ${explained.length} statements; slowest ${explained
          .slice(0, 3)
          .map((e) => `${e.executionMs} ms`)
          .join(', ')}`,
      );
    }
    return out;
  });
  writeFileSync(
    join(outDir, 'results.json'),
    JSON.stringify({ scale: SCALE, population, refreshMs, results, params }, null, 2),
  );
  report({ results, plans, population, refreshMs, cold, generateSeconds, sections, source });
}

function report({
  results,
  plans,
  population,
  refreshMs,
  cold,
  generateSeconds,
  sections,
  source,
}) {
  const rows = [
    `| endpoint · filters (n=${REQUESTS} after ${WARMUP} warm-up) | p50 (ms) | p95 (ms) | max (ms) | bytes | p95 ≤ ${TARGET_P95_MS} ms |`,
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.label} | ${ms(r.stats.p50)} | ${ms(r.stats.p95)} | ${ms(r.stats.max)} | ${r.bytes} | ${r.pass ? 'PASS' : `**FAIL**${Object.keys(r.statuses).some((s) => s !== '200') ? ` ${JSON.stringify(r.statuses)}` : ''}`} |`,
    ),
  ];
  const failed = results.filter((r) => !r.pass);
  console.log(`\n${rows.join('\n')}\n`);
  console.log(
    failed.length === 0
      ? `MET: every stats endpoint p95 ≤ ${TARGET_P95_MS} ms`
      : `MISSED: ${failed.length} of ${results.length} over ${TARGET_P95_MS} ms (or not 200)`,
  );
  const planBlocks = distinctPlans(plans).flatMap((p, i) => {
    const top = p.shown;
    const total = p.statements.reduce((sum, e) => sum + (e.executionMs || 0), 0);
    return [
      `${i + 1}. **${p.result.label}** (p95 ${ms(p.result.stats.p95)} ms): ${p.statements.length} statements per request, run concurrently on the pool; replayed alone they take ${p.statements.map((e) => ms(e.executionMs)).join(' + ')} = ${ms(total)} ms. Plan of \`${top ? shortSql(top.text) : '–'}\` (${top ? ms(top.executionMs) : '–'} ms):`,
      '',
      '```',
      top ? trimPlan(top.plan) : '(no SQL recorded)',
      '```',
      '',
    ];
  });
  writeFileSync(join(outDir, 'report.md'), [...rows, '', ...planBlocks].join('\n'));
  if (flag('no-docs')) return;
  const file = join(ROOT, 'docs', 'benchmarks.md');
  const section = [
    `## Statistics (issue 13) (run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `Command: \`npm run bench:stats${argv.length ? ` -- ${argv.join(' ')}` : ''}\` (bench/bench-stats.mjs) on ${machine()}; load average ${loadavg()[0].toFixed(2)} at the end.`,
    `Population (scale ${SCALE}, generated in SQL in ${generateSeconds.toFixed(1)} s): ${Object.entries(
      population,
    )
      .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
      .join(
        ', ',
      )}. POST /stats/refresh ${refreshMs} ms; summary's first (uncached) call ${ms(cold.ms)} ms. Sections from ${source}: ${sections.join(', ')}.`,
    '',
    ...rows,
    '',
    ...planBlocks,
  ].join('\n');
  const current = readFileSync(file, 'utf8');
  writeFileSync(file, current.replace('# Benchmarks\n\n', `# Benchmarks\n\n${section}\n`));
  console.log('\nadded the section at the top of docs/benchmarks.md (plans in bench/out)');
}

try {
  await main();
  await cleanup();
  process.exit(0);
} catch (err) {
  console.error(`\n✗ ${err.stack ?? err}`);
  await cleanup();
  process.exit(1);
}
