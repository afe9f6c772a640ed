#!/usr/bin/env node
/**
 * `npm run soak`: a few minutes of real use while Redis, Meilisearch and the worker are killed
 * (SIGKILL) and restarted at random moments; then checks that nothing acknowledged was lost or
 * doubled (issue 10, "Proof").
 *
 *   node scripts/soak.mjs [--duration 180] [--short] [--seed N] [--build] [--ref REV] [--dist DIR]
 *                         [--enterprises 4] [--experts 8] [--settle 180] [--wipe-meili] [--keep]
 *                         [--faults worker,redis,meili,all] [--gap 8-20]
 *
 * Own resources, never the machine's shared services: a fresh database on the local PostgreSQL
 * (created, migrated with the built cli, dropped at the end; PostgreSQL is the source of truth and
 * is not killed), a redis-server on a free port that keeps nothing on disk (a restart comes back
 * empty, like the production Redis here), a Meilisearch on a free port with its data directory
 * under .data/soak/, an SMTP sink, and the built api and worker. Everything else is seeded
 * through the API (an admin from `admin:create`, enterprises verified by it, experts).
 *
 * Load: enterprises draft, edit, publish and close demands, invite experts and answer interests;
 * experts express interest, accept or decline invitations, and search. Faults, seeded (the same
 * --seed replays the same schedule and choices; the interleaving still depends on timing):
 * kill -9 of the worker, of Redis (restarted empty), of Meilisearch (restarted on its data
 * directory) and (not with --short) of all three at once, the worker restarted first; each kind
 * once before any repeats, the next one 8–20 s later (4–8 s with --short), none in the last 20 s
 * (12 s) of the load and no worker kill in the last 25 s (its running jobs come back only when
 * BullMQ finds them stalled, 30–60 s later). With --wipe-meili one Meilisearch restart also loses
 * its data, and `search:reindex` rebuilds it (the operator's answer, README). The api is never
 * killed: it must stay up (it may answer 503 while a dependency is down); a worker that exits
 * by itself is restarted (as an orchestrator would) and reported.
 *
 * Then it waits (up to --settle seconds) for the system to converge and checks the invariants of
 * scripts/soak/invariants.mjs. Prints the operations, faults, lost, duplicated and failed jobs,
 * exits 1 on any violation. Logs: .data/soak/<run>/ (kept when something failed or with --keep).
 *
 * The build: api, worker and cli compiled in one pass into .data/soak-dist (an output of its own,
 * so a concurrent `npm run build` cannot change the code under test): when it is missing or with
 * --build, from the working tree; with --ref REV, from that commit (`git archive`, for a working
 * tree that holds someone's unfinished change). --dist DIR runs another build with dist/'s layout
 * instead (e.g. --dist dist after `npm run build`).
 * --short (CI: `npm run test:soak`): 45 s of load, 3 enterprises and 5 experts, 90 s to settle.
 */
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import pg from 'pg';
import { login } from '../bench/lib/http.mjs';
import { readDotEnv, ROOT, setting } from './meili.mjs';
import { ensureServices } from './services.mjs';
import { checkAll, FailedJobWatch, searchableThroughApi } from './soak/invariants.mjs';
import { enterpriseUser, expertUser, Ledger, OpStats, seedActors } from './soak/load.mjs';
import { faultSchedule, prng } from './soak/prng.mjs';
import { freePort, OwnApp, OwnMeili, OwnRedis, run, sleep } from './soak/procs.mjs';

// ---- options -------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const KNOWN = new Set([
  'duration',
  'short',
  'seed',
  'build',
  'dist',
  'enterprises',
  'experts',
  'settle',
  'wipe-meili',
  'keep',
  'ref',
  'faults',
  'gap',
  'help',
]);
for (const a of argv) {
  if (a.startsWith('--') && !KNOWN.has(a.slice(2).split('=')[0])) {
    console.error(`unknown option ${a}`);
    process.exit(2);
  }
}
const flag = (name) => argv.includes(`--${name}`);
const opt = (name, fallback) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  return argv[i].includes('=') ? argv[i].split('=').slice(1).join('=') : argv[i + 1];
};
const num = (name, fallback) => {
  const value = Number(opt(name, fallback));
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`);
  return value;
};
if (flag('help')) {
  console.log(
    [
      'node scripts/soak.mjs [--duration 180] [--short] [--seed N] [--build] [--ref REV] [--dist DIR]',
      '                      [--enterprises 4] [--experts 8] [--settle 180] [--wipe-meili] [--keep]',
      '                      [--faults worker,redis,meili,all] [--gap 8-20]',
      '(see the header of scripts/soak.mjs and README, "Soak test")',
    ].join('\n'),
  );
  process.exit(0);
}
const SHORT = flag('short');
const DURATION_MS = num('duration', SHORT ? 45 : 180) * 1000;
const SETTLE_MS = num('settle', SHORT ? 90 : 180) * 1000;
const SEED = Math.floor(num('seed', randomBytes(4).readUInt32BE(0))) >>> 0;
const ENTERPRISES = Math.max(1, Math.floor(num('enterprises', SHORT ? 3 : 4)));
const EXPERTS = Math.max(1, Math.floor(num('experts', SHORT ? 5 : 8)));
const KEEP = flag('keep');
const WIPE = flag('wipe-meili');
/** Build from this commit instead of the working tree (implies --build). */
const REF = opt('ref', undefined);
const DIST = resolve(ROOT, opt('dist', join('.data', 'soak-dist')));
const OWN_DIST = DIST === join(ROOT, '.data', 'soak-dist');
const FAULT_GAP_MS = opt('gap', SHORT ? '4-8' : '8-20')
  .split('-')
  .map((v) => Number(v) * 1000);
if (!(FAULT_GAP_MS.length === 2 && FAULT_GAP_MS[0] > 0 && FAULT_GAP_MS[1] >= FAULT_GAP_MS[0])) {
  throw new Error('--gap needs MIN-MAX seconds, e.g. 8-20');
}
const DOWN_MS = [300, SHORT ? 2500 : 12_000];
/** Longest wait between tries of a job while Meilisearch is down (production: 60 s). */
const OUTAGE_RETRY_MAX_MS = 3000;

const rng = prng(SEED);
const ts = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const runDir = join(ROOT, '.data', 'soak', `${ts}-${SEED}`);
mkdirSync(runDir, { recursive: true });
const log = (line) => console.log(line);
const T0 = Date.now();
const step = (message) => log(`\n▶ ${message} [${((Date.now() - T0) / 1000).toFixed(0)} s]`);
const elapsed = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

const dbName = `chanjiao_soak_${ts}_${SEED}`;
const adminUrl = new URL(setting('DATABASE_URL') ?? 'postgres://postgres@127.0.0.1:5432/postgres');
adminUrl.pathname = '/postgres';
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${dbName}`;
const prefix = `soak_${SEED}`;
const MEILI_KEY = `soak-master-key-${randomBytes(12).toString('hex')}`;

const distEntry = (app) =>
  [join(DIST, `apps/${app}/src/main.js`), join(DIST, `apps/${app}/apps/${app}/src/main.js`)].find(
    existsSync,
  ) ?? join(DIST, `apps/${app}/src/main.js`);
const cliScript = distEntry('cli');
/** Where the compiled libs are: beside the apps here, inside each app in dist/. */
const libBase = () => (existsSync(join(DIST, 'libs')) ? DIST : join(DIST, 'apps/worker'));

// ---- resources and cleanup -----------------------------------------------------------------
let redis;
let meili;
let api;
let worker;
let sink;
let db;
let watch;
let dbCreated = false;
let cleaning;
async function cleanup({ keepLogs }) {
  cleaning ??= (async () => {
    await api?.stop().catch(() => {});
    await worker?.stop().catch(() => {});
    watch?.close();
    await db?.end().catch(() => {});
    await redis?.kill().catch(() => {});
    await meili?.stop().catch(() => {});
    await sink?.stop().catch(() => {});
    if (dbCreated && !KEEP) {
      const admin = new pg.Client({ connectionString: adminUrl.toString() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await admin.end();
    } else if (dbCreated) {
      log(`kept database ${dbName} (--keep)`);
    }
    if (!keepLogs && !KEEP) rmSync(runDir, { recursive: true, force: true });
    else log(`logs: ${runDir}`);
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n${signal}: cleaning up…`);
    void cleanup({ keepLogs: true }).finally(() => process.exit(130));
  });
}

// ---- build ---------------------------------------------------------------------------------
/**
 * Compiles api, worker and cli in one pass into .data/soak-dist (Nest's tsc builder, so the
 * @app/* aliases are rewritten as in `npm run build`), from the working tree or, with --ref, from
 * a commit exported with `git archive` into .data/soak/src (the working tree may hold someone's
 * unfinished change). The build's tsconfig lives in <source>/.data/soak.
 */
async function build() {
  const out = join(ROOT, '.data', 'soak-dist');
  let src = ROOT;
  if (REF) {
    src = join(ROOT, '.data', 'soak', 'src');
    rmSync(src, { recursive: true, force: true });
    mkdirSync(src, { recursive: true });
    const archive = spawnSync(
      'sh',
      ['-c', `git archive --format=tar "$0" | tar -x -C "$1"`, REF, src],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    if (archive.status !== 0) throw new Error(`git archive ${REF} failed: ${archive.stderr}`);
    symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'));
  }
  const dir = join(src, '.data', 'soak');
  mkdirSync(dir, { recursive: true });
  const tsconfig = join(dir, 'tsconfig.build.json');
  writeFileSync(
    tsconfig,
    JSON.stringify(
      {
        extends: '../../tsconfig.json',
        compilerOptions: {
          declaration: false,
          sourceMap: false,
          incremental: false,
          outDir: out,
        },
        include: [
          '../../apps/api/src/**/*',
          '../../apps/worker/src/**/*',
          '../../apps/cli/src/**/*',
          '../../libs/**/*',
        ],
        exclude: ['../../node_modules', '../../dist', '../../**/*.spec.ts'],
      },
      null,
      2,
    ),
  );
  rmSync(out, { recursive: true, force: true });
  try {
    return await run(
      process.execPath,
      [
        join(ROOT, 'node_modules/@nestjs/cli/bin/nest.js'),
        'build',
        'api',
        '--path',
        relative(src, tsconfig),
      ],
      { cwd: src, env: process.env, logFile: join(runDir, 'build.log') },
    );
  } finally {
    // The exported sources would otherwise be seen by `tsc -p tsconfig.json` (npm run typecheck).
    if (REF) rmSync(src, { recursive: true, force: true });
  }
}

// ---- main ----------------------------------------------------------------------------------
async function main() {
  const started = Date.now();
  log(
    `Soak test: seed ${SEED} (replay with --seed ${SEED}), ${DURATION_MS / 1000} s of load, ` +
      `${ENTERPRISES} enterprises, ${EXPERTS} experts${WIPE ? ', one Meilisearch wipe' : ''}`,
  );

  if (flag('build') || REF || (OWN_DIST && !existsSync(cliScript))) {
    step(`Build ${REF ? `commit ${REF}` : 'the working tree'} into .data/soak-dist`);
    log(`  built in ${(await build()).toFixed(1)} s`);
  }
  for (const file of [cliScript, distEntry('api'), distEntry('worker')]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run with --build (or npm run build and --dist dist)`);
  }
  const requireDist = createRequire(join(DIST, 'package.json'));
  const distLib = (path) => requireDist(join(libBase(), path));
  const { generateUscc } = distLib('libs/reference/src/index.js');
  const { Queues } = distLib('libs/shared/src/queue/queues.js');
  const { NOTIFICATIONS_ROUTE } = distLib('libs/notifications/src/fanout/notifications.route.js');
  const { SEARCH_INDEX_ROUTE } = distLib('libs/search/src/indexing/search-index.route.js');

  step('Own services: PostgreSQL database, Redis, Meilisearch, SMTP sink');
  // Only PostgreSQL is needed from the machine (started if it is a stopped local service).
  await ensureServices({ log: (line) => log(`  ${line}`) }).catch((error) => {
    if (!error.results?.postgres?.up) throw error;
  });
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  dbCreated = true;
  const [redisPort, meiliPort, apiPort, smtpPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  redis = new OwnRedis({ port: redisPort, logFile: join(runDir, 'redis.log') });
  await redis.start();
  meili = new OwnMeili({ port: meiliPort, dataDir: join(runDir, 'meili'), key: MEILI_KEY });
  await meili.start();
  const { startMailSink } = await import('./mail-sink.mjs');
  sink = await startMailSink({ port: smtpPort, dir: join(runDir, 'mail'), log: () => {} });
  log(
    `  database ${dbName}, Redis :${redisPort}, Meilisearch :${meiliPort}, SMTP :${smtpPort}, api :${apiPort}`,
  );

  // The apps' settings are all set here: none inherited from this shell (the cwd has no .env).
  const appSettings = readDotEnv(join(ROOT, '.env.example'));
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !(k in appSettings))),
    NODE_ENV: 'test',
    PORT: String(apiPort),
    DATABASE_URL: dbUrl.toString(),
    REDIS_URL: redis.url,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: MEILI_KEY,
    MEILI_INDEX_PREFIX: prefix,
    QUEUE_PREFIX: prefix,
    SEARCH_OUTAGE_RETRY_MAX_MS: String(OUTAGE_RETRY_MAX_MS),
    JWT_SECRET: randomBytes(48).toString('base64'),
    RATE_LIMIT_PER_MINUTE: '0',
    LOGIN_MAX_PER_ADDRESS: '100000',
    EMAIL_REQUESTS_MAX_PER_CLIENT: '100000',
    HTTP_REQUEST_LOGS: 'false',
    LOG_LEVEL: 'info',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    WEBHOOK_ALLOW_PRIVATE_URLS: 'false',
  };
  const cli = (args, label) =>
    run(process.execPath, [cliScript, ...args], {
      cwd: runDir,
      env,
      logFile: join(runDir, `cli-${label}.log`),
    });

  step('Migrate, create the admin, start api and worker');
  await cli(['migrate'], 'migrate');
  const adminEmail = `admin-${SEED}@soak.chanjiao.local`;
  const adminPassword = `Soak-Admin-${randomBytes(9).toString('base64url')}`;
  const adminCreated = cli(
    ['admin:create', '--email', adminEmail, '--password', adminPassword],
    'admin',
  );
  const exits = [];
  const onExit = (name, exit) => {
    exits.push({ name, ...exit, t: Date.now() - started });
    log(
      `  ! ${name} exited by itself (${exit.how}); ${name === 'api' ? 'VIOLATION' : 'restarting it'}`,
    );
  };
  api = new OwnApp({
    name: 'api',
    script: distEntry('api'),
    cwd: runDir,
    env,
    logFile: join(runDir, 'api.log'),
    readyLine: 'Chanjiao api listening',
    restartOnExit: false,
    onExit,
  });
  worker = new OwnApp({
    name: 'worker',
    script: distEntry('worker'),
    cwd: runDir,
    env,
    logFile: join(runDir, 'worker.log'),
    readyLine: 'Chanjiao worker started',
    onExit,
  });
  api.start();
  worker.start();
  await adminCreated;
  if (!(await api.ready()) || !(await worker.ready()))
    throw new Error(`api or worker did not start; see ${runDir}`);
  db = new pg.Pool({ connectionString: dbUrl.toString(), max: 4 });
  watch = new FailedJobWatch({ redisUrl: redis.url, prefix, queues: Object.values(Queues) });
  await watch.connect();

  step('Seed through the API');
  const adminToken = await login(apiPort, adminEmail, adminPassword);
  const actors = await seedActors(apiPort, {
    db,
    adminToken,
    enterprises: ENTERPRISES,
    experts: EXPERTS,
    generateUscc,
    rng: rng.fork('seed'),
  });
  log(`  ${actors.orgs.length} verified enterprises, ${actors.experts.length} experts`);

  // ---- load and faults ----
  step(`Load for ${DURATION_MS / 1000} s with faults`);
  const stats = new OpStats();
  const ledger = new Ledger();
  const inbox = new Map();
  const invitations = new Map();
  const loadStart = Date.now();
  const deadline = loadStart + DURATION_MS;
  const limits = { demandsPerEnterprise: SHORT ? 25 : 60, thinkMs: [50, 300] };
  const users = [
    ...actors.orgs.map((org) =>
      enterpriseUser({
        port: apiPort,
        org,
        experts: actors.experts,
        rng: rng.fork(`ent${org.index}`),
        stats,
        ledger,
        inbox,
        invitations,
        deadline,
        limits,
      }),
    ),
    ...actors.experts.map((expert) =>
      expertUser({
        port: apiPort,
        expert,
        rng: rng.fork(`exp${expert.index}`),
        stats,
        ledger,
        inbox,
        invitations,
        deadline,
        limits,
      }),
    ),
  ];
  const sampler = setInterval(() => void watch.sample(), 1000);

  const faultRng = rng.fork('faults');
  // `all`: the three at once, the worker started again first (it boots while Redis and
  // Meilisearch are still away). The short form leaves it out.
  const kinds = opt('faults', SHORT ? 'worker,redis,meili' : 'worker,redis,meili,all')
    .split(',')
    .filter(Boolean);
  const unknownKind = kinds.find((k) => !['worker', 'redis', 'meili', 'all'].includes(k));
  if (unknownKind) throw new Error(`--faults: unknown kind ${unknownKind}`);
  const schedule = faultSchedule(faultRng, {
    durationMs: DURATION_MS,
    kinds,
    gapMs: FAULT_GAP_MS,
    quietTailMs: SHORT ? 12_000 : 20_000,
    latestMs: { worker: DURATION_MS - 25_000, all: DURATION_MS - 25_000 },
  });
  if (WIPE) {
    const meiliFaults = schedule.filter((f) => f.kind === 'meili');
    (meiliFaults[1] ?? meiliFaults[0] ?? {}).wipe = true;
  }
  const faults = [];
  const faultLoop = (async () => {
    for (const f of schedule) {
      const wait = loadStart + f.at - Date.now();
      if (wait > 0) await sleep(wait);
      if (Date.now() > deadline - 3000) break;
      const down = faultRng.int(DOWN_MS[0], DOWN_MS[1]);
      const t = Date.now();
      const record = {
        kind: f.wipe ? 'meili (wiped)' : f.kind,
        at: (t - loadStart) / 1000,
        downMs: down,
      };
      if (f.kind === 'worker') {
        await worker.kill();
        await sleep(down);
        worker.start();
        record.recovered = await worker.ready(60_000);
      } else if (f.kind === 'all') {
        await watch.sample();
        await Promise.all([worker.kill(), redis.kill(), meili.kill()]);
        await sleep(down);
        worker.start();
        await sleep(faultRng.int(DOWN_MS[0], DOWN_MS[1]));
        await redis.start();
        await meili.start();
        record.recovered = (await meili.healthy()) && (await worker.ready(60_000));
      } else if (f.kind === 'redis') {
        await watch.sample();
        await redis.kill();
        await sleep(down);
        await redis.start();
        record.recovered = true;
      } else {
        await meili.kill();
        if (f.wipe) meili.wipe();
        await sleep(down);
        await meili.start();
        record.recovered = await meili.healthy();
        if (f.wipe) {
          // The operator's answer to a lost search database (README: search:reindex).
          record.reindexS = await cli(['search:reindex'], `reindex-${faults.length}`);
        }
      }
      record.recoverMs = Date.now() - t;
      faults.push(record);
      log(
        `  fault ${faults.length}: ${record.kind} at ${record.at.toFixed(1)} s, down ${down} ms, back after ${record.recoverMs} ms${record.recovered ? '' : ' (NOT recovered)'}`,
      );
    }
  })();
  await Promise.all(users);
  await faultLoop;
  const t = stats.totals();
  log(
    `  load done in ${elapsed(loadStart)}: ${t.acked} acknowledged, ${t.refused} refused (4xx), ${t.unknown} unknown outcome (5xx/timeout/refused connection)`,
  );

  // ---- convergence ----
  step(`Converge (up to ${SETTLE_MS / 1000} s) and check`);
  if (!worker.up) {
    worker.start();
    await worker.ready(60_000);
  }
  const settleStart = Date.now();
  const routes = [SEARCH_INDEX_ROUTE, NOTIFICATIONS_ROUTE];
  let result;
  let converged = false;
  let nextProgress = Date.now() + 5000;
  for (;;) {
    await watch.sample();
    result = await checkAll({
      db,
      meili: { url: meili.url, key: MEILI_KEY, prefix },
      ledger,
      actors,
      routes,
      failedJobs: () => watch.lines(),
      mailDir: join(runDir, 'mail'),
    }).catch((error) => ({ ok: false, error }));
    if (result.ok) {
      converged = true;
      break;
    }
    // Failed jobs and lost acknowledged writes do not heal: no need to wait for them.
    if (result.problems?.jobs.length || result.problems?.writes.length) break;
    if (Date.now() - settleStart > SETTLE_MS) break;
    if (Date.now() >= nextProgress) {
      nextProgress = Date.now() + 10_000;
      const open = Object.entries(result.problems ?? {})
        .filter(([, list]) => list.length > 0)
        .map(([name, list]) => `${name} ${list.length}`);
      log(
        `  ${((Date.now() - settleStart) / 1000).toFixed(0)} s: waiting for ${open.join(', ') || result.error?.message}`,
      );
    }
    await sleep(1000);
  }
  const convergedMs = Date.now() - settleStart;
  clearInterval(sampler);
  if (result.error) throw result.error;
  const searchable = converged
    ? await searchableThroughApi(db, apiPort)
    : { checked: 0, missing: [] };
  if (searchable.missing.length)
    result.problems.search.push(...searchable.missing.map((m) => `GET /search does not find ${m}`));
  const apiDown = exits.filter((e) => e.name === 'api');
  if (apiDown.length)
    result.problems.api = apiDown.map(
      (e) => `api exited (${e.how}) at ${(e.t / 1000).toFixed(1)} s`,
    );
  const passed = converged && searchable.missing.length === 0 && apiDown.length === 0;

  // ---- report ----
  step(`Result (seed ${SEED})`);
  const rows = [...stats.kinds].sort(([a], [b]) => a.localeCompare(b));
  const pad = (s, n) => String(s).padEnd(n);
  const padL = (s, n) => String(s).padStart(n);
  log(
    `  ${pad('operation', 20)}${padL('acked', 7)}${padL('refused', 9)}${padL('unknown', 9)}  details`,
  );
  for (const [kind, e] of rows) {
    const details = [
      ...Object.entries(e.refusedCodes).map(([c, n]) => `${c}×${n}`),
      ...Object.entries(e.unknownCauses).map(([c, n]) => `${c}×${n}`),
    ].join(', ');
    log(
      `  ${pad(kind, 20)}${padL(e.acked, 7)}${padL(e.refused, 9)}${padL(e.unknown, 9)}  ${details}`,
    );
  }
  log(`  ${pad('total', 20)}${padL(t.acked, 7)}${padL(t.refused, 9)}${padL(t.unknown, 9)}`);
  const byKind = {};
  for (const f of faults) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  const workerExits = exits.filter((e) => e.name === 'worker').length;
  log(
    `  faults injected: ${faults.length} (${
      Object.entries(byKind)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'none'
    })` + `; worker exits by itself: ${workerExits}`,
  );
  const tt = result.totals;
  log(
    `  state: ${tt.demands} demands (${tt.open} open, ${tt.indexed} indexed), ${tt.connections} connections, ` +
      `${tt.notifications} notifications (${tt.expectedNotifications} expected), emails ${JSON.stringify(tt.emails)}` +
      (tt.mails ? `, ${tt.mails.received} mails at the SMTP sink (${tt.mails.resent} resent)` : ''),
  );
  log(
    `  lost: ${result.counts.lostWrites} acknowledged writes, ${result.counts.lostNotifications} notifications, ` +
      `${result.counts.staleIndex} demands not in the index at their latest version`,
  );
  log(`  duplicated: ${result.counts.duplicated} notifications`);
  log(`  failed jobs: ${watch.lines().length} (failed lists sampled ${watch.samples} times)`);
  log(
    `  searchable through GET /search: ${searchable.checked - searchable.missing.length}/${searchable.checked}`,
  );
  log(
    `  convergence: ${converged ? `${(convergedMs / 1000).toFixed(1)} s after the load` : `NOT within ${SETTLE_MS / 1000} s`}`,
  );
  log(`  total time: ${elapsed(started)}`);
  for (const [name, list] of Object.entries(result.problems)) {
    if (list.length === 0) continue;
    log(`  ✗ ${name}: ${list.length}`);
    for (const line of list.slice(0, 10)) log(`      ${line}`);
    if (list.length > 10) log(`      … ${list.length - 10} more`);
  }
  log(
    passed
      ? '\n✓ soak passed'
      : `\n✗ soak FAILED (replay: node scripts/soak.mjs --seed ${SEED}${SHORT ? ' --short' : ` --duration ${DURATION_MS / 1000}`})`,
  );
  return passed;
}

main()
  .then(async (passed) => {
    await cleanup({ keepLogs: !passed });
    process.exit(passed ? 0 : 1);
  })
  .catch(async (error) => {
    console.error(`\n✗ soak could not run: ${error.stack ?? error.message}`);
    await cleanup({ keepLogs: true }).catch(() => {});
    process.exit(1);
  });
