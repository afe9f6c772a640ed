#!/usr/bin/env node
/**
 * `npm run bench:matching` — latency of matching and search at 1× and 100× the demo city.
 *
 *   node bench/bench-matching.mjs [--keep] [--n 200] [--baseline-n 50] [--lag-n 30] [--no-docs] [--only-1x]
 *                                 [--meili-memory 1GiB|default] [--lag-only] [--cpu-prof DIR]
 *
 * Fresh database chanjiao_bench_<ts> (dropped at the end unless --keep), Meilisearch on 127.0.0.1:7731
 * (data in .data/meili-bench; stopped at the end if started here), the built api (port 3077) and worker.
 * 1×: migrate, seed, search:reindex, then measure: match and search endpoints (sequential, keep-alive),
 * the candidate multi-search sent straight to Meilisearch, the ILIKE baseline through `pg`, and the
 * posting → searchable lag. 100×: grow the city with SQL (bench/lib/scale.mjs), search:reindex
 * (timed), measure again. Prints a summary and appends it to docs/benchmarks.md.
 * Logs of every child: bench/out/<ts>/.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { startMailSink } from '../scripts/mail-sink.mjs';
import {
  DEFAULT_MAX_INDEXING_MEMORY,
  readDotEnv,
  ROOT,
  setting,
  startMeili,
  stopMeili,
} from '../scripts/meili.mjs';
import { ensureServices } from '../scripts/services.mjs';
import { login, ok, request } from './lib/http.mjs';
import {
  baselineQuery,
  measureLag,
  meiliDirect,
  meiliIdle,
  workerIdle,
  matchRequest,
  sampleDemands,
  searchQueries,
  searchRequest,
  timeSequential,
} from './lib/measure.mjs';
import { killAll, runCommand, startApp, waitFor } from './lib/procs.mjs';
import { appendToDocs, machine, summaryRows, verdicts } from './lib/report.mjs';
import { population, scaleUp } from './lib/scale.mjs';
import { statLine, summarize } from './lib/stats.mjs';

// ---- options -------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const num = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const N = num('n', 200);
const BASELINE_N = num('baseline-n', 50);
const LAG_N = num('lag-n', 30);
const KEEP = flag('keep');
const CPU_PROF = argv.includes('--cpu-prof') ? argv[argv.indexOf('--cpu-prof') + 1] : undefined;
/** `--only-1x` stops after the demo-scale measurement (a quick run). */
const ONLY_1X = flag('only-1x');
/** `--lag-only` measures the posting → searchable lag alone (no match, search or baseline; no docs). */
const LAG_ONLY = flag('lag-only');
/** Meilisearch's --max-indexing-memory (`default`: the engine's own, 2/3 of the RAM; for comparisons). */
const MEILI_MEMORY = argv.includes('--meili-memory')
  ? argv[argv.indexOf('--meili-memory') + 1]
  : DEFAULT_MAX_INDEXING_MEMORY;
const LAG_STAGES = {
  relay: 'publish → outbox relayed',
  toMeili: 'relayed → meili task enqueued',
  meiliQueue: 'meili task waiting',
  meiliWork: 'meili task processing',
  poll: 'task done → found by search',
};
const PORT = 3077;
const MEILI_PORT = 7731;
const MEILI_DIR = join(ROOT, '.data', 'meili-bench');
const MEILI_KEY = 'chanjiao-bench-master-key-local-only';
const DEMO_PASSWORD = 'Chanjiao@2026';

const ts = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const outDir = join(ROOT, 'bench', 'out', ts);
mkdirSync(outDir, { recursive: true });
const dbName = `chanjiao_bench_${ts}`;
const adminUrl = new URL(setting('DATABASE_URL') ?? 'postgres://postgres@127.0.0.1:5432/postgres');
adminUrl.pathname = '/postgres';
const benchUrl = new URL(adminUrl);
benchUrl.pathname = `/${dbName}`;
const meiliUrl = `http://127.0.0.1:${MEILI_PORT}`;
const prefix = `bench_${ts}`;

const env = {
  ...readDotEnv(join(ROOT, '.env.example')),
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: benchUrl.toString(),
  REDIS_URL: 'redis://127.0.0.1:6379',
  MEILI_URL: meiliUrl,
  MEILI_MASTER_KEY: MEILI_KEY,
  JWT_SECRET: randomBytes(48).toString('base64'),
  // The api refuses to start in production without one (ADR 0010).
  METRICS_TOKEN: randomBytes(32).toString('hex'),
  MEILI_INDEX_PREFIX: prefix,
  QUEUE_PREFIX: prefix,
  RATE_LIMIT_PER_MINUTE: '0',
  HTTP_REQUEST_LOGS: 'false',
  LOG_LEVEL: 'warn',
  PORT: String(PORT),
};

const step = (message) => console.log(`\n▶ ${message}`);
const cli = (args, label = args[0]) =>
  runCommand(process.execPath, [join(ROOT, 'dist/apps/cli/apps/cli/src/main.js'), ...args], {
    cwd: ROOT,
    env,
    logFile: join(outDir, `cli-${label.replace(/\W/g, '_')}.log`),
  });

// ---- cleanup -------------------------------------------------------------------------------
let meili;
let mailSink;
let dbCreated = false;
let db;
let cleaning;
async function cleanup() {
  cleaning ??= (async () => {
    await killAll();
    await db?.end().catch(() => {});
    if (meili && !meili.startedByUs) {
      // Someone else's Meilisearch: remove only our indexes.
      const res = await fetch(`${meiliUrl}/indexes?limit=1000`, {
        headers: { authorization: `Bearer ${MEILI_KEY}` },
      }).catch(() => null);
      const uids = res?.ok
        ? (await res.json()).results.map((r) => r.uid).filter((u) => u.startsWith(prefix))
        : [];
      for (const uid of uids) {
        await fetch(`${meiliUrl}/indexes/${uid}`, {
          method: 'DELETE',
          headers: { authorization: `Bearer ${MEILI_KEY}` },
        }).catch(() => {});
      }
    }
    if (meili?.startedByUs) await stopMeili({ dataDir: MEILI_DIR });
    await mailSink?.stop();
    if (dbCreated && !KEEP) {
      const admin = new pg.Client({ connectionString: adminUrl.toString() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await admin.end();
      console.log(`dropped database ${dbName}`);
    } else if (dbCreated) {
      console.log(`kept database ${dbName} (--keep)`);
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n${signal}: cleaning up…`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ---- one scale -----------------------------------------------------------------------------
async function measureScale(scale, reindexSeconds) {
  step(`Measure at ${scale}`);
  const waiting = await workerIdle(db);
  if (waiting > 0)
    console.log(`  (worker still has ${waiting} events to handle; measuring anyway)`);
  const pop = await population(db);
  console.log(`  population: ${JSON.stringify(pop)}`);
  const adminToken = await login(PORT, 'admin@demo.chanjiao.cn', DEMO_PASSWORD);
  const entToken = await login(PORT, 'ent001@demo.chanjiao.cn', DEMO_PASSWORD);
  const seed = 20261129;
  const lagSeed = Date.now() & 0x7fffffff; // fresh words each scale: earlier lag demands stay indexed
  const demands = await sampleDemands(db, N + 20, seed);
  const budget = { warmup: 20, budgetMs: 180_000 };
  const skipped = async () => ({ ...summarize([]), errors: 0 });
  const timed = async (label, work) => {
    const stats = await (LAG_ONLY ? skipped() : work());
    if (!LAG_ONLY) console.log(statLine(label, stats));
    return stats;
  };

  const match = await timed('match (api, kind=expert, limit=10)', () =>
    timeSequential(demands, matchRequest(PORT, adminToken), budget),
  );
  const meiliStats = await timed('  meilisearch multi-search direct', () =>
    timeSequential(demands, meiliDirect({ meiliUrl, key: MEILI_KEY, prefix, root: ROOT }), budget),
  );
  const search = await timed('search (api, type=experts)', () =>
    timeSequential(searchQueries(demands, seed + 1), searchRequest(PORT), budget),
  );
  const baseline = await timed('ILIKE baseline (pg, per query)', () =>
    timeSequential(demands.slice(0, BASELINE_N + 5), baselineQuery(db), {
      warmup: 5,
      budgetMs: 300_000,
    }),
  );
  const meiliPending = await meiliIdle({ meiliUrl, key: MEILI_KEY });
  if (meiliPending > 0)
    console.log(
      `  (Meilisearch still has ${meiliPending} tasks to process; measuring the lag anyway)`,
    );
  const lag = await measureLag({
    port: PORT,
    token: entToken,
    count: LAG_N,
    seed: lagSeed,
    trace: { db, meiliUrl, key: MEILI_KEY, demandsIndex: `${prefix}_demands` },
  });
  console.log(statLine(`lag publish → searchable (missed ${lag.missed})`, lag));
  for (const [stage, stats] of Object.entries(lag.stages ?? {}))
    console.log(statLine(`  ${LAG_STAGES[stage]}`, stats));
  return {
    scale,
    population: pop,
    match,
    meili: meiliStats,
    search,
    baseline,
    lag,
    reindexSeconds,
  };
}

// ---- main ----------------------------------------------------------------------------------
async function main() {
  console.log(`Chanjiao matching benchmark — ${machine()}\nlogs: ${outDir}`);
  step('PostgreSQL and Redis');
  process.env.DATABASE_URL = adminUrl.toString();
  process.env.REDIS_URL = env.REDIS_URL;
  await ensureServices();

  // The worker emails the seed's notifications: like production, it has an SMTP server to talk
  // to (a refused connection would make it retry them every minute during the timings).
  step('SMTP sink');
  mailSink = await startMailSink({ port: 0, dir: join(outDir, 'mail'), log: () => {} });
  env.SMTP_URL = `smtp://127.0.0.1:${mailSink.port}`;
  console.log(`  ${env.SMTP_URL}`);

  step(`Meilisearch on ${meiliUrl}`);
  meili = await startMeili({
    port: MEILI_PORT,
    dataDir: MEILI_DIR,
    key: MEILI_KEY,
    timeoutMs: 60_000,
    maxIndexingMemory: MEILI_MEMORY,
  });
  if (!meili.keyAccepted)
    throw new Error(`Meilisearch on ${meiliUrl} does not accept the bench key`);
  console.log(
    `  v${meili.version}${meili.startedByUs ? `, --max-indexing-memory ${MEILI_MEMORY}` : ' (already running: its own launch options)'}`,
  );

  if (!existsSync(join(ROOT, 'dist/apps/api/apps/api/src/main.js')) || flag('build')) {
    step('Build (dist missing)');
    await runCommand('npm', ['run', 'build', '--silent'], {
      cwd: ROOT,
      env: process.env,
      logFile: join(outDir, 'build.log'),
    });
  }

  step(`Database ${dbName}`);
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  dbCreated = true;
  db = new pg.Client({ connectionString: benchUrl.toString() });
  await db.connect();

  step('1×: migrate, seed, search:reindex');
  console.log(`  migrate ${(await cli(['migrate'])).toFixed(1)} s`);
  console.log(`  seed ${(await cli(['seed'])).toFixed(1)} s`);
  const reindex1 = await cli(['search:reindex'], 'reindex-1x');
  console.log(`  search:reindex ${reindex1.toFixed(1)} s`);

  step('Start api and worker');
  const api = startApp('api', join(ROOT, 'dist/apps/api/apps/api/src/main.js'), {
    cwd: ROOT,
    env,
    logFile: join(outDir, 'api.log'),
    // `--cpu-prof DIR`: a V8 CPU profile of the api, written when it stops (open in DevTools).
    nodeArgs: CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`] : [],
  });
  startApp('worker', join(ROOT, 'dist/apps/worker/apps/worker/src/main.js'), {
    cwd: ROOT,
    env,
    logFile: join(outDir, 'worker.log'),
  });
  await waitFor(
    'api /health/ready',
    async () =>
      (await request({ port: PORT, path: '/api/v1/health/ready', timeoutMs: 2000 })).status === 200,
    {
      timeoutMs: 90_000,
      isAlive: () => api.exitCode === null,
    },
  );
  // Let the worker drain the seed's outbox backlog before timing anything.
  await waitFor(
    'outbox drained',
    async () => {
      const { rows } = await db.query(
        'SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL',
      );
      return rows[0].n === 0;
    },
    { timeoutMs: 120_000, intervalMs: 500 },
  ).catch((err) => console.log(`  (${err.message}; continuing)`));

  const results = [await measureScale('1×', reindex1)];

  if (!ONLY_1X) {
    step('100×: grow the city with SQL');
    const grown = await scaleUp(db);
    console.log(`  inserted ${JSON.stringify(grown)}`);
    const reindex100 = await cli(['search:reindex'], 'reindex-100x');
    console.log(`  search:reindex ${reindex100.toFixed(1)} s`);
    results.push(await measureScale('100×', reindex100));
  }

  step('Summary');
  // --lag-only: only the rows and targets it measured.
  const rows = summaryRows(results).filter(
    (r) => !LAG_ONLY || /^\| (p50|---|population|posting|search:reindex)/.test(r),
  );
  const lines = verdicts(results).filter((l) => !LAG_ONLY || l.includes('lag'));
  console.log(rows.join('\n'));
  console.log(`\n${lines.join('\n')}`);

  const notes = [
    `Match and search: ${N} timed requests per scale (admin token; random open demands; search q = a demand's title or one of its skills/tags), after 20 warm-up requests; Meilisearch direct: the matcher's own candidate multi-search (libs/matching/src/candidate-queries.ts, compiled: the heaviest words of the demand alone, and its industry) POSTed to Meilisearch, without the corpus statistics the api uses (words no document has are sent too).`,
    `ILIKE baseline: one SQL query per demand (${BASELINE_N} demands) ranking public experts by how many of the demand's keywords (skills, tags, title; ≤ 10) occur in name/fields/skills/bio via ILIKE over array_to_string, LIMIT 10, timed in the client through \`pg\` (no network besides loopback, no HTTP/ORM overhead — flattering to the baseline).`,
    `Lag: ${LAG_N} rnd demands created and published as ent001 through the API with a unique word; polled GET /search?type=demands every 20 ms (max 10 s); lag = publish response → first poll that finds it (so it includes up to ~20 ms of polling granularity). One posting at a time: the next is published once the worker has also told the previous one's best matches and saved searches (its notifications receipt). Each scale is measured once the worker has handled every event (the seed's notifications fan-out runs at worker start).`,
    '100×: 11,872 enterprises, 59,400 experts and 29,680 demands inserted by `INSERT … SELECT … FROM generate_series` (bench/lib/scale.mjs), derived from the seeded city by index arithmetic (rotating skill subsets, title prefixes, extra bio sentences, names from word arrays); 95 % of experts public; 90 % of demands open. Bench enterprises are verified and have credit_code NULL (the column is nullable; no check digits computed).',
    `Meilisearch runs with --max-indexing-memory ${MEILI_MEMORY} (as in production). Apps run with NODE_ENV=production, LOG_LEVEL=warn, HTTP_REQUEST_LOGS=false, RATE_LIMIT_PER_MINUTE=0. Everything (benchmark client included) shares the same cores, so the figures are pessimistic for a real deployment with Meilisearch on its own host.`,
  ];
  if (!flag('no-docs') && !LAG_ONLY) {
    appendToDocs(join(ROOT, 'docs', 'benchmarks.md'), {
      results,
      command: `npm run bench:matching${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
      notes,
      meiliVersion: meili.version ? `v${meili.version}` : '',
    });
    console.log('\nappended "Matching and search latency" to docs/benchmarks.md');
  }
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
