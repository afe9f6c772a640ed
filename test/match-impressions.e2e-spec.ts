import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { SearchIndexer } from '@app/search';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createTestApp,
  demandBody,
  eventually,
  expertWithProfile,
  startWorker,
  type TestApp,
  verifiedEnterprise,
} from './support';

interface Shown {
  id: string;
  kind: string;
  score: number;
  explanation: { features: Record<string, number> };
}

interface ImpressionRow {
  subject_kind: string;
  candidate_kind: string;
  candidate_id: string;
  demand_id: string;
  expert_id: string | null;
  position: number;
  score: number;
  features: Record<string, number>;
  shown_count: number;
  top5_count: number;
  first_top5_at: Date | null;
  last_viewer_id: string;
}

describe('match impressions (what ranked lists showed, for matching:fit)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: Account;
  let owner: Account;
  let expert: { account: Account; id: string };
  let demandId: string;

  const matches = async (account: Account, status = 200) =>
    (
      await request(t.http)
        .get(`${API}/demands/${demandId}/matches`)
        .query({ kind: 'expert', limit: 20 })
        .set(auth(account))
        .expect(status)
    ).body as Shown[];

  const impressionsOf = async (subjectId: string): Promise<ImpressionRow[]> =>
    t.dataSource.query(
      `SELECT subject_kind, candidate_kind, candidate_id, demand_id, expert_id, position, score,
              features, shown_count, top5_count, first_top5_at, last_viewer_id
         FROM match_impressions WHERE subject_id = $1 ORDER BY position`,
      [subjectId],
    );

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createAdmin(t);
    worker = await startWorker();
    await worker.get(SearchIndexer).ensureIndexes();
    const made = await expertWithProfile(t.http, {
      name: '反馈甲',
      industryCodes: ['3042'],
      fields: ['光伏玻璃'],
      skills: ['钢化炉', '镀膜'],
      availability: 'available',
    });
    expert = { account: made.account, id: made.expert.id };
    owner = (await verifiedEnterprise(t, admin)).account;
    demandId = (
      await request(t.http)
        .post(`${API}/demands`)
        .set(auth(owner))
        .send(
          demandBody('rnd', {
            title: '光伏玻璃钢化炉镀膜改造',
            skills: ['钢化炉', '镀膜'],
            industryCode: '3042',
          }),
        )
        .expect(201)
    ).body.id;
    await request(t.http).post(`${API}/demands/${demandId}/publish`).set(auth(owner)).expect(200);
    await eventually(
      async () => ((await matches(owner)).some((m) => m.id === expert.id) ? true : undefined),
      15_000,
    );
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it("records each candidate of the owner's list: position, score, features, viewer and counts", async () => {
    const before = await impressionsOf(demandId);
    const shownBefore = before.find((r) => r.candidate_id === expert.id)?.shown_count ?? 0;

    const list = await matches(owner);
    const rows = await impressionsOf(demandId);
    for (const [index, candidate] of list.entries()) {
      const row = rows.find((r) => r.candidate_id === candidate.id);
      expect(row).toMatchObject({
        subject_kind: 'demand',
        candidate_kind: 'expert',
        demand_id: demandId,
        expert_id: candidate.id,
        position: index + 1,
        last_viewer_id: owner.id,
      });
      expect(row!.score).toBeCloseTo(candidate.score, 9);
      expect(row!.features).toEqual(candidate.explanation.features);
    }
    const mine = rows.find((r) => r.candidate_id === expert.id)!;
    expect(mine.shown_count).toBe(shownBefore + 1);
    const position = list.findIndex((m) => m.id === expert.id) + 1;
    if (position <= 5) {
      expect(mine.top5_count).toBeGreaterThanOrEqual(1);
      expect(mine.first_top5_at).not.toBeNull();
    }
  });

  it("records nothing for a stranger's call (403), nor for an admin's", async () => {
    const before = await impressionsOf(demandId);
    const stranger = (await verifiedEnterprise(t, admin)).account;
    const forbidden = await request(t.http)
      .get(`${API}/demands/${demandId}/matches`)
      .set(auth(stranger));
    expect(forbidden.status).toBe(403);
    await matches(admin);
    expect(await impressionsOf(demandId)).toEqual(before);
    const byStranger: unknown[] = await t.dataSource.query(
      'SELECT 1 FROM match_impressions WHERE last_viewer_id = ANY($1)',
      [[stranger.id, admin.id]],
    );
    expect(byStranger).toEqual([]);
  });

  it("records an expert's recommendations under the expert, paired with each demand", async () => {
    const list = await eventually(async () => {
      const found = (
        await request(t.http)
          .get(`${API}/experts/${expert.id}/recommendations`)
          .set(auth(expert.account))
          .expect(200)
      ).body as Shown[];
      return found.some((d) => d.id === demandId) ? found : undefined;
    }, 15_000);
    const rows = await impressionsOf(expert.id);
    for (const [index, d] of list.entries()) {
      expect(rows.find((r) => r.candidate_id === d.id)?.position).toBe(index + 1);
    }
    expect(rows.find((r) => r.candidate_id === demandId)).toMatchObject({
      subject_kind: 'expert',
      candidate_kind: 'demand',
      demand_id: demandId,
      expert_id: expert.id,
      last_viewer_id: expert.account.id,
    });
  });
});
