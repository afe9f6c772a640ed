import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Meilisearch } from 'meilisearch';
import request from 'supertest';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createTestApp,
  demandBody,
  eventually,
  startWorker,
  type TestApp,
  verifiedEnterprise,
} from './support';
import { reindexSearch } from '../apps/cli/src/commands/reindex';
import { SEARCH_SOURCES_OPTIONS } from '../apps/worker/src/relayed-routes';
import { indexUid, SearchIndexer, SearchReindexer, SearchReindexModule } from '@app/search';
import {
  APP_CONFIG,
  AppConfigModule,
  type AppConfig,
  DatabaseModule,
  MEILISEARCH,
} from '@app/shared';

/** What `npm run search:reindex` runs in: the CLI's context, without HTTP or queue consumers. */
@Module({
  imports: [
    AppConfigModule,
    DatabaseModule,
    SearchReindexModule.withSources(SEARCH_SOURCES_OPTIONS),
  ],
})
class ReindexContextModule {}

type Hit = { id: string } & Record<string, unknown>;

describe('search reindex: a full rebuild from PostgreSQL, swapped in atomically', () => {
  let t: TestApp;
  let admin: Account;
  let worker: INestApplicationContext;
  let cli: INestApplicationContext;
  let meili: Meilisearch;
  let prefix: string;

  const search = async (type: string, q: string) =>
    (await request(t.http).get(`${API}/search`).query({ type, q }).expect(200)).body as {
      items: Hit[];
    };
  const ids = async (type: string, q: string) => (await search(type, q)).items.map((h) => h.id);
  const found = (type: string, q: string, id: string) =>
    eventually(async () => ((await ids(type, q)).includes(id) ? true : undefined), 15_000);
  const rebuildIndexes = async () =>
    (await meili.getRawIndexes({ limit: 1000 })).results
      .map((i) => i.uid)
      .filter((uid) => uid.startsWith(`${prefix}_rebuild_`));

  async function draft(account: Account, title: string) {
    return (
      await request(t.http)
        .post(`${API}/demands`)
        .set(auth(account))
        .send(demandBody('rnd', { title }))
        .expect(201)
    ).body as { id: string; organizationId: string };
  }
  async function publish(account: Account, title: string) {
    const d = await draft(account, title);
    await request(t.http).post(`${API}/demands/${d.id}/publish`).set(auth(account)).expect(200);
    return d;
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createAdmin(t);
    worker = await startWorker();
    await worker.get(SearchIndexer).ensureIndexes();
    cli = await NestFactory.createApplicationContext(ReindexContextModule, { logger: ['error'] });
    meili = cli.get<Meilisearch>(MEILISEARCH);
    prefix = cli.get<AppConfig>(APP_CONFIG).MEILI_INDEX_PREFIX;
  });
  afterAll(async () => {
    await cli.close();
    await worker.close();
    await t.close();
  });

  it('repairs drift, keeps private things out, answers throughout and leaves no index behind', async () => {
    const { account } = await verifiedEnterprise(t, admin);
    const kept = await publish(account, '海水淡化膜组件寿命评估');
    const drifted = await publish(account, '盐碱地改良菌剂田间试验');
    const hidden = await draft(account, '重建索引不应收录的草稿需求');
    await found('demands', '海水淡化', kept.id);
    await found('demands', '盐碱地', drifted.id);
    // A cooperation project: its document comes from the programmes context (a search source).
    const project = (
      await request(t.http)
        .post(`${API}/projects`)
        .set(auth(admin))
        .send({
          kind: 'competition',
          title: '海水淡化技能竞赛',
          details: {
            level: 'city',
            skill: '膜组件维护',
            organiser: '市教育局',
            sponsors: [],
            judges: [],
            participants: 30,
            awards: 3,
          },
          partners: { organizationIds: [kept.organizationId] },
        })
        .expect(201)
    ).body as { id: string };
    await found('projects', '海水淡化', project.id);
    // Drift: the index lost documents PostgreSQL still has (no event will bring them back).
    const demands = meili.index(indexUid(prefix, 'demands'));
    await demands.deleteDocument(drifted.id).waitTask();
    await meili.index(indexUid(prefix, 'projects')).deleteDocument(project.id).waitTask();
    expect(await ids('demands', '盐碱地')).not.toContain(drifted.id);
    expect(await ids('projects', '海水淡化')).not.toContain(project.id);

    // Search keeps answering, with the old contents, while the rebuild runs.
    let running = true;
    const probes: boolean[] = [];
    const probing = (async () => {
      while (running) probes.push((await ids('demands', '海水淡化')).includes(kept.id));
    })();
    const labels = new Set<string>();
    const summary = await cli
      .get(SearchReindexer)
      .reindex({ onProgress: (_done, _total, label) => void labels.add(label) });
    running = false;
    await probing;

    expect(probes.length).toBeGreaterThan(0);
    expect(probes.every(Boolean)).toBe(true);
    expect([...labels]).toEqual([
      'organizations',
      'experts',
      'demands',
      'offers',
      'projects',
      'indexing',
    ]);
    expect(summary.documents.projects).toBeGreaterThanOrEqual(1);
    expect(summary.documents.demands).toBeGreaterThanOrEqual(2);
    expect(summary.documents.enterprises).toBeGreaterThanOrEqual(1);
    expect(summary.seconds).toBeGreaterThan(0);

    // No waiting: the swap has completed when reindex returns.
    expect(await ids('demands', '海水淡化')).toContain(kept.id);
    expect(await ids('demands', '盐碱地')).toContain(drifted.id);
    expect(await ids('projects', '海水淡化')).toContain(project.id);
    await expect(demands.getDocument(hidden.id)).rejects.toThrow();
    expect(await ids('demands', '重建索引不应收录的草稿需求')).not.toContain(hidden.id);

    expect(await rebuildIndexes()).toEqual([]);
    const live = (await meili.getRawIndexes({ limit: 1000 })).results.map((i) => i.uid);
    for (const type of ['demands', 'experts', 'colleges', 'enterprises', 'offers'] as const) {
      expect(live).toContain(indexUid(prefix, type));
    }
  });

  it('takes in a change committed while it runs, even one the worker never applied', async () => {
    const { account } = await verifiedEnterprise(t, admin);
    // No worker: only the rebuild's replay of the outbox can index what is published meanwhile.
    await worker.close();
    try {
      let late: { id: string } | undefined;
      await cli.get(SearchReindexer).reindex({
        onProgress: async (_done, _total, label) => {
          // Demands have all been read once offers start: this one is in no page.
          if (label === 'offers' && !late) late = await publish(account, '冷链物流温控追溯平台');
        },
      });
      expect(late).toBeDefined();
      expect(await ids('demands', '冷链物流')).toContain(late!.id);
    } finally {
      worker = await startWorker();
    }
  });

  it('refuses to run twice at once, and the loser leaves nothing behind', async () => {
    const reindexer = cli.get(SearchReindexer);
    const [a, b] = await Promise.allSettled([reindexer.reindex(), reindexer.reindex()]);
    const outcomes = [a.status, b.status].sort();
    expect(outcomes).toEqual(['fulfilled', 'rejected']);
    const failure = [a, b].find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(failure.reason)).toMatch(/already running/);
    expect(await rebuildIndexes()).toEqual([]);
  });

  it('the CLI command reports progress on stderr and the counts on stdout', async () => {
    const { account } = await verifiedEnterprise(t, admin);
    await publish(account, '数控机床远程运维服务');
    const stderr: string[] = [];
    const stdout: string[] = [];
    const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr.push(String(chunk));
      return true;
    });
    const log = jest.spyOn(console, 'log').mockImplementation((line) => void stdout.push(line));
    // As in CI, whether or not this run has a terminal.
    const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
    Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true });
    try {
      await reindexSearch(cli);
    } finally {
      write.mockRestore();
      log.mockRestore();
      if (tty) Object.defineProperty(process.stderr, 'isTTY', tty);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
    }
    const progress = stderr.join('');
    expect(progress).not.toContain('\r');
    expect(progress).toMatch(/^ {2}0% 0\/\d+ organizations$/m);
    expect(progress).toMatch(/^100% \d+\/\d+ indexing$/m);
    expect(stdout.join('\n')).toMatch(/rebuilt and swapped in [\d.]+ s:\n\s+demands\s+\d+/);
  });
});
