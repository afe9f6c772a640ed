import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ChildProcess, spawn } from 'node:child_process';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import {
  API,
  auth,
  createAdmin,
  createTestApp,
  demandBody,
  eventually,
  startWorker,
  type TestApp,
  verifiedEnterprise,
  withEnv,
} from './support';

const RECIPIENTS = 300;

/** A Redis of this test's own, which it can kill: like production's, it keeps nothing on disk. */
function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve(child);
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('notifications survive a Redis restart', () => {
  const port = 20000 + Math.floor(Math.random() * 20000);
  let redis: ChildProcess;
  let t: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    redis = await startRedis(port);
    await withEnv({ REDIS_URL: `redis://127.0.0.1:${port}` }, async () => {
      t = await createTestApp();
      worker = await startWorker();
    });
  }, 60_000);
  // Its own Redis stops only after everything connected to it is closed (bounded shutdowns, but
  // more than the default hook timeout), so no client outlives the suite to retry a dead port.
  afterAll(async () => {
    try {
      await worker?.close();
      await t?.close();
    } finally {
      await stop(redis);
    }
  }, 60_000);

  it('a fan-out cut off by Redis losing its data is completed, with nothing lost or doubled', async () => {
    const admin = await createAdmin(t);
    const { account: owner } = await verifiedEnterprise(t, admin);
    // Many people watch for such demands (inserted directly: 300 sign-ups would be slow).
    const users: { id: string }[] = await t.dataSource.query(
      `INSERT INTO users (email, password_hash, display_name, role)
       SELECT 'watcher-' || g || '-' || md5(random()::text) || '@test.chanjiao.cn', 'x', '观察者' || g, 'college'
         FROM generate_series(1, $1) AS g
       RETURNING id`,
      [RECIPIENTS],
    );
    await t.dataSource.query(
      `INSERT INTO saved_searches (user_id, name, type, q) SELECT unnest($1::uuid[]), '储能需求', 'demands', '储能'`,
      [users.map((u) => u.id)],
    );

    const draft = await request(t.http)
      .post(`${API}/demands`)
      .set(auth(owner))
      .send(demandBody('rnd', { title: '储能电站电池簇均衡控制', skills: ['储能'] }))
      .expect(201);
    await request(t.http)
      .post(`${API}/demands/${draft.body.id}/publish`)
      .set(auth(owner))
      .expect(200);
    // The moment the event is in Redis (relayed), Redis dies and comes back empty.
    await eventually(async () => {
      const [row] = await t.dataSource.query(
        `SELECT published_at FROM outbox_events
          WHERE aggregate_id = $1 AND event_type = 'demand.published'`,
        [draft.body.id],
      );
      return row?.published_at ? true : undefined;
    });
    await stop(redis);
    await new Promise((r) => setTimeout(r, 1000));
    redis = await startRedis(port);

    const counts = await eventually(async () => {
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS entries, count(DISTINCT user_id)::int AS people
           FROM notifications
          WHERE kind = 'saved_search.alert' AND data->>'demandId' = $1 AND user_id = ANY($2)`,
        [draft.body.id, users.map((u) => u.id)],
      );
      return row.entries >= RECIPIENTS ? row : undefined;
    }, 45_000);
    expect(counts).toEqual({ entries: RECIPIENTS, people: RECIPIENTS });

    // Emails (for those whose preferences ask for them) are recorded once per person too.
    const [emails] = await t.dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT idempotency_key)::int AS keys
         FROM email_deliveries WHERE content->'data'->>'demandId' = $1 AND user_id = ANY($2)`,
      [draft.body.id, users.map((u) => u.id)],
    );
    expect(emails.n).toBe(emails.keys);
  }, 90_000);
});
