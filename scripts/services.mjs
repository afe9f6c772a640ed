#!/usr/bin/env node
/**
 * Makes sure PostgreSQL and Redis answer — plain Node, no dependencies.
 *
 *   node scripts/services.mjs [--no-start] [--timeout 30]
 *
 * Targets come from DATABASE_URL / REDIS_URL (environment, then `.env` at the repo root), else
 * 127.0.0.1:5432 and 127.0.0.1:6379. PostgreSQL is probed like `pg_isready` (SSL request and
 * startup message over a raw socket), Redis with `PING`. A service that is down on this machine is
 * started with the Debian commands when they exist (`pg_ctlcluster … start`, `redis-server
 * --daemonize yes …`), then awaited up to --timeout seconds. One line per service; exit code 1 when
 * a service cannot be reached. Meilisearch is separate: scripts/meili.mjs.
 *
 * Reusable: `const { ensureServices } = await import('../scripts/services.mjs')`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { delimiter, join, resolve } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { pathToFileURL } from 'node:url';
import { setting } from './meili.mjs';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '0.0.0.0']);
const isLocal = (host) => LOCAL_HOSTS.has(host) || host.startsWith('127.');
const hostOf = (url) => url.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1';

/** PostgreSQL target from DATABASE_URL (default 127.0.0.1:5432, user postgres). */
export function postgresTarget(databaseUrl = setting('DATABASE_URL')) {
  const url = new URL(databaseUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  return {
    host: hostOf(url),
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username) || 'postgres',
    database: decodeURIComponent(url.pathname.slice(1)) || 'postgres',
  };
}

/** Redis target from REDIS_URL (default 127.0.0.1:6379). */
export function redisTarget(redisUrl = setting('REDIS_URL')) {
  const url = new URL(redisUrl ?? 'redis://127.0.0.1:6379');
  return {
    host: hostOf(url),
    port: Number(url.port || 6379),
    username: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    tls: url.protocol === 'rediss:',
  };
}

/**
 * Talks to a server: `onData(buffer, socket)` returns undefined to wait for more bytes, or the
 * result. Resolves `{ up: false, detail }` on connection errors and timeouts.
 */
function converse({ host, port, tls = false, send, onData, timeoutMs = 2000 }) {
  return new Promise((done) => {
    let buffer = Buffer.alloc(0);
    let settled = false;
    const socket = tls ? tlsConnect({ host, port, servername: host }) : tcpConnect({ host, port });
    const finish = (result) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      done(result);
    };
    socket.setTimeout(timeoutMs, () => finish({ up: false, detail: 'timed out' }));
    socket.on('error', (err) => finish({ up: false, detail: err.code ?? err.message }));
    socket.on('close', () => finish({ up: false, detail: 'connection closed' }));
    socket.on(tls ? 'secureConnect' : 'connect', () => socket.write(send));
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      const result = onData(buffer, socket);
      if (result) finish(result);
    });
  });
}

/**
 * Probes PostgreSQL like pg_isready: `{ up, detail }`. An authentication or "database does not
 * exist" answer still means the server is up (the detail says so); "starting up" means not yet.
 */
export async function checkPostgres({ host, port, user = 'postgres', database = 'postgres' }) {
  const sslRequest = Buffer.alloc(8);
  sslRequest.writeInt32BE(8, 0);
  sslRequest.writeInt32BE(80877103, 4);
  const params = Buffer.from(`user\0${user}\0database\0${database}\0\0`);
  const startup = Buffer.alloc(8 + params.length);
  startup.writeInt32BE(startup.length, 0);
  startup.writeInt32BE(196608, 4); // protocol 3.0
  params.copy(startup, 8);
  let sentStartup = false;

  return converse({
    host,
    port,
    send: sslRequest,
    onData(buf, socket) {
      if (!sentStartup) {
        if (buf[0] === 0x53) return { up: true, detail: 'accepting connections (SSL)' }; // 'S'
        if (buf[0] !== 0x4e) return { up: false, detail: 'not a PostgreSQL server' }; // not 'N'
        sentStartup = true;
        socket.write(startup);
        return undefined;
      }
      // Walk the server's messages (after the 'N'): an authentication request, then, with trust
      // auth, parameters until ReadyForQuery or an ErrorResponse (e.g. unknown database).
      for (let at = 1; at + 5 <= buf.length;) {
        const type = buf[at];
        const end = at + 1 + buf.readInt32BE(at + 1);
        if (end > buf.length) return undefined; // message not complete yet
        if (type === 0x52 && buf.readInt32BE(at + 5) !== 0) {
          return { up: true, detail: 'accepting connections (password required)' }; // 'R', not OK
        }
        if (type === 0x5a) {
          socket.write(Buffer.from([0x58, 0, 0, 0, 4])); // 'Z' ready: send Terminate
          return { up: true, detail: `accepting connections (database "${database}" ready)` };
        }
        if (type === 0x45) {
          // 'E': fields are <code byte><text>\0
          const fields = {};
          for (const part of buf
            .subarray(at + 5, end)
            .toString('utf8')
            .split('\0')) {
            if (part) fields[part[0]] = part.slice(1);
          }
          if (fields.C === '57P03') return { up: false, detail: fields.M ?? 'starting up' };
          return { up: true, detail: `accepting connections, but: ${fields.M ?? fields.C}` };
        }
        at = end;
      }
      return undefined;
    },
  });
}

/** Sends `PING` (after `AUTH` when the URL has a password): `{ up, detail }`. */
export async function checkRedis({ host, port, username = '', password = '', tls = false }) {
  const command = (...args) =>
    `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;
  const auth = password ? command('AUTH', ...(username ? [username] : []), password) : '';
  const expected = auth ? 2 : 1;
  return converse({
    host,
    port,
    tls,
    send: auth + command('PING'),
    onData(buf) {
      const lines = buf.toString('utf8').split('\r\n');
      if (lines.length <= expected) return undefined; // not all replies complete yet
      if (auth && lines[0].startsWith('-')) {
        return { up: true, detail: `answering, but AUTH failed: ${lines[0].slice(1)}` };
      }
      const reply = lines[expected - 1];
      if (reply === '+PONG') return { up: true, detail: 'PONG' };
      if (reply.startsWith('-NOAUTH')) {
        return { up: true, detail: `answering, but ${reply.slice(1)}` };
      }
      return { up: false, detail: reply.replace(/^[-+]/, '') }; // e.g. LOADING
    },
  });
}

function which(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, command))) return join(dir, command);
  }
  return null;
}

/** Runs a command without blocking the event loop: `{ ok, output }`. */
function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => done({ ok: false, output: err.message }));
    child.on('close', (code) => done({ ok: code === 0, output: output.trim() }));
  });
}

/** The Debian cluster (version, name) that serves `port`, from pg_lsclusters or /etc/postgresql. */
async function postgresCluster(port) {
  const listed = await run('pg_lsclusters', ['--no-header']);
  const clusters = listed.ok
    ? listed.output
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .map(([version, name, p]) => ({ version, name, port: Number(p) }))
    : existsSync('/etc/postgresql')
      ? readdirSync('/etc/postgresql').map((version) => ({ version, name: 'main', port }))
      : [];
  return clusters.find((c) => c.port === port) ?? null;
}

async function startPostgres({ port }) {
  if (!which('pg_ctlcluster')) return { tried: false, detail: 'pg_ctlcluster not found' };
  const cluster = await postgresCluster(port);
  if (!cluster) return { tried: false, detail: `no Debian cluster on port ${port}` };
  const args = ['--skip-systemctl-redirect', cluster.version, cluster.name, 'start'];
  const result = await run('pg_ctlcluster', args);
  return { tried: true, command: `pg_ctlcluster ${args.join(' ')}`, ...result };
}

async function startRedis({ port }) {
  if (!which('redis-server')) return { tried: false, detail: 'redis-server not found' };
  const args = ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', String(port)];
  const command = `redis-server ${args.join(' ')} --save "" --appendonly no`;
  return {
    tried: true,
    command,
    ...(await run('redis-server', [...args, '--save', '', '--appendonly', 'no'])),
  };
}

async function ensureOne({ name, target, check, start, autoStart, timeoutMs, log }) {
  const where = `${target.host}:${target.port}`;
  const t0 = Date.now();
  let status = await check(target);
  if (status.up) {
    log(`${name.padEnd(10)} ${where}  up: ${status.detail}`);
    return { name, ...target, ...status, started: false };
  }
  const firstDetail = status.detail;
  if (!autoStart || !isLocal(target.host)) {
    const why = autoStart ? 'not on this machine, so not starting it' : 'not starting it';
    log(`${name.padEnd(10)} ${where}  DOWN: ${firstDetail}; ${why}`);
    return { name, ...target, ...status, started: false };
  }
  // Start only when nothing listens; a server that answers "starting up" is just awaited.
  const attempt = status.detail === 'ECONNREFUSED' ? await start(target) : { tried: false };
  // Nothing listens and nothing was started: no point in waiting.
  const deadline = attempt.detail ? 0 : t0 + timeoutMs;
  while (!status.up && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 300));
    status = await check(target);
  }
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const how = attempt.tried
    ? `${attempt.ok ? 'started with' : 'tried'} \`${attempt.command}\``
    : attempt.detail
      ? `could not start it: ${attempt.detail}`
      : 'waited';
  if (status.up) {
    log(
      `${name.padEnd(10)} ${where}  up after ${seconds} s (was ${firstDetail}; ${how}): ${status.detail}`,
    );
  } else {
    const output = attempt.output ? `\n    ${attempt.output.split('\n').join('\n    ')}` : '';
    log(`${name.padEnd(10)} ${where}  DOWN after ${seconds} s: ${status.detail} (${how})${output}`);
  }
  return { name, ...target, ...status, started: Boolean(attempt.tried && status.up) };
}

/**
 * Checks PostgreSQL and Redis and starts local ones that are down (Debian commands).
 * @param {{ log?: (line: string) => void, start?: boolean, timeoutMs?: number }} [options]
 * @returns {Promise<{ postgres: object, redis: object }>} each `{ name, host, port, up, detail,
 *   started }`. Throws an Error naming the services that stay unreachable (`err.results`).
 */
export async function ensureServices({ log = console.log, start = true, timeoutMs = 30_000 } = {}) {
  // Both in parallel; their lines are printed in a fixed order.
  const lines = { postgres: [], redis: [] };
  const common = { autoStart: start, timeoutMs };
  const [postgres, redis] = await Promise.all([
    ensureOne({
      name: 'postgres',
      target: postgresTarget(),
      check: checkPostgres,
      start: startPostgres,
      log: (line) => lines.postgres.push(line),
      ...common,
    }),
    ensureOne({
      name: 'redis',
      target: redisTarget(),
      check: checkRedis,
      start: startRedis,
      log: (line) => lines.redis.push(line),
      ...common,
    }),
  ]);
  [...lines.postgres, ...lines.redis].forEach((line) => log(line));
  const results = { postgres, redis };
  const down = [postgres, redis].filter((s) => !s.up);
  if (down.length > 0) {
    const names = down.map((s) => `${s.name} (${s.host}:${s.port})`).join(', ');
    throw Object.assign(new Error(`Cannot reach ${names}.`), { results });
  }
  return results;
}

async function main(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--no-start') options.start = false;
    else if (argv[i] === '--timeout') options.timeoutMs = Number(argv[++i]) * 1000;
    else if (argv[i].startsWith('--timeout=')) options.timeoutMs = Number(argv[i].slice(10)) * 1000;
    else {
      console.error('Usage: node scripts/services.mjs [--no-start] [--timeout 30]');
      return 2;
    }
  }
  try {
    await ensureServices(options);
    return 0;
  } catch (err) {
    console.error(err.message);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
