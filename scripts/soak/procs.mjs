/**
 * The soak test's own killable services: a Redis that keeps nothing on disk, a Meilisearch with
 * its own data directory, and the built api and worker, each on ports of their own.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startMeili, stopMeili, waitForHealth } from '../meili.mjs';
import { checkRedis } from '../services.mjs';

/** Ports other test runs use for their Meilisearch, and the machine's shared services. */
const RESERVED = new Set([5432, 6379, 7700, 7711, 7731, 7741, 7751]);

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A port the kernel says is free now (and not one of the reserved ones). */
export async function freePort() {
  for (;;) {
    const port = await new Promise((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port: p } = server.address();
        server.close(() => resolve(p));
      });
    });
    if (!RESERVED.has(port)) return port;
  }
}

const alive = (child) => child && child.exitCode === null && child.signalCode === null;

function exited(child) {
  return new Promise((resolve) => {
    if (!alive(child)) return resolve();
    child.once('exit', () => resolve());
  });
}

/** Polls until `probe()` is truthy; false after `timeoutMs`. */
export async function until(probe, { timeoutMs = 30_000, intervalMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await probe()) return true;
    } catch {
      // not yet
    }
    if (Date.now() >= deadline) return false;
    await sleep(intervalMs);
  }
}

/** redis-server on `port`, `--save '' --appendonly no`: a restart comes back empty. */
export class OwnRedis {
  constructor({ port, logFile, bin = '/usr/bin/redis-server' }) {
    Object.assign(this, { port, logFile, bin, child: null });
    this.url = `redis://127.0.0.1:${port}`;
  }

  async start() {
    const fd = openSync(this.logFile, 'a');
    const bin = existsSync(this.bin) ? this.bin : 'redis-server';
    this.child = spawn(
      bin,
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        // BullMQ's requirement (docs/adr, docker/compose.yml): never evict queue keys.
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: ['ignore', fd, fd] },
    );
    closeSync(fd);
    const up = await until(
      async () => (await checkRedis({ host: '127.0.0.1', port: this.port })).up,
      {
        timeoutMs: 15_000,
        intervalMs: 100,
      },
    );
    if (!up) throw new Error(`redis-server on ${this.port} did not start; see ${this.logFile}`);
  }

  get up() {
    return alive(this.child);
  }

  async kill() {
    if (!alive(this.child)) return;
    const done = exited(this.child);
    this.child.kill('SIGKILL');
    await done;
  }
}

/** Meilisearch through scripts/meili.mjs, killed with SIGKILL (its data directory kept). */
export class OwnMeili {
  constructor({ port, dataDir, key }) {
    Object.assign(this, { port, dataDir, key, pid: null });
    this.url = `http://127.0.0.1:${port}`;
  }

  async start() {
    const info = await startMeili({ port: this.port, dataDir: this.dataDir, key: this.key });
    if (!info.startedByUs) throw new Error(`something else already answers on ${this.url}`);
    this.pid = info.pid;
  }

  async kill() {
    if (!this.pid) return;
    try {
      process.kill(this.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await until(
      () => {
        try {
          process.kill(this.pid, 0);
          return false;
        } catch {
          return true;
        }
      },
      { timeoutMs: 10_000, intervalMs: 50 },
    );
    rmSync(join(this.dataDir, 'meili.pid'), { force: true });
    this.pid = null;
  }

  /** Deletes the database: the next start is an empty Meilisearch. */
  wipe() {
    rmSync(join(this.dataDir, 'data.ms'), { recursive: true, force: true });
  }

  healthy(timeoutMs = 30_000) {
    return waitForHealth(this.url, { timeoutMs });
  }

  async stop() {
    await stopMeili({ dataDir: this.dataDir });
    this.pid = null;
  }
}

/**
 * A built app (api, worker) as a child process, supervised: an exit the soak did not cause is
 * recorded and, when `restartOnExit`, the process is started again a second later (as an
 * orchestrator would).
 */
export class OwnApp {
  constructor({ name, script, cwd, env, logFile, readyLine, restartOnExit = true, onExit }) {
    Object.assign(this, { name, script, cwd, env, logFile, readyLine, restartOnExit, onExit });
    this.child = null;
    this.stopping = false;
    this.unexpectedExits = [];
  }

  start() {
    const fd = openSync(this.logFile, 'a');
    this.logOffset = statSync(this.logFile).size;
    const child = spawn(process.execPath, [this.script], {
      cwd: this.cwd,
      env: this.env,
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    this.child = child;
    child.on('exit', (code, signal) => {
      if (child.expectedExit || this.stopping) return;
      const exit = { at: Date.now(), how: signal ?? `code ${code}` };
      this.unexpectedExits.push(exit);
      this.onExit?.(this.name, exit);
      if (this.restartOnExit && this.child === child) setTimeout(() => this.start(), 1000);
    });
    return child;
  }

  get up() {
    return alive(this.child);
  }

  /** Waits for `readyLine` in the log written since the last start. */
  ready(timeoutMs = 60_000) {
    return until(
      () => {
        const text = readFileSync(this.logFile).subarray(this.logOffset).toString('utf8');
        return text.includes(this.readyLine);
      },
      { timeoutMs, intervalMs: 100 },
    );
  }

  async kill(signal = 'SIGKILL') {
    const child = this.child;
    if (!alive(child)) return;
    child.expectedExit = true;
    const done = exited(child);
    child.kill(signal);
    await done;
  }

  /** SIGTERM, SIGKILL after `graceMs`; no restart. */
  async stop(graceMs = 10_000) {
    this.stopping = true;
    const child = this.child;
    if (!alive(child)) return;
    child.expectedExit = true;
    const done = exited(child);
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await done;
    clearTimeout(timer);
  }
}

/** Run-to-completion commands (the cli): the benchmarks' helper. */
export { runCommand as run } from '../../bench/lib/procs.mjs';
