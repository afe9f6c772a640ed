import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { Queues, Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createTestApp,
  demandBody,
  eventually,
  expertWithProfile,
  registerAccount,
  startWorker,
  type TestApp,
  verifiedEnterprise,
  withEnv,
} from './support';

const ROOT = join(__dirname, '..');
/** scripts/meili.mjs as a command (Jest cannot load the .mjs module itself). */
const meili = (...args: string[]) =>
  promisify(execFile)(process.execPath, [join(ROOT, 'scripts/meili.mjs'), ...args], { cwd: ROOT });

/** Longest wait between two tries while Meilisearch is away: 0.2 s stands for production's 60 s. */
const RETRY_CAP_MS = 200;
/** Long enough for well over 30 tries (the notifications route's attempts) of every job. */
const OUTAGE_MS = 12_000;

describe('a long Meilisearch outage', () => {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const dataDir = join(ROOT, '.data', `meili-outage-${port}`);
  const startMeili = () =>
    meili(
      'start',
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      '--key',
      process.env.MEILI_MASTER_KEY!,
    );
  const stopMeili = () => meili('stop', '--data-dir', dataDir);
  let t: TestApp;
  let worker: INestApplicationContext;

  const queue = (name: string) => worker.get<Queue>(getQueueToken(name), { strict: false });
  const entries = async (account: Account, kind: string) => {
    const res = await request(t.http)
      .get(`${API}/notifications?pageSize=100`)
      .set(auth(account))
      .expect(200);
    return (res.body.items as { kind: string; data: { demandId?: string } }[]).filter(
      (n) => n.kind === kind,
    );
  };
  const eventJob = async (name: string, eventType: string, aggregateId: string) => {
    const [row] = await t.dataSource.query(
      'SELECT id FROM outbox_events WHERE event_type = $1 AND aggregate_id = $2',
      [eventType, aggregateId],
    );
    return row ? ((await queue(name).getJob(`event-${row.id}`)) as Job | undefined) : undefined;
  };
  const searchable = async (word: string, id: string) => {
    const res = await request(t.http).get(`${API}/search`).query({ type: 'demands', q: word });
    return res.status === 200 && res.body.items.some((i: { id: string }) => i.id === id);
  };

  beforeAll(async () => {
    await startMeili();
    const url = `http://127.0.0.1:${port}`;
    await withEnv(
      { MEILI_URL: url, SEARCH_OUTAGE_RETRY_MAX_MS: String(RETRY_CAP_MS) },
      async () => {
        t = await createTestApp();
        worker = await startWorker();
      },
    );
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await stopMeili();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const QUEUES = [Queues.SearchIndex, Queues.Notifications, Queues.Email, Queues.Webhooks];
  const MEILI_QUEUES = [Queues.SearchIndex, Queues.Notifications];
  /**
   * Jobs created since `since` that failed, in the queues whose work needs Meilisearch. The
   * queues are shared with the run's other suites; email and webhook jobs never call
   * Meilisearch, and a match of this suite's demand can be a college whose webhook endpoint,
   * registered by the webhooks suite, is gone: its dead letter is that suite's design, not an
   * outage effect.
   */
  const failedSince = async (since: number) =>
    Object.fromEntries(
      await Promise.all(
        MEILI_QUEUES.map(async (n) => [
          n,
          (await queue(n).getFailed(0, 1000))
            .filter((job) => job.timestamp >= since)
            .map((job) => `${job.name}: ${job.failedReason}`),
        ]),
      ),
    ) as Record<string, string[]>;

  it('postpones what needs Meilisearch, fails nothing, and catches up when it is back', async () => {
    const started = Date.now();
    const admin = await createAdmin(t);
    const { account: expert, expert: profile } = await expertWithProfile(t.http, {
      name: '钱工',
      fields: ['氢燃料电池'],
      skills: ['电堆测试', '氢燃料电池'],
      industryCodes: ['3841'],
    });
    const watcher = await registerAccount(t.http, Role.College);
    await request(t.http)
      .post(`${API}/saved-searches`)
      .set(auth(watcher))
      .send({ name: '氢能需求', type: 'demands', q: '氢燃料电池' })
      .expect(201);
    const { account: owner } = await verifiedEnterprise(t, admin);
    await eventually(async () => {
      const res = await request(t.http)
        .get(`${API}/search`)
        .query({ type: 'experts', q: '电堆测试' });
      return res.body.items?.some((i: { id: string }) => i.id === profile.id) ? true : undefined;
    }, 20_000);

    // Meilisearch goes away; demands are published and an organisation verified meanwhile.
    await stopMeili();
    const demandIds: string[] = [];
    for (const title of ['氢燃料电池电堆测试平台搭建', '氢燃料电池系统低温启动']) {
      const draft = await request(t.http)
        .post(`${API}/demands`)
        .set(auth(owner))
        .send(demandBody('rnd', { title, skills: ['氢燃料电池'], industryCode: '3841' }))
        .expect(201);
      await request(t.http)
        .post(`${API}/demands/${draft.body.id}/publish`)
        .set(auth(owner))
        .expect(200);
      demandIds.push(draft.body.id);
    }
    // Jobs that need no Meilisearch keep flowing: the newly verified organisation is told.
    const { account: newcomer } = await verifiedEnterprise(t, admin);
    await eventually(async () =>
      (await entries(newcomer, 'organization.verified')).length > 0 ? true : undefined,
    );

    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    for (const id of demandIds) {
      for (const name of [Queues.Notifications, Queues.SearchIndex]) {
        const job = await eventJob(name, 'demand.published', id);
        // Tried again and again, more often than its attempts allow, without using one up.
        expect(job?.attemptsStarted).toBeGreaterThan(30);
        expect(job?.attemptsMade).toBe(0);
        expect(['delayed', 'waiting', 'active']).toContain(await job?.getState());
      }
    }
    expect(await entries(expert, 'demand.matched')).toEqual([]);

    // Back: the index catches up and both audiences are told, once.
    await startMeili();
    for (const id of demandIds) {
      await eventually(
        async () => ((await searchable('氢燃料电池', id)) ? true : undefined),
        20_000,
      );
    }
    const told = async (account: Account, kind: string) =>
      eventually(async () => {
        const found = await entries(account, kind);
        return demandIds.every((id) => found.some((n) => n.data.demandId === id))
          ? found
          : undefined;
      }, 20_000);
    expect(await told(expert, 'demand.matched')).toHaveLength(2);
    expect(await told(watcher, 'saved_search.alert')).toHaveLength(2);

    await eventually(async () => {
      const counts = await Promise.all(
        QUEUES.map((n) => queue(n).getJobCounts('waiting', 'active', 'prioritized')),
      );
      return counts.every((c) => c.waiting + c.active + c.prioritized === 0) ? true : undefined;
    }, 20_000);
    // Not one job failed in any queue while Meilisearch was away or catching up.
    expect(await failedSince(started)).toEqual(
      Object.fromEntries(MEILI_QUEUES.map((n) => [n, []])),
    );
  }, 120_000);
});
