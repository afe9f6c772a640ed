import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import request from 'supertest';
import { type DomainEventMessage, Queues } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createTestApp,
  demandBody,
  eventually,
  startWorker,
  withEnv,
  type TestApp,
  verifiedEnterprise,
} from './support';

/** A port nothing listens on: Redis "down" without stopping the machine's Redis. */
const DEAD_REDIS = 'redis://127.0.0.1:6399';

describe('transactional outbox relayed by the worker', () => {
  let t: TestApp;
  let admin: Account;
  let queue: Queue<DomainEventMessage>;

  const unsent = async (aggregateId: string) =>
    Number(
      (
        await t.dataSource.query(
          'SELECT count(*) FROM outbox_events WHERE aggregate_id = $1 AND published_at IS NULL',
          [aggregateId],
        )
      )[0].count,
    );

  const jobsOf = async (aggregateId: string) => {
    const jobs = await queue.getJobs(
      ['waiting', 'delayed', 'completed', 'failed', 'active'],
      0,
      -1,
      true,
    );
    return jobs
      .filter((j) => j.data.aggregateId === aggregateId)
      .sort((a, b) => Number(a.data.eventId) - Number(b.data.eventId));
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createAdmin(t);
    queue = new Queue(Queues.SearchIndex, {
      connection: { url: process.env.REDIS_URL },
      prefix: process.env.QUEUE_PREFIX,
    });
  });
  afterAll(async () => {
    await queue.close();
    await t.close();
  });

  it('relays every event to BullMQ once per outbox row, in order per aggregate', async () => {
    const worker = await startWorker();
    try {
      const { account } = await verifiedEnterprise(t, admin);
      const demand = (
        await request(t.http)
          .post(`${API}/demands`)
          .set(auth(account))
          .send(demandBody('talent'))
          .expect(201)
      ).body;
      await request(t.http)
        .post(`${API}/demands/${demand.id}/publish`)
        .set(auth(account))
        .expect(200);
      for (const title of ['订单班: 数控加工一期', '订单班: 数控加工二期']) {
        await request(t.http)
          .patch(`${API}/demands/${demand.id}`)
          .set(auth(account))
          .send({ title })
          .expect(200);
      }
      await request(t.http)
        .post(`${API}/demands/${demand.id}/close`)
        .set(auth(account))
        .send({ reason: 'filled' })
        .expect(200);

      await eventually(async () => ((await unsent(demand.id)) === 0 ? true : undefined));
      const jobs = await jobsOf(demand.id);
      expect(jobs.map((j) => [j.name, j.data.aggregateVersion])).toEqual([
        ['demand.published', 2],
        ['demand.updated', 3],
        ['demand.updated', 4],
        ['demand.closed', 5],
      ]);
      expect(jobs.map((j) => j.id)).toEqual(jobs.map((j) => `event-${j.data.eventId}`));
      expect(jobs[0].data.payload).toMatchObject({ demandId: demand.id, status: 'open' });
    } finally {
      await worker.close();
    }
  });

  it('loses nothing while Redis is down: the API still writes, the relay catches up later', async () => {
    const downApi = await withEnv({ REDIS_URL: DEAD_REDIS }, () => createTestApp());
    let demandId: string;
    try {
      const { account } = await verifiedEnterprise(downApi, admin);
      const login = await request(downApi.http)
        .post(`${API}/auth/login`)
        .send({ email: account.email, password: account.password });
      expect(login.status).toBe(200);
      const ready = await request(downApi.http).get(`${API}/health/ready`).expect(200);
      expect(ready.body).toMatchObject({
        status: 'degraded',
        checks: { redis: { status: 'down' }, postgres: { status: 'up' } },
      });
      demandId = (
        await request(downApi.http)
          .post(`${API}/demands`)
          .set(auth(account))
          .send(demandBody('rnd'))
          .expect(201)
      ).body.id;
      await request(downApi.http)
        .post(`${API}/demands/${demandId}/publish`)
        .set(auth(account))
        .expect(200);
    } finally {
      await downApi.close();
    }

    const brokenWorker = await withEnv({ REDIS_URL: DEAD_REDIS }, () =>
      startWorker({ settle: false }),
    );
    try {
      const attempted = await eventually(async () => {
        const rows = await t.dataSource.query(
          'SELECT attempts, last_error FROM outbox_events WHERE aggregate_id = $1',
          [demandId],
        );
        return rows[0]?.attempts > 0 ? rows[0] : undefined;
      });
      expect(attempted.last_error).toBeTruthy();
      expect(await unsent(demandId)).toBe(1);
    } finally {
      await brokenWorker.close();
    }

    const worker: INestApplicationContext = await startWorker();
    try {
      await eventually(async () => ((await unsent(demandId)) === 0 ? true : undefined));
      expect((await jobsOf(demandId)).map((j) => j.name)).toEqual(['demand.published']);
    } finally {
      await worker.close();
    }
  });
});
