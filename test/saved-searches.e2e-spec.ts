import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { SearchIndexer } from '@app/search';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createTestApp,
  demandBody,
  eventually,
  expectProblem,
  registerAccount,
  startWorker,
  type TestApp,
  verifiedEnterprise,
} from './support';

/** A marker no other test's data contains. */
const tag = () => randomBytes(4).toString('hex');

interface SavedSearchBody {
  id: string;
  name: string;
  type: string;
  q: string;
  filters: Record<string, string>;
  alertsEnabled: boolean;
  lastRunAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface SearchResultBody {
  type: string;
  q: string;
  items: { id: string }[];
  page: number;
  pageSize: number;
  total: number;
}

const SAVED = `${API}/saved-searches`;
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

describe('saved searches', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const save = (account: { token: string }, body: Record<string, unknown>) =>
    request(t.http).post(SAVED).set(auth(account)).send(body);
  const saved = async (account: { token: string }, body: Record<string, unknown>) =>
    (await save(account, body).expect(201)).body as SavedSearchBody;
  const list = async (account: { token: string }, query: Record<string, string | number> = {}) =>
    (await request(t.http).get(SAVED).query(query).set(auth(account)).expect(200)).body as {
      items: SavedSearchBody[];
      page: number;
      pageSize: number;
      total: number;
    };
  const fieldsOf = (problem: { errors?: { field: string; code: string }[] }) =>
    (problem.errors ?? []).map((e) => `${e.field}:${e.code}`).sort();

  it('a user saves, lists, reads, renames and deletes their searches', async () => {
    const owner = await registerAccount(t.http, Role.College);
    const name = `海港区光伏玻璃研发需求${tag()}`;
    const created = await saved(owner, {
      name: `  ${name} `,
      type: 'demands',
      q: ' 光伏玻璃 ',
      filters: { industry: 'C3042', district: '130302', kind: 'rnd' },
    });
    expect(created).toEqual({
      id: expect.any(String),
      name,
      type: 'demands',
      q: '光伏玻璃',
      // Industry codes are stored in canonical form, like on every other body.
      filters: { industry: '3042', district: '130302', kind: 'rnd' },
      alertsEnabled: true,
      lastRunAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(created).not.toHaveProperty('userId');

    const bare = await saved(owner, { name: `全部专家${tag()}`, type: 'experts' });
    expect(bare).toMatchObject({ q: '', filters: {}, alertsEnabled: true });
    const quiet = await saved(owner, {
      name: `不提醒${tag()}`,
      type: 'offers',
      q: null,
      filters: { providerType: 'expert' },
      alertsEnabled: false,
    });
    expect(quiet).toMatchObject({
      q: '',
      filters: { providerType: 'expert' },
      alertsEnabled: false,
    });

    // Newest first, paginated.
    const all = await list(owner);
    expect(all).toMatchObject({ page: 1, pageSize: 20, total: 3 });
    expect(all.items.map((s) => s.id)).toEqual([quiet.id, bare.id, created.id]);
    const second = await list(owner, { page: 2, pageSize: 2 });
    expect(second).toMatchObject({ page: 2, pageSize: 2, total: 3 });
    expect(second.items.map((s) => s.id)).toEqual([created.id]);

    const got = await request(t.http).get(`${SAVED}/${created.id}`).set(auth(owner)).expect(200);
    expect(got.body).toEqual(created);

    // Absent fields stay as they were.
    const renamed = await request(t.http)
      .patch(`${SAVED}/${created.id}`)
      .set(auth(owner))
      .send({ name: '玻璃深加工（重命名）' })
      .expect(200);
    expect(renamed.body).toMatchObject({
      id: created.id,
      name: '玻璃深加工（重命名）',
      type: 'demands',
      q: '光伏玻璃',
      filters: created.filters,
      alertsEnabled: true,
    });
    const changed = await request(t.http)
      .patch(`${SAVED}/${created.id}`)
      .set(auth(owner))
      .send({ q: null, filters: { district: '130303' }, alertsEnabled: false })
      .expect(200);
    expect(changed.body).toMatchObject({
      name: '玻璃深加工（重命名）',
      q: '',
      filters: { district: '130303' },
      alertsEnabled: false,
    });
    expect(Date.parse(changed.body.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
    // An empty edit changes nothing.
    const unchanged = await request(t.http)
      .patch(`${SAVED}/${created.id}`)
      .set(auth(owner))
      .send({})
      .expect(200);
    expect(unchanged.body).toEqual(changed.body);

    await request(t.http).delete(`${SAVED}/${created.id}`).set(auth(owner)).expect(204);
    expectProblem(
      await request(t.http).get(`${SAVED}/${created.id}`).set(auth(owner)),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await request(t.http).delete(`${SAVED}/${created.id}`).set(auth(owner)),
      404,
      'NOT_FOUND',
    );
    expect((await list(owner)).items.map((s) => s.id)).toEqual([quiet.id, bare.id]);
  });

  it('validates bodies like the search query, and null like any other value', async () => {
    const owner = await registerAccount(t.http, Role.Expert);
    const ok = { name: `校验${tag()}`, type: 'demands' };
    const invalid = async (body: Record<string, unknown>) =>
      fieldsOf(expectProblem(await save(owner, body), 400, 'VALIDATION_FAILED'));

    expect(await invalid({ ...ok, type: 'people' })).toEqual(['type:INVALID_IN']);
    expect(await invalid({ name: ok.name })).toEqual(['type:INVALID_IN']);
    expect(await invalid({ ...ok, filters: { colour: 'red' } })).toEqual([
      'filters.colour:UNKNOWN_FIELD',
    ]);
    expect(await invalid({ ...ok, filters: { district: '110101', industry: '9999' } })).toEqual([
      'filters.district:INVALID_DISTRICT_CODE',
      'filters.industry:INVALID_INDUSTRY_CODE',
    ]);
    expect(await invalid({ ...ok, filters: { kind: 'holiday', size: 'huge' } })).toEqual([
      'filters.kind:INVALID_IN',
      'filters.size:INVALID_IN',
    ]);
    expect(await invalid({ ...ok, filters: 'industry=C' })).toContain('filters:INVALID_OBJECT');
    expect(await invalid({ ...ok, filters: ['C'] })).toContain('filters:INVALID_OBJECT');
    expect(await invalid({ ...ok, name: '名'.repeat(51) })).toEqual(['name:INVALID_LENGTH']);
    expect(await invalid({ ...ok, name: '   ' })).toEqual(['name:INVALID_LENGTH']);
    expect(await invalid({ ...ok, name: null })).toContain('name:INVALID_STRING');
    expect(await invalid({ ...ok, q: 'x'.repeat(101) })).toEqual(['q:INVALID_MAX_LENGTH']);
    expect(await invalid({ ...ok, alertsEnabled: null })).toEqual([
      'alertsEnabled:INVALID_BOOLEAN',
    ]);
    expect(await invalid({ ...ok, filters: null })).toContain('filters:INVALID_OBJECT');
    expect(await invalid({ ...ok, userId: MISSING_ID })).toEqual(['userId:UNKNOWN_FIELD']);
    // 50 CJK characters is fine.
    await saved(owner, { ...ok, name: `${'名'.repeat(42)}${tag()}` });

    const s = await saved(owner, ok);
    const patch = async (body: Record<string, unknown>) =>
      fieldsOf(
        expectProblem(
          await request(t.http).patch(`${SAVED}/${s.id}`).set(auth(owner)).send(body),
          400,
          'VALIDATION_FAILED',
        ),
      );
    expect(await patch({ name: null })).toContain('name:INVALID_STRING');
    expect(await patch({ alertsEnabled: null })).toEqual(['alertsEnabled:INVALID_BOOLEAN']);
    expect(await patch({ filters: null })).toContain('filters:INVALID_OBJECT');
    expect(await patch({ filters: { district: 'x' } })).toEqual([
      'filters.district:INVALID_DISTRICT_CODE',
    ]);
    // The type is fixed: a different type is a different saved search.
    expect(await patch({ type: 'experts' })).toEqual(['type:UNKNOWN_FIELD']);
    expect((await request(t.http).get(`${SAVED}/${s.id}`).set(auth(owner))).body).toEqual(s);

    expectProblem(await request(t.http).get(`${SAVED}/nope`).set(auth(owner)), 400, 'INVALID_ID');
    expectProblem(
      await request(t.http).get(SAVED).query({ pageSize: 1000 }).set(auth(owner)),
      400,
      'VALIDATION_FAILED',
    );
  });

  it("nobody sees, changes, runs or deletes another user's saved search", async () => {
    const owner = await registerAccount(t.http, Role.Enterprise);
    const mine = await saved(owner, { name: `我的${tag()}`, type: 'experts', q: '钢化' });
    const others = [await registerAccount(t.http, Role.Enterprise), await createAdmin(t)];
    for (const other of others) {
      for (const res of [
        await request(t.http).get(`${SAVED}/${mine.id}`).set(auth(other)),
        await request(t.http).patch(`${SAVED}/${mine.id}`).set(auth(other)).send({ name: '偷改' }),
        await request(t.http).delete(`${SAVED}/${mine.id}`).set(auth(other)),
        await request(t.http).get(`${SAVED}/${mine.id}/results`).set(auth(other)),
      ]) {
        // Exactly like an id that does not exist: nothing reveals that it does.
        const problem = expectProblem(res, 404, 'NOT_FOUND');
        const missing = expectProblem(
          await request(t.http).get(`${SAVED}/${MISSING_ID}`).set(auth(other)),
          404,
          'NOT_FOUND',
        );
        expect(problem.detail).toBe(missing.detail);
      }
      expect(await list(other)).toMatchObject({ items: [], total: 0 });
      // Names are per user.
      await saved(other, { name: mine.name, type: 'experts' });
    }
    expect((await request(t.http).get(`${SAVED}/${mine.id}`).set(auth(owner))).body).toEqual(mine);

    for (const res of [
      await request(t.http).get(SAVED),
      await request(t.http).post(SAVED).send({ name: '匿名', type: 'demands' }),
      await request(t.http).get(`${SAVED}/${mine.id}`),
      await request(t.http).patch(`${SAVED}/${mine.id}`).send({ name: '匿名' }),
      await request(t.http).delete(`${SAVED}/${mine.id}`),
      await request(t.http).get(`${SAVED}/${mine.id}/results`),
    ]) {
      expectProblem(res, 401, 'AUTH_REQUIRED');
    }
    expect((await list(owner)).items.map((s) => s.id)).toEqual([mine.id]);
  });

  it('names are unique per user, on create and on rename', async () => {
    const owner = await registerAccount(t.http, Role.Expert);
    const first = await saved(owner, { name: '光伏专家', type: 'experts' });
    const second = await saved(owner, { name: '玻璃企业', type: 'enterprises' });
    expectProblem(
      await save(owner, { name: ' 光伏专家 ', type: 'demands' }),
      409,
      'SAVED_SEARCH_NAME_TAKEN',
    );
    expectProblem(
      await request(t.http)
        .patch(`${SAVED}/${second.id}`)
        .set(auth(owner))
        .send({ name: '光伏专家' }),
      409,
      'SAVED_SEARCH_NAME_TAKEN',
    );
    // Keeping its own name is no conflict.
    await request(t.http)
      .patch(`${SAVED}/${first.id}`)
      .set(auth(owner))
      .send({ name: '光伏专家', alertsEnabled: false })
      .expect(200);
    expect((await list(owner)).total).toBe(2);
  });

  it('a user keeps at most 50 saved searches, even when saving concurrently', async () => {
    const owner = await registerAccount(t.http, Role.College);
    for (let i = 0; i < 45; i++) await saved(owner, { name: `搜索${i}`, type: 'colleges' });
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, i) => save(owner, { name: `并发${i}`, type: 'colleges' })),
    );
    expect(burst.filter((r) => r.status === 201)).toHaveLength(5);
    for (const res of burst.filter((r) => r.status !== 201)) {
      expectProblem(res, 409, 'SAVED_SEARCH_LIMIT');
    }
    expect((await list(owner)).total).toBe(50);
    expectProblem(
      await save(owner, { name: '第五十一个', type: 'colleges' }),
      409,
      'SAVED_SEARCH_LIMIT',
    );

    const oldest = (await list(owner, { page: 50, pageSize: 1 })).items[0];
    await request(t.http).delete(`${SAVED}/${oldest.id}`).set(auth(owner)).expect(204);
    await saved(owner, { name: '第五十一个', type: 'colleges' });
    // Other users are not affected by this user's limit.
    await saved(await registerAccount(t.http, Role.College), { name: '搜索0', type: 'colleges' });
  });

  describe('results', () => {
    let admin: Account;
    let worker: INestApplicationContext;
    beforeAll(async () => {
      admin = await createAdmin(t);
      worker = await startWorker();
      await worker.get(SearchIndexer).ensureIndexes();
    });
    afterAll(() => worker.close());

    it('runs the saved query, filters and page, and records when it ran', async () => {
      const { account } = await verifiedEnterprise(t, admin);
      const d = (
        await request(t.http)
          .post(`${API}/demands`)
          .set(auth(account))
          .send(
            demandBody('rnd', {
              title: '玄武岩纤维连续拉丝工艺攻关',
              industryCode: '3042',
              district: '130324',
            }),
          )
          .expect(201)
      ).body as { id: string };
      await request(t.http).post(`${API}/demands/${d.id}/publish`).set(auth(account)).expect(200);

      const searcher = await registerAccount(t.http, Role.College);
      const match = await saved(searcher, {
        name: '玄武岩纤维',
        type: 'demands',
        q: '玄武岩纤维',
        filters: { industry: 'C', district: '130324', kind: 'rnd' },
      });
      const elsewhere = await saved(searcher, {
        name: '玄武岩纤维（别的行业）',
        type: 'demands',
        q: '玄武岩纤维',
        filters: { industry: '14' },
      });
      const run = async (id: string, query: Record<string, number> = {}) =>
        (
          await request(t.http)
            .get(`${SAVED}/${id}/results`)
            .query(query)
            .set(auth(searcher))
            .expect(200)
        ).body as SearchResultBody;

      const result = await eventually(async () => {
        const page = await run(match.id, { pageSize: 5 });
        return page.items.some((h) => h.id === d.id) ? page : undefined;
      }, 15_000);
      expect(result).toMatchObject({ type: 'demands', q: '玄武岩纤维', page: 1, pageSize: 5 });
      expect((await run(elsewhere.id)).items.map((h) => h.id)).not.toContain(d.id);

      const after = (await request(t.http).get(`${SAVED}/${match.id}`).set(auth(searcher)))
        .body as SavedSearchBody;
      expect(after.lastRunAt).not.toBeNull();
      expect(Date.parse(after.lastRunAt!)).toBeGreaterThanOrEqual(Date.parse(match.createdAt));
      // Running is not an edit.
      expect(after.updatedAt).toBe(match.updatedAt);

      expectProblem(
        await request(t.http)
          .get(`${SAVED}/${match.id}/results`)
          .query({ pageSize: 0 })
          .set(auth(searcher)),
        400,
        'VALIDATION_FAILED',
      );
      expectProblem(
        await request(t.http).get(`${SAVED}/${MISSING_ID}/results`).set(auth(searcher)),
        404,
        'NOT_FOUND',
      );
    });
  });
});
