import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { CorpusStatistics } from '@app/matching';
import { listMajors } from '@app/reference';
import { SearchIndexer } from '@app/search';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  collegeBody,
  createAdmin,
  createIsolatedRun,
  createTestApp,
  demandBody,
  eventually,
  expertWithProfile,
  registerAccount,
  startWorker,
  type IsolatedRun,
  withEnv,
  type TestApp,
  verifiedEnterprise,
} from './support';

interface Match {
  id: string;
  name: string;
  score: number;
  explanation: {
    matchedTerms: string[];
    matches: { term: string; matchedAs?: string; via?: string; fields: string[] }[];
    reasons: string[];
    reasonsEn: string[];
    features: Record<string, number>;
  };
}

describe('ranked matches with explanations', () => {
  let t: TestApp;
  let admin: Account;
  let worker: INestApplicationContext;
  let owner: Account;
  let demandId: string;
  const experts: Record<string, { account: Account; id: string }> = {};

  const matches = async (account: Account, kind = 'expert') =>
    (
      await request(t.http)
        .get(`${API}/demands/${demandId}/matches`)
        .query({ kind, limit: 50 })
        .set(auth(account))
        .expect(200)
    ).body as Match[];

  let isolated: IsolatedRun | undefined;

  beforeAll(async () => {
    // A corpus of its own: rankings and word statistics here must not depend on what other
    // suites indexed (their PLC engineers and managers moved the sparse specialist's rank).
    isolated = await createIsolatedRun('matching');
    await withEnv(isolated.env, async () => {
      t = await createTestApp();
      worker = await startWorker();
    });
    admin = await createAdmin(t);
    await worker.get(SearchIndexer).ensureIndexes();
    const glass = { industryCodes: ['3042'], services: ['rnd', 'consulting'] };
    const profiles: Record<string, Record<string, unknown>> = {
      best: {
        ...glass,
        name: '钢化甲',
        fields: ['光伏玻璃'],
        skills: ['钢化炉', '镀膜'],
        district: '130302',
        availability: 'available',
      },
      busy: {
        ...glass,
        name: '钢化乙',
        fields: ['光伏玻璃'],
        skills: ['钢化炉', '镀膜'],
        district: '130302',
        availability: 'unavailable',
      },
      elsewhere: {
        ...glass,
        name: '钢化丙',
        fields: ['太阳能玻璃'],
        skills: ['钢化工艺'],
        district: '130324',
        availability: 'available',
      },
      baker: {
        name: '面点丁',
        industryCodes: ['1411'],
        services: ['part_time_teaching'],
        fields: ['西式面点'],
        skills: ['裱花'],
        district: '130302',
      },
    };
    for (const [key, body] of Object.entries(profiles)) {
      const { account, expert } = await expertWithProfile(t.http, body);
      experts[key] = { account, id: expert.id };
    }
    const enterprise = await verifiedEnterprise(t, admin);
    owner = enterprise.account;
    const d = (
      await request(t.http)
        .post(`${API}/demands`)
        .set(auth(owner))
        .send(
          demandBody('rnd', {
            title: '光伏玻璃钢化炉节能改造',
            skills: ['钢化炉', '镀膜'],
            industryCode: '3042',
            district: '130302',
          }),
        )
        .expect(201)
    ).body;
    demandId = d.id;
    await request(t.http).post(`${API}/demands/${demandId}/publish`).set(auth(owner)).expect(200);
    await eventually(async () => {
      const found = await matches(owner);
      return Object.values(experts).every(
        (e) => found.some((m) => m.id === e.id) || e === experts.baker,
      )
        ? true
        : undefined;
    }, 15_000);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await isolated?.drop();
  });

  it('ranks the fitting, available expert first, with a score in [0, 1] and reasons', async () => {
    const ranked = await matches(owner);
    expect(ranked[0].id).toBe(experts.best.id);
    for (const m of ranked) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
    }
    expect([...ranked].sort((a, b) => b.score - a.score).map((m) => m.id)).toEqual(
      ranked.map((m) => m.id),
    );
    expect(ranked[0].explanation.matchedTerms).toEqual(expect.arrayContaining(['钢化炉', '镀膜']));
    expect(ranked[0].explanation.reasons).toEqual(expect.arrayContaining(['行业完全一致']));
    expect(JSON.stringify(ranked)).not.toMatch(/contact|13900000000/);
  });

  it('puts an unavailable expert below an available one in another district, and the baker last', async () => {
    const ranked = await matches(owner);
    const ids = ranked.map((m) => m.id);
    expect(ids.indexOf(experts.elsewhere.id)).toBeLessThan(ids.indexOf(experts.busy.id));
    const baker = ids.indexOf(experts.baker.id);
    if (baker !== -1) expect(baker).toBeGreaterThan(ids.indexOf(experts.busy.id));
  });

  it('matches colleges through their majors', async () => {
    const major = listMajors({ industry: '30' })[0];
    const member = await registerAccount(t.http, Role.College);
    const college = (
      await request(t.http)
        .post(`${API}/colleges`)
        .set(auth(member))
        .send(
          collegeBody({
            majors: [{ code: major.code, name: major.name }],
            tags: ['光伏玻璃', '钢化'],
          }),
        )
        .expect(201)
    ).body;
    await request(t.http)
      .post(`${API}/admin/organizations/${college.id}/verify`)
      .set(auth(admin))
      .expect(200);
    const found = await eventually(async () => {
      const ranked = await matches(owner, 'college');
      return ranked.find((m) => m.id === college.id);
    }, 15_000);
    expect(found.explanation.features.industry).toBeGreaterThan(0);
  });

  it('still finds candidates when the first query word is one nobody uses', async () => {
    const d = (
      await request(t.http)
        .post(`${API}/demands`)
        .set(auth(owner))
        .send(
          demandBody('rnd', {
            title: '光伏玻璃镀膜工艺改进',
            skills: ['量子退火工艺'],
            tags: [],
            industryCode: '3825',
          }),
        )
        .expect(201)
    ).body;
    const ranked = (
      await request(t.http).get(`${API}/demands/${d.id}/matches`).set(auth(owner)).expect(200)
    ).body as Match[];
    expect(ranked.map((m) => m.id)).toContain(experts.best.id);
  });

  it('finds the specialist with a sparse profile through the description and a synonym', async () => {
    // Word statistics counted before this expert exists (as minutes-old statistics would be):
    // a profile written since must be found all the same.
    expect((await t.app.get(CorpusStatistics).recount('experts'))?.documents).toBeGreaterThan(0);
    // Declared nothing structured, lives elsewhere, says 可编程控制器 where the demand says PLC.
    const sparse = await expertWithProfile(t.http, {
      name: '自动化戊',
      industryCodes: [],
      district: '130324',
      fields: ['电气自动化'],
      skills: ['可编程控制器调试', '伺服驱动'],
      services: ['consulting', 'rnd'],
      bio: '十几年西门子S7-1200产线改造和故障排查。',
    });
    // Declared the demand's industry and district, shares only generic words.
    const generic = await expertWithProfile(t.http, {
      name: '管理己',
      industryCodes: ['3042'],
      district: '130302',
      fields: ['生产管理'],
      skills: ['工艺改进', '设备维护'],
      services: ['consulting', 'rnd'],
      bio: '玻璃企业生产管理和设备维护。',
    });
    const d = (
      await request(t.http)
        .post(`${API}/demands`)
        .set(auth(owner))
        .send(
          demandBody('rnd', {
            title: '产线设备老停机，找人看看',
            description:
              '灌装线用的西门子S7-1200的PLC，最近老报通讯故障停机，设备维护的人查不出来。',
            skills: [],
            tags: [],
            industryCode: '3042',
            district: '130302',
          }),
        )
        .expect(201)
    ).body;
    // Both searchable first; then one ranking must find them (no waiting for a recount).
    // Each one itself: a name like 管理己 also finds other experts whose bios say 管理, so "any
    // hit" passed before `generic` was indexed and the ranking then missed it (failed in CI).
    for (const [name, id] of [
      ['自动化戊', sparse.expert.id],
      ['管理己', generic.expert.id],
    ]) {
      await eventually(async () => {
        const res = await request(t.http).get(`${API}/search`).query({ type: 'experts', q: name });
        return (res.body.items as { id: string }[] | undefined)?.some((h) => h.id === id)
          ? true
          : undefined;
      }, 15_000);
    }
    // Other suites share the index: many experts of industry 3042 compete with `generic`.
    const ranked = (
      await request(t.http)
        .get(`${API}/demands/${d.id}/matches`)
        .query({ limit: 50 })
        .set(auth(owner))
        .expect(200)
    ).body as Match[];
    // On failure, say what was ranked (this test once failed in a combined run, unreproduced).
    const seen = ranked
      .slice(0, 5)
      .map((m) => `${m.name} ${m.score} ${m.explanation.matchedTerms}`);
    expect({ ids: ranked.map((m) => m.id), seen }).toEqual({
      ids: expect.arrayContaining([sparse.expert.id, generic.expert.id]),
      seen: expect.anything(),
    });
    const top = ranked[0];
    expect({ top: top.id, seen }).toEqual({ top: sparse.expert.id, seen: expect.anything() });
    expect(top.explanation.features.industry).toBe(0.5);
    expect(top.explanation.matches).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ term: 'plc', matchedAs: '可编程控制器', via: 'synonym' }),
        expect.objectContaining({ term: 's7-1200', fields: ['bio'] }),
      ]),
    );
    expect(top.explanation.reasons[0]).toMatch(/^关键词匹配：.*同义词“可编程控制器”/);
    expect(top.explanation.reasonsEn[0]).toMatch(/^Matched terms: .*synonym "可编程控制器"/);
  });

  it('counts the active offers an expert published as a track record', async () => {
    const before = (await matches(owner)).find((m) => m.id === experts.elsewhere.id)!;
    expect(before.explanation.features.trackRecord).toBe(0);
    await request(t.http)
      .post(`${API}/offers`)
      .set(auth(experts.elsewhere.account))
      .send({
        kind: 'consulting_service',
        title: '太阳能玻璃钢化工艺咨询',
        description: '钢化炉参数诊断',
        fields: ['太阳能玻璃'],
        tags: [],
        industryCodes: ['3042'],
      })
      .expect(201);
    const after = (await matches(owner)).find((m) => m.id === experts.elsewhere.id)!;
    expect(after.explanation.features.trackRecord).toBeCloseTo(1 / 3, 3);
    expect(after.score).toBeGreaterThan(before.score);
  });

  it('shows matches to the demand owner and admins only', async () => {
    await request(t.http).get(`${API}/demands/${demandId}/matches`).set(auth(admin)).expect(200);
    const other = await verifiedEnterprise(t, admin);
    const forbidden = await request(t.http)
      .get(`${API}/demands/${demandId}/matches`)
      .set(auth(other.account));
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('NOT_DEMAND_OWNER');
    await request(t.http)
      .get(`${API}/demands/${demandId}/matches`)
      .set(auth(experts.best.account))
      .expect(403);
    await request(t.http).get(`${API}/demands/${demandId}/matches`).expect(401);
    await request(t.http)
      .get(`${API}/demands/${demandId}/matches?kind=robot`)
      .set(auth(owner))
      .expect(400);
    await request(t.http)
      .get(`${API}/demands/${demandId}/matches?limit=500`)
      .set(auth(owner))
      .expect(400);
  });

  it('recommends the open demand to the fitting expert, for that expert only', async () => {
    const recs = (
      await request(t.http)
        .get(`${API}/experts/${experts.best.id}/recommendations`)
        .set(auth(experts.best.account))
        .expect(200)
    ).body as Match[];
    expect(recs.map((r) => r.id)).toContain(demandId);
    await request(t.http)
      .get(`${API}/experts/${experts.best.id}/recommendations`)
      .set(auth(experts.busy.account))
      .expect(403);
    await request(t.http).get(`${API}/experts/${experts.best.id}/recommendations`).expect(401);
  });
});
