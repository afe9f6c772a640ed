/** Child processes of the benchmark: run-to-completion commands and long-running apps. */
import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';

const running = new Set();

/**
 * Runs a command to completion, its output appended to `logFile`. Resolves with the elapsed
 * seconds; rejects on a non-zero exit or after `timeoutMs` (then the child is killed).
 */
export function runCommand(command, args, { cwd, env, logFile, timeoutMs = 15 * 60_000 }) {
  return new Promise((resolve, reject) => {
    const fd = openSync(logFile, 'a');
    const started = Date.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', fd, fd] });
    closeSync(fd);
    running.add(child);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      if (code === 0) resolve((Date.now() - started) / 1000);
      else
        reject(new Error(`${args.join(' ')} failed (${signal ?? `exit ${code}`}); see ${logFile}`));
    });
  });
}

/** Starts a long-running child (api, worker); its output goes to `logFile`. */
export function startApp(name, script, { cwd, env, logFile, nodeArgs = [] }) {
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd,
    env,
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  child.benchName = name;
  running.add(child);
  child.on('exit', (code, signal) => {
    running.delete(child);
    if (!child.expectedExit)
      console.error(`! ${name} exited (${signal ?? `code ${code}`}); see ${logFile}`);
  });
  return child;
}

/** SIGTERM every child we started, SIGKILL after `graceMs`. */
export async function killAll(graceMs = 5000) {
  const children = [...running];
  for (const child of children) {
    child.expectedExit = true;
    child.kill('SIGTERM');
  }
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => {
            child.kill('SIGKILL');
            resolve();
          }, graceMs);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        }),
    ),
  );
}

/** Polls `probe()` until it resolves truthy; throws after `timeoutMs`. */
export async function waitFor(
  label,
  probe,
  { timeoutMs = 60_000, intervalMs = 250, isAlive } = {},
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await probe()) return;
    } catch {
      // not yet
    }
    if (isAlive && !isAlive()) throw new Error(`${label}: process exited`);
    if (Date.now() > deadline) throw new Error(`${label}: not ready after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
