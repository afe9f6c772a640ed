import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import request from 'supertest';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createIsolatedRun,
  createTestApp,
  demandBody,
  eventually,
  expertBody,
  type IsolatedRun,
  registerAccount,
  startWorker,
  type TestApp,
  verifiedEnterprise,
  withEnv,
} from './support';
import type { Meilisearch } from 'meilisearch';
import { SearchIndexer } from '@app/search';
import { MEILISEARCH, Queues, Role } from '@app/shared';

type Hit = { id: string } & Record<string, unknown>;

describe('search, fed from the outbox', () => {
  let t: TestApp;
  let admin: Account;
  let worker: INestApplicationContext;
  let isolated: IsolatedRun | undefined;

  const search = async (params: Record<string, string>) =>
    (await request(t.http).get(`${API}/search`).query(params).expect(200)).body as {
      items: Hit[];
      total: number;
      facets: Record<string, Record<string, number>>;
    };
  const found = (params: Record<string, string>, id: string) =>
    eventually(
      async () => ((await search(params)).items.some((h) => h.id === id) ? true : undefined),
      15_000,
    );
  const gone = (params: Record<string, string>, id: string) =>
    eventually(
      async () => ((await search(params)).items.some((h) => h.id === id) ? undefined : true),
      15_000,
    );

  async function publish(account: Account, overrides: Record<string, unknown>) {
    const d = (
      await request(t.http)
        .post(`${API}/demands`)
        .set(auth(account))
        .send(demandBody('rnd', overrides))
        .expect(201)
    ).body;
    await request(t.http).post(`${API}/demands/${d.id}/publish`).set(auth(account)).expect(200);
    return d as { id: string };
  }

  beforeAll(async () => {
    // A corpus of its own: a result page of the shared run's demands (dozens about 玻璃 or 光伏
    // by the time this file runs last, as in CI) would push this file's newest ones off page one.
    isolated = await createIsolatedRun('search');
    await withEnv(isolated.env, async () => {
      t = await createTestApp();
      worker = await startWorker();
    });
    admin = await createAdmin(t);
    // A fresh deployment answers searches once the worker has created the indexes.
    await worker.get(SearchIndexer).ensureIndexes();
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await isolated?.drop();
  });

  it('a published demand becomes searchable, follows edits and leaves when closed', async () => {
    const { account } = await verifiedEnterprise(t, admin);
    const d = await publish(account, { title: '光伏玻璃深加工工艺攻关', skills: ['钢化'] });
    await found({ type: 'demands', q: '玻璃' }, d.id);
    const hit = (await search({ type: 'demands', q: '玻璃' })).items.find((h) => h.id === d.id)!;
    expect(hit).toMatchObject({
      title: '光伏玻璃深加工工艺攻关',
      industryCode: '3042',
    });
    expect(hit).not.toHaveProperty('terms');
    expect(JSON.stringify(hit.highlight)).toContain('<mark>');

    await request(t.http)
      .patch(`${API}/demands/${d.id}`)
      .set(auth(account))
      .send({ title: '镀膜生产线节能改造' })
      .expect(200);
    await found({ type: 'demands', q: '镀膜' }, d.id);
    await gone({ type: 'demands', q: '深加工' }, d.id);

    await request(t.http)
      .post(`${API}/demands/${d.id}/close`)
      .set(auth(account))
      .send({ reason: 'filled' })
      .expect(200);
    await gone({ type: 'demands', q: '镀膜' }, d.id);
  });

  it('finds Chinese sub-words and synonyms that plain segmentation misses', async () => {
    const { account } = await verifiedEnterprise(t, admin);
    const simple = await publish(account, { title: '智能产线安装简单化改造' });
    const orders = await publish(account, { title: '待处理的订单自动分拣系统' });
    const solar = await publish(account, { title: '光伏组件清洗机器研发' });
    await found({ type: 'demands', q: '简单' }, simple.id);
    await found({ type: 'demands', q: '处理' }, orders.id);
    await found({ type: 'demands', q: '太阳能' }, solar.id);
  });

  it('filters by industry at any level and counts facets', async () => {
    const { account } = await verifiedEnterprise(t, admin);
    const d = await publish(account, {
      title: '工业机器人焊接工作站调试',
      industryCode: '3491',
      district: '130324',
    });
    for (const industry of ['C', '34', '349', '3491']) {
      await found({ type: 'demands', q: '焊接工作站', industry }, d.id);
    }
    const other = await search({ type: 'demands', q: '焊接工作站', industry: '14' });
    expect(other.items.map((h) => h.id)).not.toContain(d.id);
    const page = await search({ type: 'demands', q: '焊接工作站', district: '130324' });
    expect(page.facets.district?.['130324']).toBeGreaterThanOrEqual(1);
  });

  it('never indexes private data: drafts, contact details, hidden profiles, unverified organisations', async () => {
    const { account } = await verifiedEnterprise(t, admin);
    const draft = (
      await request(t.http)
        .post(`${API}/demands`)
        .set(auth(account))
        .send(demandBody('rnd', { title: '草稿需求不应被搜索到' }))
        .expect(201)
    ).body;
    const expert = await registerAccount(t.http, Role.Expert);
    const profile = (
      await request(t.http)
        .post(`${API}/experts`)
        .set(auth(expert))
        .send(
          expertBody({
            name: '韩可搜',
            contact: { phone: '13912345678', email: 'secret@example.cn' },
          }),
        )
        .expect(201)
    ).body;
    await found({ type: 'experts', q: '韩可搜' }, profile.id);
    const hit = (await search({ type: 'experts', q: '韩可搜' })).items.find(
      (h) => h.id === profile.id,
    )!;
    expect(JSON.stringify(hit)).not.toMatch(/13912345678|secret@example|contact|userId/);
    const enterprises = await search({ type: 'enterprises', q: '' });
    expect(JSON.stringify(enterprises.items)).not.toMatch(/creditCode/);

    await request(t.http)
      .patch(`${API}/experts/${profile.id}`)
      .set(auth(expert))
      .send({ isPublic: false })
      .expect(200);
    await gone({ type: 'experts', q: '韩可搜' }, profile.id);
    expect(
      (await search({ type: 'demands', q: '草稿需求不应被搜索到' })).items.map((h) => h.id),
    ).not.toContain(draft.id);
  });

  it('a rejected organisation takes its demands out of search', async () => {
    const { account, org } = await verifiedEnterprise(t, admin);
    const d = await publish(account, { title: '港口集装箱智能理货系统' });
    await found({ type: 'demands', q: '理货' }, d.id);
    await request(t.http)
      .post(`${API}/admin/organizations/${org.id}/reject`)
      .set(auth(admin))
      .send({ reason: '营业执照已注销' })
      .expect(200);
    await gone({ type: 'demands', q: '理货' }, d.id);
    await gone({ type: 'enterprises', q: org.name }, org.id);
  });

  it('settings already in place are not applied again (no whole-index re-indexing at start)', async () => {
    const meili = worker.get<Meilisearch>(MEILISEARCH);
    const prefix = isolated!.env.MEILI_INDEX_PREFIX;
    const since = new Date().toISOString();
    await worker.get(SearchIndexer).ensureIndexes();
    const { results } = await meili.tasks.getTasks({
      types: ['settingsUpdate'],
      afterEnqueuedAt: since,
      limit: 1000,
    });
    expect(results.filter((task) => task.indexUid?.startsWith(`${prefix}_`))).toEqual([]);
  });

  it('loses nothing while Meilisearch is down: writes succeed, the index catches up', async () => {
    await worker.close();
    const blind = await withEnv({ ...isolated!.env, MEILI_URL: 'http://127.0.0.1:7799' }, () =>
      startWorker({ settle: false }),
    );
    let d: { id: string };
    try {
      const { account } = await verifiedEnterprise(t, admin);
      d = await publish(account, { title: '中药饮片炮制工艺改进' });
      // The blind worker took the event and postponed it: only then does "not found" mean much.
      const [event] = await t.dataSource.query(
        `SELECT id FROM outbox_events WHERE aggregate_id = $1 AND event_type = 'demand.published'`,
        [d.id],
      );
      const queue = blind.get<Queue>(getQueueToken(Queues.SearchIndex), { strict: false });
      await eventually(async () =>
        (await queue.getJobState(`event-${event.id}`)) === 'delayed' ? true : undefined,
      );
      expect((await search({ type: 'demands', q: '炮制' })).items.map((h) => h.id)).not.toContain(
        d.id,
      );
    } finally {
      await blind.close();
    }
    worker = await withEnv(isolated!.env, () => startWorker());
    await found({ type: 'demands', q: '炮制' }, d.id);
  });
});
