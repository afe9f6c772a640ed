#!/usr/bin/env node
/**
 * `npm run bench:notifications` — fan-out of one published demand to N saved-search owners'
 * inboxes (default 10,000), then the same with email through a local SMTP sink.
 *
 *   node bench/bench-notifications.mjs [--recipients 10000] [--keep] [--no-docs] [--build]
 *                                      [--skip-email] [--timeout 120] [--email-timeout 600]
 *                                      [--cpu-prof DIR]
 *
 * Fresh database chanjiao_bench_notify_<ts> (dropped at the end unless --keep), own QUEUE_PREFIX
 * and MEILI_INDEX_PREFIX, Meilisearch on 127.0.0.1:7741 (data in .data/meili-bench-notify), the
 * SMTP sink of scripts/mail-sink.mjs on a free port (messages in bench/out/<ts>/mail, removed
 * unless --keep), the built api (port 3078) and worker. migrate, seed, search:reindex, start the
 * apps, let the seed's events settle. Then, per scenario: insert N users with one saved search
 * each (SQL) whose words are a fresh unique word, publish a demand as ent001 whose title holds
 * that word, and observe the fan-out: inbox rows (PostgreSQL, polled), live inbox announcements
 * (Redis pub/sub), the BullMQ job of the event and, with email, email_deliveries and the sink.
 * Prints a summary and appends it to docs/benchmarks.md. Logs of every child: bench/out/<ts>/.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readDotEnv, ROOT, setting, startMeili, stopMeili } from '../scripts/meili.mjs';
import { ensureServices } from '../scripts/services.mjs';
import { login, request } from './lib/http.mjs';
import {
  clockOffset,
  createDemand,
  defaultAlertChannels,
  emailProgress,
  emailRows,
  inboxRows,
  insertRecipients,
  meiliBatchTrace,
  meiliTasks,
  cpuDelta,
  cpuSnapshot,
  nowMs,
  openQueues,
  outboxEvent,
  pollInbox,
  publishDemand,
  sleep,
  startSink,
  transactions,
  visibleTimes,
  watchAnnouncements,
} from './lib/notify.mjs';
import {
  appendToDocs,
  figures,
  stageRows,
  summaryRows,
  TARGETS,
  verdicts,
} from './lib/notify-report.mjs';
import { killAll, runCommand, startApp, waitFor } from './lib/procs.mjs';
import { machine } from './lib/report.mjs';
import { ms, statLine } from './lib/stats.mjs';

// ---- options -------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const CPU_PROF = argv.includes('--cpu-prof') ? argv[argv.indexOf('--cpu-prof') + 1] : undefined;
const num = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
};
const N = Math.floor(num('recipients', 10_000));
const TIMEOUT_MS = num('timeout', 120) * 1000;
const EMAIL_TIMEOUT_MS = num('email-timeout', 600) * 1000;
const KEEP = flag('keep');
const SKIP_EMAIL = flag('skip-email');
const PORT = 3078;
const MEILI_PORT = 7741;
const MEILI_DIR = join(ROOT, '.data', 'meili-bench-notify');
const MEILI_KEY = 'chanjiao-bench-master-key-local-only';
const DEMO_PASSWORD = 'Chanjiao@2026';
const POLL_MS = 50;

const ts = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const outDir = join(ROOT, 'bench', 'out', ts);
const mailDir = join(outDir, 'mail');
mkdirSync(outDir, { recursive: true });
const dbName = `chanjiao_bench_notify_${ts}`;
const adminUrl = new URL(setting('DATABASE_URL') ?? 'postgres://postgres@127.0.0.1:5432/postgres');
adminUrl.pathname = '/postgres';
const benchUrl = new URL(adminUrl);
benchUrl.pathname = `/${dbName}`;
const meiliUrl = `http://127.0.0.1:${MEILI_PORT}`;
const prefix = `bench_notify_${ts}`;
const redisUrl = 'redis://127.0.0.1:6379';

const env = {
  ...readDotEnv(join(ROOT, '.env.example')),
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: benchUrl.toString(),
  REDIS_URL: redisUrl,
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
const word = () =>
  `notify${randomBytes(6)
    .toString('hex')
    .replace(/\d/g, (d) => 'ghijklmnop'[d])}`;

// ---- cleanup -------------------------------------------------------------------------------
let meili;
let sink;
let queues;
let announcements;
let cpuTargets = { pids: {}, byName: {} };
let dbCreated = false;
let db;
let cleaning;
async function cleanup() {
  cleaning ??= (async () => {
    await killAll();
    await announcements?.close().catch(() => {});
    await queues?.close().catch(() => {});
    await sink?.stop().catch(() => {});
    await db?.end().catch(() => {});
    if (meili?.startedByUs) await stopMeili({ dataDir: MEILI_DIR });
    else if (meili) await dropOurIndexes();
    await dropOurRedisKeys().catch((err) => console.log(`  (Redis keys kept: ${err.message})`));
    if (!KEEP) rmSync(mailDir, { recursive: true, force: true });
    if (dbCreated && !KEEP) {
      const admin = new pg.Client({ connectionString: adminUrl.toString() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await admin.end();
      console.log(`dropped database ${dbName}`);
    } else if (dbCreated) {
      console.log(`kept database ${dbName}, queue prefix ${prefix}, mail in ${mailDir} (--keep)`);
    }
  })();
  return cleaning;
}

/** Someone else's Meilisearch: remove only our indexes. */
async function dropOurIndexes() {
  const headers = { authorization: `Bearer ${MEILI_KEY}` };
  const res = await fetch(`${meiliUrl}/indexes?limit=1000`, { headers }).catch(() => null);
  const uids = res?.ok
    ? (await res.json()).results.map((r) => r.uid).filter((u) => u.startsWith(prefix))
    : [];
  for (const uid of uids)
    await fetch(`${meiliUrl}/indexes/${uid}`, { method: 'DELETE', headers }).catch(() => {});
}

/** The run's BullMQ keys (its own prefix) unless --keep. */
async function dropOurRedisKeys() {
  if (KEEP) return;
  const { Redis } = await import('ioredis');
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n${signal}: cleaning up…`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ---- waiting for quiet ---------------------------------------------------------------------
/**
 * Until the outbox has no unsent row and the queues have nothing waiting or running (the email
 * queue always holds the delayed digest scheduler, so its delayed jobs do not count).
 */
async function waitSettled(label, timeoutMs) {
  const started = Date.now();
  let quietSince = null;
  let last = '';
  for (;;) {
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL',
    );
    const n = await queues.counts('notifications');
    const s = await queues.counts('search-index');
    const e = await queues.counts('email');
    const busy =
      rows[0].n +
      n.waiting +
      n.active +
      n.delayed +
      n.prioritized +
      s.waiting +
      s.active +
      s.delayed +
      s.prioritized +
      e.waiting +
      e.active +
      e.prioritized;
    last = `outbox unsent ${rows[0].n}; notifications waiting ${n.waiting} active ${n.active} delayed ${n.delayed} (completed ${n.completed}, failed ${n.failed}); search-index busy ${s.waiting + s.active + s.delayed}; email busy ${e.waiting + e.active}`;
    if (busy === 0) {
      quietSince ??= Date.now();
      if (Date.now() - quietSince >= 1000) break;
    } else quietSince = null;
    if (Date.now() - started > timeoutMs) {
      console.log(`  ${label}: not settled after ${timeoutMs / 1000} s (${last}); continuing`);
      return { settled: false, seconds: (Date.now() - started) / 1000, last };
    }
    await sleep(250);
  }
  console.log(`  ${label}: settled in ${((Date.now() - started) / 1000).toFixed(1)} s (${last})`);
  return { settled: true, seconds: (Date.now() - started) / 1000, last };
}

/** The failed jobs of a queue (reason and first stack line), for the report. */
async function failedJobs(name, max = 5) {
  const jobs = await queues.queues[name].getFailed(0, max - 1);
  return jobs.map((j) => ({
    id: j.id,
    reason: j.failedReason,
    stack: (j.stacktrace ?? []).at(-1)?.split('\n').slice(0, 6).join('\n') ?? '',
  }));
}

// ---- one scenario --------------------------------------------------------------------------
async function scenario({ label, tag, email, token, offset, explicitInAppOnly }) {
  step(`${label}: ${N.toLocaleString('en-US')} recipients`);
  const w = word();
  const recipients = await insertRecipients(db, {
    tag,
    word: w,
    count: N,
    email,
    explicitInAppOnly,
  });
  console.log(
    `  inserted ${recipients.ids.length} users + saved searches (q "${w}")${email || explicitInAppOnly ? ' + preferences' : ''} in ${recipients.seconds.toFixed(1)} s`,
  );
  const demandId = await createDemand(PORT, token, w);
  announcements.watch(recipients.ids);
  await sleep(1500); // let pg_stat_database catch up before counting transactions
  const tx0 = await transactions(db, dbName);
  const load = loadavg()[0];
  const cpu0 = cpuSnapshot(cpuTargets);
  const wall0 = nowMs();

  const { sent, t0 } = await publishDemand(PORT, token, demandId);
  console.log(`  published demand ${demandId}; polling the inbox every ${POLL_MS} ms`);
  const poll = await pollInbox(db, {
    demandId,
    sample: recipients.ids,
    expected: N,
    intervalMs: POLL_MS,
    timeoutMs: TIMEOUT_MS,
  });
  let benchQueries = poll.polls;
  if (poll.count < N)
    console.log(`  ! only ${poll.count} of ${N} inbox rows after ${TIMEOUT_MS / 1000} s`);
  else
    console.log(
      `  ${poll.count} inbox rows after ${((poll.curve.at(-1).at - t0) / 1000).toFixed(2)} s`,
    );

  let emailObs = null;
  if (email) {
    const deadline = nowMs() + EMAIL_TIMEOUT_MS;
    const isOurs = (address) => address.endsWith(`.${tag}@bench.chanjiao.local`);
    let lastDone = -1;
    let lastProgress = nowMs();
    for (;;) {
      const byStatus = await emailProgress(db, demandId);
      benchQueries += 1;
      const done = ['sent', 'dead', 'skipped'].reduce((s, k) => s + (byStatus[k] ?? 0), 0);
      if (done !== lastDone) {
        lastDone = done;
        lastProgress = nowMs();
      }
      if (done >= N) break;
      if (nowMs() > deadline || nowMs() - lastProgress > 60_000) {
        console.log(
          `  ! emails not finished: ${JSON.stringify(byStatus)} (${nowMs() > deadline ? 'timeout' : 'no progress for 60 s'})`,
        );
        break;
      }
      await sleep(500);
    }
    const rows = await emailRows(db, demandId);
    benchQueries += 1;
    await sleep(500); // the sink's last writes
    emailObs = {
      ...rows,
      sent: rows.sent.map((t) => t + offset),
      created: rows.created + offset,
      sinkTimes: sink.times(isOurs),
    };
    console.log(
      `  email deliveries ${JSON.stringify(rows.byStatus)}; the sink received ${emailObs.sinkTimes.length} of ours`,
    );
  }

  // The job finishes after the commit (queuing emails, live announcements): wait for it. The
  // alerts are written by the search indexer's "indexed" signal job; the event's own job
  // delivers the matched audience.
  const event = await outboxEvent(db, demandId);
  let job = null;
  let eventJob = null;
  await waitFor(
    'notifications jobs finished',
    async () => {
      job = event ? await queues.eventJob('notifications', event.id, 'indexed') : null;
      eventJob = event ? await queues.eventJob('notifications', event.id) : null;
      return job?.finishedOn && eventJob?.finishedOn;
    },
    { timeoutMs: 30_000, intervalMs: 200 },
  ).catch((err) => console.log(`  (${err.message})`));
  const at = (x) => `${x - t0 >= 0 ? '+' : ''}${(x - t0).toFixed(0)}`;
  const cpu = cpuDelta(cpu0, cpuSnapshot(cpuTargets));
  const wall = (nowMs() - wall0) / 1000;
  console.log(
    `  CPU seconds in ${wall.toFixed(1)} s: ${Object.entries(cpu)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ')}`,
  );
  const searchJob = event ? await queues.eventJob('search-index', event.id) : null;
  // The demand's Meilisearch task: the first document task of the demands index after the relay.
  const tasks = await meiliTasks({
    meiliUrl,
    key: MEILI_KEY,
    index: null,
    afterMs: t0 - 5000,
  });
  const meiliTask =
    event?.relayed != null
      ? tasks.find(
          (t) =>
            t.index === `${prefix}_demands` &&
            t.type === 'documentAdditionOrUpdate' &&
            t.enqueued >= event.relayed + offset - 5,
        )
      : undefined;
  const trace =
    meiliTask?.batchUid != null
      ? await meiliBatchTrace({ meiliUrl, key: MEILI_KEY, batchUid: meiliTask.batchUid })
      : null;
  if (trace)
    console.log(
      `  Meilisearch batch of the demand: ${trace.duration}; slowest steps: ${trace.steps
        .slice(0, 4)
        .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
        .join('; ')}`,
    );
  if (meiliTask && job?.processedOn)
    console.log(
      `  Meilisearch: ${tasks.filter((t) => t.enqueued < meiliTask.finished).length} task(s) (all indexes) enqueued from t0 − 5 s until the demand's finished [${tasks
        .filter((t) => t.enqueued < meiliTask.finished)
        .map(
          (t) =>
            `${t.index.slice(prefix.length + 1)} ${t.type} ${at(t.enqueued)}/${at(t.started)}/${at(t.finished)}`,
        )
        .join(
          '; ',
        )}]; the demand's waited ${ms(meiliTask.started - meiliTask.enqueued)} ms and took ${ms(meiliTask.finished - meiliTask.started)} ms`,
    );
  const inbox = (await inboxRows(db, { demandId })).map((g) => ({
    ...g,
    created: g.created + offset,
  }));
  await sleep(1500);
  const tx1 = await transactions(db, dbName);
  // Our own statements in between: polls, the event, the inbox rows (each one autocommit).
  const fanOutTransactions = tx1 - tx0 - benchQueries - 3;

  return figures({
    label,
    recipients: N,
    t0,
    sent,
    event: event && {
      ...event,
      occurred: event.occurred + offset,
      relayed: event.relayed === null ? NaN : event.relayed + offset,
    },
    job,
    eventJob,
    searchJob,
    meiliTask,
    inbox,
    visibleTimes: visibleTimes(poll.curve),
    announced: announcements.times(),
    transactions: fanOutTransactions,
    cpu,
    wall,
    load,
    email: emailObs,
  });
}

function printScenario(f) {
  console.log(statLine('  publish → inbox visible', f.visible));
  console.log(statLine('  publish → live announcement', f.announced));
  console.log(statLine('  publish → inbox created_at', f.created));
  console.log(
    `  deliveries/s: end to end ${Math.round(f.endToEndRate)}, fan-out job ${Math.round(f.jobRate)}, write ${Math.round(f.writeRate)}; ${f.insertTimestamps} distinct created_at`,
  );
  console.log(
    `  notifications job: ${f.jobState}, attempts ${f.attempts}, final attempt ${ms(f.jobSpan)} ms${f.attemptErrors.length ? `; earlier attempts failed: ${[...new Set(f.attemptErrors)].join(' | ')}` : ''}`,
  );
  console.log(`  DB transactions during the fan-out (bench excluded): ${f.transactions}`);
  if (f.email) {
    console.log(statLine('  publish → email sent_at', f.email.sent));
    console.log(statLine('  publish → email at the sink', f.email.sink));
    console.log(
      `  emails/s: sent_at spread ${Math.round(f.email.sentRate)}, end to end ${Math.round(f.email.sentEndToEndRate)}, sink ${Math.round(f.email.sinkRate)}; max attempts ${f.email.maxAttempts}${f.email.anError ? `; an error: ${f.email.anError}` : ''}`,
    );
  }
}

// ---- main ----------------------------------------------------------------------------------
async function main() {
  console.log(
    `Targets: ≥ ${TARGETS.deliveriesPerSecond.toLocaleString('en-US')} in-app deliveries/s and publish → inbox p95 ≤ ${TARGETS.inboxP95Ms} ms at ${TARGETS.cityRecipients.toLocaleString('en-US')} recipients (verdicts in the summary)`,
  );
  console.log(
    `Chanjiao notification fan-out benchmark — ${machine()}; load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}\nlogs: ${outDir}`,
  );
  step('PostgreSQL and Redis');
  process.env.DATABASE_URL = adminUrl.toString();
  process.env.REDIS_URL = redisUrl;
  await ensureServices();

  step(`Meilisearch on ${meiliUrl}`);
  meili = await startMeili({
    port: MEILI_PORT,
    dataDir: MEILI_DIR,
    key: MEILI_KEY,
    timeoutMs: 60_000,
  });
  if (!meili.keyAccepted)
    throw new Error(`Meilisearch on ${meiliUrl} does not accept the bench key`);
  console.log(`  v${meili.version}${meili.startedByUs ? '' : ' (already running)'}`);

  const workerHasNotifications = existsSync(
    join(ROOT, 'dist/apps/worker/libs/notifications/src/index.js'),
  );
  if (
    flag('build') ||
    !existsSync(join(ROOT, 'dist/apps/api/apps/api/src/main.js')) ||
    !workerHasNotifications
  ) {
    step(`Build (${flag('build') ? '--build' : 'dist missing or without notifications'})`);
    await runCommand('npm', ['run', 'build', '--silent'], {
      cwd: ROOT,
      env: process.env,
      logFile: join(outDir, 'build.log'),
    });
  }

  step('SMTP sink');
  sink = await startSink({ root: ROOT, dir: mailDir });
  env.SMTP_URL = sink.url;
  console.log(`  ${sink.url} (${sink.source})`);

  step(`Database ${dbName}`);
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  dbCreated = true;
  db = new pg.Client({ connectionString: benchUrl.toString() });
  await db.connect();

  step('migrate, seed, search:reindex');
  console.log(`  migrate ${(await cli(['migrate'])).toFixed(1)} s`);
  console.log(`  seed ${(await cli(['seed'])).toFixed(1)} s`);
  console.log(`  search:reindex ${(await cli(['search:reindex'])).toFixed(1)} s`);

  step('Start api and worker');
  queues = openQueues(redisUrl, prefix, ['notifications', 'search-index', 'email']);
  announcements = await watchAnnouncements(redisUrl, `${prefix}:inbox`);
  const api = startApp('api', join(ROOT, 'dist/apps/api/apps/api/src/main.js'), {
    cwd: ROOT,
    env,
    logFile: join(outDir, 'api.log'),
  });
  const worker = startApp('worker', join(ROOT, 'dist/apps/worker/apps/worker/src/main.js'), {
    cwd: ROOT,
    env,
    logFile: join(outDir, 'worker.log'),
    // `--cpu-prof DIR`: a V8 CPU profile of the worker, written when it stops (open in DevTools).
    nodeArgs: CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`] : [],
  });
  await waitFor(
    'api /health/ready',
    async () =>
      (await request({ port: PORT, path: '/api/v1/health/ready', timeoutMs: 2000 })).status === 200,
    { timeoutMs: 90_000, isAlive: () => api.exitCode === null && worker.exitCode === null },
  );

  cpuTargets = {
    pids: { worker: worker.pid, api: api.pid, ...(meili.pid ? { meilisearch: meili.pid } : {}) },
    byName: { postgres: 'postgres', redis: 'redis-server' },
  };

  step("Let the seed's events settle (outbox relayed, queues idle)");
  const settle = await waitSettled('seed events', 300_000);
  const seedFailed = await failedJobs('notifications');
  for (const f of seedFailed)
    console.log(
      `  ! failed notifications job ${f.id}: ${f.reason}\n${f.stack.replace(/^/gm, '      ')}`,
    );
  const seedEmails = (
    await db.query(`SELECT status, count(*)::int AS n FROM email_deliveries GROUP BY status`)
  ).rows;
  console.log(
    `  seed email deliveries: ${JSON.stringify(seedEmails)}; sink received ${sink.count}`,
  );

  const offset = await clockOffset(db);
  console.log(
    `  clock: PostgreSQL clock_timestamp() vs Date.now() offset ${offset.offset.toFixed(2)} ms (round trip ${offset.rtt.toFixed(2)} ms)`,
  );
  const defaults = defaultAlertChannels(ROOT);
  const explicitInAppOnly = !defaults || defaults.email !== false || defaults.inApp !== true;
  console.log(
    `  saved-search alert defaults: ${defaults ? JSON.stringify(defaults) : 'unknown'}${explicitInAppOnly ? ' → in-app run writes preferences (inApp on, email off)' : ' → in-app run relies on them (no preference rows)'}`,
  );
  const token = await login(PORT, 'ent001@demo.chanjiao.cn', DEMO_PASSWORD);

  const results = [];
  const inApp = await scenario({
    label: 'in-app only',
    tag: 'inapp',
    email: false,
    token,
    offset: offset.offset,
    explicitInAppOnly,
  });
  printScenario(inApp);
  results.push(inApp);

  if (!SKIP_EMAIL) {
    await waitSettled('after the in-app run', 120_000);
    const withEmail = await scenario({
      label: 'in-app + email',
      tag: 'email',
      email: true,
      token,
      offset: offset.offset,
    });
    printScenario(withEmail);
    results.push(withEmail);
  }
  const failedAfter = await failedJobs('notifications');
  const newFailures = failedAfter.filter((f) => !seedFailed.some((s) => s.id === f.id));
  for (const f of newFailures)
    console.log(
      `  ! failed notifications job ${f.id}: ${f.reason}\n${f.stack.replace(/^/gm, '      ')}`,
    );

  step('Summary');
  const rows = summaryRows(results);
  const stages = stageRows(results);
  const lines = verdicts(results);
  console.log(rows.join('\n'));
  console.log(`\n${stages.join('\n')}`);
  console.log(`\n${lines.join('\n')}`);

  const notes = [
    `Recipients: ${N.toLocaleString('en-US')} users per scenario inserted with SQL (role expert, dummy password hash), each with one saved search (type demands, q = a fresh unique word, no filters, alerts on); the published demand (rnd, by ent001) has that word in its title and skills, so every saved search matches and the percolation is one Meilisearch query. The in-app scenario ${explicitInAppOnly ? 'writes preference rows with email off' : 'relies on the defaults (saved-search alerts: in-app on, email off; no preference rows)'}; the email scenario writes preference rows with email on for saved-search alerts (the users of the first scenario stay, with their own saved searches). The demand also reaches its best-matched experts/colleges (demand.matched, not counted here).`,
    `t0 = the publish response (Date.now() in the benchmark). PostgreSQL timestamps are read with microseconds and put on the same clock (measured offset ${offset.offset.toFixed(2)} ms, same machine). "Inbox visible" = the first \`count(*)\` of the demand's inbox rows that saw the row (polled every ${POLL_MS} ms through 200 sampled recipients, full count when the sample changes or at least every second; so up to ~${POLL_MS} ms late); "live announcement" = the worker's Redis pub/sub message for the row, received by a subscriber in the benchmark (sent after the commit); "created_at" is the fan-out transaction's now(), i.e. its start: every row of one transaction shares it (here ${results.map((r) => r.insertTimestamps).join(' / ')} distinct value(s)), so it precedes the commit. The inbox commits in chunks of 2,500 rows, two at a time, so visibility has a spread.`,
    "Deliveries/s: end to end = N / (last row visible − t0); fan-out job = N / (BullMQ finishedOn − processedOn of the job's final attempt: planning (matching, percolation), per-recipient preferences, the INSERT transaction, queuing emails and the live announcement); write = N / (last row visible − created_at). Emails/s: N / (last − first sent_at) (sent_at is each delivery's own finishing transaction, so it has a spread), end to end N / (last sent_at − t0), and at the sink (first → last receipt).",
    'CPU seconds: utime + stime from /proc of the worker, the api and Meilisearch, of every PostgreSQL and Redis process (other databases included), and of the benchmark itself, which hosts the SMTP sink (smtp-server parsing and writing one .eml file per message); machine = busy time of the whole host, others = machine minus those (other work on the host), iowait = time the host waited for the disk.',
    "DB transactions: pg_stat_database xact_commit + xact_rollback of the bench database between just before the publish and the end of the scenario, minus the benchmark's own polls (the api's publish and the worker's other queues included).",
    `Apps run with NODE_ENV=production, LOG_LEVEL=warn, HTTP_REQUEST_LOGS=false, RATE_LIMIT_PER_MINUTE=0, SMTP_URL = the sink (${sink.source}, which writes every message to a file). The seed's own events were let settle first (${settle.settled ? `${settle.seconds.toFixed(0)} s` : `not settled after ${settle.seconds.toFixed(0)} s`}). Everything shares the same cores.`,
  ];
  const retried = results.filter((r) => r.attemptErrors.length);
  if (retried.length)
    notes.push(
      `The notifications job of the event failed before it succeeded (BullMQ retries with a capped backoff of 1 s, 2 s, 4 s …): ${retried.map((r) => `${r.label}: ${r.attempts} attempts, earlier ones failed with “${[...new Set(r.attemptErrors)].join(' | ')}”`).join('; ')}.`,
    );
  if (!flag('no-docs')) {
    appendToDocs(join(ROOT, 'docs', 'benchmarks.md'), {
      results,
      command: `npm run bench:notifications${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
      notes,
      meiliVersion: meili.version ? `v${meili.version}` : '',
    });
    console.log('\nadded "Notification fan-out" at the top of docs/benchmarks.md');
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
