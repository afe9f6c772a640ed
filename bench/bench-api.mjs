#!/usr/bin/env node
/**
 * `npm run bench:api` — request path throughput of the built api next to pgbench.
 *
 *   node bench/bench-api.mjs [--build] [--seconds 10] [--connections 32] [--keep] [--no-docs]
 *
 * Fresh database chanjiao_bench_api_<ts> (migrate, seed the demo city, search:reindex; dropped
 * unless --keep), Meilisearch on 127.0.0.1:7771, the api on port 3079 with
 * RATE_LIMIT_PER_MINUTE=0 and HTTP_REQUEST_LOGS=false (no worker: publishes only queue outbox
 * rows). Logs in as ent001 and measures, with a token, at N connections (closed loop): GET a
 * demand, the demands list, search, PATCH a draft (one per connection) and publish (a fresh
 * draft per request); then each steady path open loop at half its rate (p99). pgbench -S and
 * -N run on their own small database (scale 10) with the same connections.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { readDotEnv, ROOT, setting, startMeili, stopMeili } from '../scripts/meili.mjs';
import { ensureServices } from '../scripts/services.mjs';
import { login, ok, request } from './lib/http.mjs';
import { closedLoop, openLoop } from './lib/load.mjs';
import { createDemand } from './lib/notify.mjs';
import { killAll, runCommand, startApp, waitFor } from './lib/procs.mjs';
import { machine } from './lib/report.mjs';
import { ms } from './lib/stats.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const num = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const SECONDS = num('seconds', 10);
const CONNECTIONS = num('connections', 32);
const PORT = 3079;
const MEILI_PORT = 7771;
const MEILI_DIR = join(ROOT, '.data', 'meili-bench-api');
const MEILI_KEY = 'chanjiao-bench-master-key-local-only';
const TARGETS = { read: 0.15, write: 0.3, halfLoadP99Ms: 50 };

const ts = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const outDir = join(ROOT, 'bench', 'out', `api-${ts}`);
mkdirSync(outDir, { recursive: true });
const dbName = `chanjiao_bench_api_${ts}`;
const pgbenchDb = `chanjiao_bench_pgbench_${ts}`;
const adminUrl = new URL(setting('DATABASE_URL') ?? 'postgres://postgres@127.0.0.1:5432/postgres');
adminUrl.pathname = '/postgres';
const benchUrl = new URL(adminUrl);
benchUrl.pathname = `/${dbName}`;
const prefix = `bench_api_${ts}`;
const env = {
  ...readDotEnv(join(ROOT, '.env.example')),
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: benchUrl.toString(),
  REDIS_URL: 'redis://127.0.0.1:6379',
  MEILI_URL: `http://127.0.0.1:${MEILI_PORT}`,
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
const step = (m) => console.log(`\n▶ ${m}`);
const cli = (args) =>
  runCommand(process.execPath, [join(ROOT, 'dist/apps/cli/apps/cli/src/main.js'), ...args], {
    cwd: ROOT,
    env,
    logFile: join(outDir, `cli-${args[0].replace(/\W/g, '_')}.log`),
  });

let meili;
const created = [];
async function adminQuery(sql) {
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
async function cleanup() {
  await killAll();
  if (meili?.startedByUs) await stopMeili({ dataDir: MEILI_DIR });
  if (flag('keep')) return console.log(`kept databases ${created.join(', ')}`);
  for (const name of created) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** pgbench's TPS (excluding connection time) for `args` on the pgbench database. */
async function pgbench(args) {
  const pgEnv = {
    ...process.env,
    PGHOST: adminUrl.hostname,
    PGPORT: adminUrl.port || '5432',
    PGUSER: decodeURIComponent(adminUrl.username || 'postgres'),
    PGPASSWORD: decodeURIComponent(adminUrl.password),
  };
  const { stdout } = await promisify(execFile)('/usr/bin/pgbench', [...args, pgbenchDb], {
    env: pgEnv,
    maxBuffer: 1 << 24,
  });
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout);
  const latency = /latency average = ([\d.]+) ms/.exec(stdout);
  return { tps: Number(tps?.[1]), latencyMs: Number(latency?.[1]) };
}

/** utime + stime of a process in ms (/proc, clock ticks of 10 ms). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The api's CPU milliseconds per request during `run` (robust to other work on the cores). */
async function withApiCpu(pid, run) {
  const before = cpuMs(pid);
  const result = await run();
  return { ...result, cpuPerRequest: (cpuMs(pid) - before) / (result.rate * result.wall) };
}

const line = (label, r) =>
  `${label.padEnd(28)} ${r.rate.toFixed(0).padStart(6)} req/s  p50 ${ms(r.p50).padStart(6)}  p95 ${ms(r.p95).padStart(6)}  p99 ${ms(r.p99).padStart(6)} ms  ${r.cpuPerRequest ? `api CPU ${r.cpuPerRequest.toFixed(2)} ms/req  ` : ''}${JSON.stringify(r.statuses)}`;

async function main() {
  console.log(`Chanjiao api bench — ${machine()}; load ${loadavg()[0].toFixed(2)}; logs ${outDir}`);
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
  step(`Database ${dbName}: migrate, seed, search:reindex`);
  await adminQuery(`CREATE DATABASE "${dbName}"`);
  created.push(dbName);
  for (const c of ['migrate', 'seed', 'search:reindex']) await cli([c]);

  step('pgbench (scale 10)');
  await adminQuery(`CREATE DATABASE "${pgbenchDb}"`);
  created.push(pgbenchDb);
  await pgbench(['-i', '-q', '-s', '10']);
  const pgArgs = ['-c', String(CONNECTIONS), '-j', '2', '-T', String(SECONDS)];
  const selectOnly = await pgbench(['-S', ...pgArgs]);
  const simpleUpdate = await pgbench(['-N', ...pgArgs]);
  console.log(`  pgbench -S ${selectOnly.tps.toFixed(0)} TPS, -N ${simpleUpdate.tps.toFixed(0)}`);

  step('api');
  const api = startApp('api', join(ROOT, 'dist/apps/api/apps/api/src/main.js'), {
    cwd: ROOT,
    env,
    logFile: join(outDir, 'api.log'),
    nodeArgs: flag('cpu-prof') ? ['--cpu-prof', `--cpu-prof-dir=${outDir}`] : [],
  });
  await waitFor(
    'api ready',
    async () =>
      (await request({ port: PORT, path: '/api/v1/health/ready', timeoutMs: 2000 })).status === 200,
    { timeoutMs: 90_000, isAlive: () => api.exitCode === null },
  );
  const token = await login(PORT, 'ent001@demo.chanjiao.cn', 'Chanjiao@2026');
  const page = await ok({ port: PORT, path: '/api/v1/demands?pageSize=20' });
  const openId = (page.items ?? page.data ?? page)[0].id;
  const drafts = [];
  for (let i = 0; i < CONNECTIONS; i += 1) drafts.push(await createDemand(PORT, token, `w${i}`));
  const get = (path) => () => ({ port: PORT, method: 'GET', path, token });
  const patch = (worker, i) => ({
    port: PORT,
    method: 'PATCH',
    path: `/api/v1/demands/${drafts[worker]}`,
    token,
    body: Buffer.from(JSON.stringify({ title: `基准草稿 ${worker} 第 ${i} 次修改` })),
  });
  const paths = {
    'GET /demands/:id': { kind: 'read', next: get(`/api/v1/demands/${openId}`) },
    'GET /demands (list)': { kind: 'read', next: get('/api/v1/demands?pageSize=20') },
    'GET /search': {
      kind: 'read',
      next: get(`/api/v1/search?type=demands&q=${encodeURI('玻璃')}`),
    },
    'PATCH /demands/:id': { kind: 'write', next: patch },
  };
  step(`Closed loop, ${CONNECTIONS} connections, ${SECONDS} s each`);
  const results = {};
  for (const [label, p] of Object.entries(paths)) {
    await closedLoop({ connections: CONNECTIONS, seconds: 2, next: p.next }); // warm-up
    results[label] = {
      ...p,
      max: await withApiCpu(api.pid, () =>
        closedLoop({ connections: CONNECTIONS, seconds: SECONDS, next: p.next }),
      ),
    };
    console.log(line(label, results[label].max));
  }
  const toPublish = [];
  for (let i = 0; i < Math.max(CONNECTIONS * 10, 320); i += 1)
    toPublish.push(await createDemand(PORT, token, `p${i}`));
  let cursor = 0;
  const publish = {
    kind: 'write',
    max: await withApiCpu(api.pid, () =>
      closedLoop({
        connections: CONNECTIONS,
        seconds: 60,
        next: () => {
          const id = toPublish[cursor++];
          return id && { port: PORT, method: 'POST', path: `/api/v1/demands/${id}/publish`, token };
        },
      }),
    ),
  };
  results['POST /demands/:id/publish'] = publish;
  console.log(line('POST /demands/:id/publish', publish.max));

  step('Open loop at half the measured rate');
  for (const [label, r] of Object.entries(results)) {
    if (!r.next) continue;
    r.half = await openLoop({
      connections: CONNECTIONS,
      seconds: SECONDS,
      rate: r.max.rate / 2,
      next: r.next,
    });
    console.log(line(`${label} @½`, r.half));
  }
  report({ results, selectOnly, simpleUpdate });
}

function report({ results, selectOnly, simpleUpdate }) {
  const base = (r) => (r.kind === 'read' ? selectOnly.tps : simpleUpdate.tps);
  const rows = [
    '| path (with a token) | req/s at ' +
      CONNECTIONS +
      ' conn. | vs pgbench | p50 / p95 / p99 (ms) | p99 at ½ rate (ms) | api CPU ms/request |',
    '| --- | ---: | ---: | --- | ---: | ---: |',
    ...Object.entries(results).map(
      ([label, r]) =>
        `| ${label} | ${r.max.rate.toFixed(0)} | ${(r.max.rate / base(r)).toFixed(3)}× ${r.kind === 'read' ? '-S' : '-N'} | ${ms(r.max.p50)} / ${ms(r.max.p95)} / ${ms(r.max.p99)} | ${r.half ? ms(r.half.p99) : '–'} | ${r.max.cpuPerRequest.toFixed(2)} |`,
    ),
    `| pgbench -S / -N (scale 10, ${CONNECTIONS} clients, 2 threads) | ${selectOnly.tps.toFixed(0)} / ${simpleUpdate.tps.toFixed(0)} TPS | | | | |`,
  ];
  const verdicts = Object.entries(results).flatMap(([label, r]) => {
    const ratio = r.max.rate / base(r);
    const target = r.kind === 'read' ? TARGETS.read : TARGETS.write;
    const out = [
      `- ${ratio >= target ? 'MET' : 'MISSED'}: ${label} ≥ ${target}× pgbench ${r.kind === 'read' ? '-S' : '-N'} — ${ratio.toFixed(3)}×`,
    ];
    if (r.half)
      out.push(
        `- ${r.half.p99 <= TARGETS.halfLoadP99Ms ? 'MET' : 'MISSED'}: ${label} p99 ≤ ${TARGETS.halfLoadP99Ms} ms at ${r.half.rate.toFixed(0)} req/s — ${ms(r.half.p99)} ms`,
      );
    return out;
  });
  console.log(`\n${rows.join('\n')}\n\n${verdicts.join('\n')}`);
  if (flag('no-docs')) return;
  const file = join(ROOT, 'docs', 'benchmarks.md');
  const section = [
    `## API request path vs pgbench (run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `Command: \`npm run bench:api${argv.length ? ` -- ${argv.join(' ')}` : ''}\` (bench/bench-api.mjs) on ${machine()}; load average ${loadavg()[0].toFixed(2)} at the end.`,
    '',
    ...rows,
    '',
    ...verdicts,
    '',
  ].join('\n');
  const current = readFileSync(file, 'utf8');
  writeFileSync(file, current.replace('# Benchmarks\n\n', `# Benchmarks\n\n${section}\n`));
  console.log('\nadded the section at the top of docs/benchmarks.md');
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
