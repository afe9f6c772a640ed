/** A small HTTP load generator on node:http keep-alive agents (closed and open loop). */
import http from 'node:http';
import { summarize } from './stats.mjs';

/**
 * One request; resolves with its status (the body is drained, not parsed).
 * @param {http.Agent} agent
 * @param {{ port: number, method: string, path: string, token?: string, body?: Buffer }} r
 */
function send(agent, { port, method, path, token, body }) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: {
          accept: 'application/json',
          ...(body ? { 'content-type': 'application/json', 'content-length': body.length } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const elapsedMs = (start) => Number(process.hrtime.bigint() - start) / 1e6;

/**
 * Closed loop: `connections` workers, each sends `next(worker, i)` as soon as its previous
 * response arrived, for `seconds` (or until `next` returns null). Returns rate and latencies.
 */
export async function closedLoop({ connections, seconds, next }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  const statuses = {};
  const start = process.hrtime.bigint();
  const endMs = seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      for (let i = 0; elapsedMs(start) < endMs; i += 1) {
        const request = next(worker, i);
        if (!request) return;
        const t = process.hrtime.bigint();
        const status = await send(agent, request);
        latencies.push(elapsedMs(t));
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const wall = elapsedMs(start) / 1000;
  agent.destroy();
  return { rate: latencies.length / wall, wall, statuses, ...summarize(latencies) };
}

/**
 * Open loop at `rate` requests/s for `seconds` with up to `connections` sockets. Latency is
 * measured from each request's scheduled time, so queueing behind a slow server counts.
 */
export async function openLoop({ connections, seconds, rate, next }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  const statuses = {};
  const total = Math.floor(rate * seconds);
  const start = process.hrtime.bigint();
  const pending = [];
  for (let i = 0; i < total; i += 1) {
    const due = (i * 1000) / rate;
    const wait = due - elapsedMs(start);
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const request = next(i % connections, i);
    pending.push(
      send(agent, request).then((status) => {
        latencies.push(elapsedMs(start) - due);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }),
    );
  }
  await Promise.all(pending);
  const wall = elapsedMs(start) / 1000;
  agent.destroy();
  return { rate: latencies.length / wall, wall, statuses, ...summarize(latencies) };
}
