#!/usr/bin/env node
/**
 * `npm run demo`: the whole platform on this machine with the demo city.
 * Checks PostgreSQL and Redis (starting local ones that are down), starts Meilisearch from the
 * npm binary, builds, migrates, seeds (idempotent), writes this year's report (installing
 * Chromium and the CJK fonts with apt when missing), rebuilds the search indexes, then runs the
 * api and the worker until Ctrl-C.
 * Settings: `.env` if present, else the development values of `.env.example`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readdir, readFile, stat } from 'node:fs/promises';
import { DEFAULT_MAIL_DIR, startMailSink } from './mail-sink.mjs';
import { readDotEnv, ROOT, startMeili, stopMeili } from './meili.mjs';
import { ensureServices } from './services.mjs';
import { ensureSystemPackages } from './system-packages.mjs';

const step = (message) => console.log(`\n▶ ${message}`);
const env = {
  ...readDotEnv(join(ROOT, '.env.example')),
  ...readDotEnv(join(ROOT, '.env')),
  ...process.env,
};
if (!existsSync(join(ROOT, '.env'))) {
  console.log('No .env found: using the development values of .env.example (never in production).');
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

step('PostgreSQL and Redis');
Object.assign(process.env, env);
await ensureServices();

step('Chromium and CJK fonts for the yearly report (apt, when missing)');
const canReport = (() => {
  try {
    ensureSystemPackages();
    return true;
  } catch (error) {
    console.log(`  ${error.message}\n  The report is skipped; the rest of the demo goes on.`);
    return false;
  }
})();

step('Meilisearch');
const meiliUrl = new URL(env.MEILI_URL);
const meili = await startMeili({ port: Number(meiliUrl.port || 7700), key: env.MEILI_MASTER_KEY });
console.log(`Meilisearch at ${meili.url}${meili.startedByUs ? '' : ' (already running)'}`);

step('Mail sink (notification emails land in .data/mail)');
// Only for the local default: a real SMTP_URL is used as configured.
const smtp = new URL(env.SMTP_URL ?? 'smtp://127.0.0.1:2525');
const sink =
  smtp.hostname === '127.0.0.1' || smtp.hostname === 'localhost'
    ? await startMailSink({ port: Number(smtp.port || 25) }).catch((error) => {
        console.log(`  not started (${error.code ?? error.message}): one is probably running`);
        return null;
      })
    : null;

step('Build');
run('npm', ['run', 'build', '--silent']);

const cli = join(ROOT, 'dist/apps/cli/apps/cli/src/main.js');
step('Migrate');
run(process.execPath, [cli, 'migrate']);
step('Seed the demo city (示范市)');
run(process.execPath, [cli, 'seed']);
run(process.execPath, [cli, 'programmes:totals']);
// The dashboard's materialised figures, so it shows the seeded city at once.
run(process.execPath, [cli, 'insight:refresh']);
if (canReport) {
  const year = String(new Date().getFullYear());
  step(`Write the ${year} talent supply–demand report (.data/reports-out)`);
  run(process.execPath, [cli, 'report', '--year', year, '--out', '.data/reports-out']);
}
// Seeding queues events that the worker indexes; a rebuild also covers data seeded by an older version.
step('Build the search indexes');
run(process.execPath, [cli, 'search:reindex']);

step('Start api and worker');
const children = [
  spawn(process.execPath, [join(ROOT, 'dist/apps/api/apps/api/src/main.js')], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  }),
  spawn(process.execPath, [join(ROOT, 'dist/apps/worker/apps/worker/src/main.js')], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  }),
];
const port = env.PORT ?? 3000;
setTimeout(() => {
  console.log(`
  Chanjiao 产教 is running.
    Web console (控制台):   http://127.0.0.1:${port}/  (admin@demo.chanjiao.cn / Chanjiao@2026: the city's dashboard)
    API docs (OpenAPI UI):  http://127.0.0.1:${port}/api/docs
    Health:                 http://127.0.0.1:${port}/api/v1/health/ready
    Queue dashboard:        http://127.0.0.1:${port}/api/admin/queues (admins; see README)
    Emails sent:            .data/mail/*.eml
    Demo logins are listed above ("Demo logins"); Ctrl-C stops everything.
`);
}, 3000);

// The seed sent one imported expert a claim link (ADR 0017); the worker emails it to the sink.
const demoStart = Date.now();
const claimLink = async () => {
  for (let i = 0; i < 60; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    const files = await readdir(DEFAULT_MAIL_DIR).catch(() => []);
    for (const file of files
      .filter((f) => f.endsWith('.eml'))
      .sort()
      .reverse()) {
      const path = join(DEFAULT_MAIL_DIR, file);
      if ((await stat(path)).mtimeMs < demoStart) continue;
      const text = decodeMail(await readFile(path, 'utf8'));
      const link = /https?:\/\/\S+\/claim\?token=[A-Za-z0-9_-]{43}/.exec(text)?.[0];
      if (link) return link;
    }
  }
  return null;
};
void claimLink().then((link) =>
  console.log(
    link
      ? `\n  认领资料 (claim an imported expert's profile): ${link}\n  (POST /api/v1/claims/accept {token, displayName, password})\n`
      : '\n  The claim link email did not arrive within a minute: see .data/mail\n',
  ),
);

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r)))),
  );
  if (meili.startedByUs) await stopMeili();
  await sink?.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
for (const child of children) child.once('exit', (code) => void stop(code ?? 1));

/** The message with quoted-printable and base64 parts decoded (enough to read a link). */
function decodeMail(raw) {
  const qp = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  const base64 = [...raw.matchAll(/base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/g)].map((m) =>
    Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8'),
  );
  return [Buffer.from(qp, 'latin1').toString('utf8'), ...base64].join('\n');
}
