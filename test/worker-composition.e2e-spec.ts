import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { Queue } from 'bullmq';
import {
  INSIGHT_REFRESH_SCHEDULER_ID,
  MILESTONES_SCHEDULER_ID,
  PARTNERSHIPS_SCHEDULER_ID,
  PRUNE_SCHEDULER_ID,
} from '@app/maintenance';
import { Queues } from '@app/shared';
import { eventually, startWorker } from './support';

describe('the worker process', () => {
  let worker: INestApplicationContext;

  beforeAll(async () => {
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker.close();
  });

  it('loads no HTTP controller (the api serves HTTP; the worker consumes queues)', () => {
    const controllers = [...worker.get(ModulesContainer).values()].flatMap((module) =>
      [...module.controllers.keys()].map(
        (c) => `${module.name}.${String((c as { name?: string }).name ?? c)}`,
      ),
    );
    expect(controllers).toEqual([]);
  });

  it('installs the daily pruning as one BullMQ job scheduler (ADR 0011)', async () => {
    const queue = worker.get<Queue>(getQueueToken(Queues.Maintenance), { strict: false });
    const scheduler = await eventually(() => queue.getJobScheduler(PRUNE_SCHEDULER_ID));
    expect(scheduler).toMatchObject({ name: 'prune', pattern: '0 4 * * *', tz: 'Asia/Shanghai' });
    // Its next run waits as one delayed job, whichever worker installed it.
    const delayed = await queue.getDelayed();
    expect(delayed.filter((job) => job.name === 'prune')).toHaveLength(1);
  });

  it('installs the daily overdue-milestone check and runs it (ADR 0019)', async () => {
    const queue = worker.get<Queue>(getQueueToken(Queues.Maintenance), { strict: false });
    const scheduler = await eventually(() => queue.getJobScheduler(MILESTONES_SCHEDULER_ID));
    expect(scheduler).toMatchObject({
      name: 'milestones_overdue',
      pattern: '0 8 * * *',
      tz: 'Asia/Shanghai',
    });
    const added = await queue.add('milestones_overdue', {});
    const done = await eventually(async () => {
      const job = await queue.getJob(added.id!);
      return job?.finishedOn ? job : undefined;
    });
    expect(done.failedReason).toBeUndefined();
    expect(done.returnvalue).toMatchObject({
      today: expect.any(String),
      found: expect.any(Number),
    });
  });

  it('installs the daily stalled-partnership check and runs it (ADR 0019 addendum)', async () => {
    const queue = worker.get<Queue>(getQueueToken(Queues.Maintenance), { strict: false });
    const scheduler = await eventually(() => queue.getJobScheduler(PARTNERSHIPS_SCHEDULER_ID));
    expect(scheduler).toMatchObject({
      name: 'partnerships_stalled',
      pattern: '0 9 * * *',
      tz: 'Asia/Shanghai',
    });
    const added = await queue.add('partnerships_stalled', {});
    const done = await eventually(async () => {
      const job = await queue.getJob(added.id!);
      return job?.finishedOn ? job : undefined;
    });
    expect(done.failedReason).toBeUndefined();
    expect(done.returnvalue).toMatchObject({
      today: expect.any(String),
      flagged: expect.any(Number),
      cleared: expect.any(Number),
    });
  });

  it('refreshes the city’s statistics every INSIGHT_REFRESH_MINUTES (ADR 0020)', async () => {
    const queue = worker.get<Queue>(getQueueToken(Queues.Maintenance), { strict: false });
    const scheduler = await eventually(() => queue.getJobScheduler(INSIGHT_REFRESH_SCHEDULER_ID));
    expect(scheduler).toMatchObject({ name: 'insight_refresh', every: 600_000 });
    const before = new Date();
    const added = await queue.add('insight_refresh', {});
    const done = await eventually(async () => {
      const job = await queue.getJob(added.id!);
      return job?.finishedOn ? job : undefined;
    });
    expect(done.failedReason).toBeUndefined();
    expect(done.returnvalue).toEqual([
      expect.objectContaining({ view: 'insight_demand_facts', durationMs: expect.any(Number) }),
    ]);
    expect(Date.parse(done.returnvalue[0].refreshedAt)).toBeGreaterThanOrEqual(
      before.getTime() - 1000,
    );
  });

  it('runs a pruning job on the maintenance queue and returns its report', async () => {
    const queue = worker.get<Queue>(getQueueToken(Queues.Maintenance), { strict: false });
    const added = await queue.add('prune', {});
    const done = await eventually(async () => {
      const job = await queue.getJob(added.id!);
      return job?.finishedOn ? job : undefined;
    });
    expect(done.failedReason).toBeUndefined();
    expect(done.returnvalue).toMatchObject({ dryRun: false, total: expect.any(Number) });
    expect(done.returnvalue.tables.map((t: { table: string }) => t.table)).toContain(
      'outbox_events',
    );
  });
});
