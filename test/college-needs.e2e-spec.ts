import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { SearchIndexer } from '@app/search';
import {
  API,
  type Account,
  auth,
  collegeNeedBody,
  createAdmin,
  createTestApp,
  demandBody,
  eventually,
  expectProblem,
  startWorker,
  type TestApp,
  verifiedCollege,
  verifiedEnterprise,
} from './support';

const KINDS = ['part_time_teacher', 'enterprise_mentor', 'internship_base', 'co_building'];

describe('college needs', () => {
  let t: TestApp;
  let admin: Account;
  let worker: INestApplicationContext;

  const searchIds = async (params: Record<string, string>) =>
    (
      (await request(t.http).get(`${API}/search`).query(params).expect(200)).body as {
        items: { id: string }[];
      }
    ).items.map((h) => h.id);

  async function publishNeed(account: Account, kind: string, overrides = {}) {
    const draft = await request(t.http)
      .post(`${API}/demands`)
      .set(auth(account))
      .send(collegeNeedBody(kind, overrides))
      .expect(201);
    await request(t.http)
      .post(`${API}/demands/${draft.body.id}/publish`)
      .set(auth(account))
      .expect(200);
    return draft.body as { id: string; title: string };
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createAdmin(t);
    worker = await startWorker();
    await worker.get(SearchIndexer).ensureIndexes();
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it.each(KINDS)(
    'a verified college drafts, publishes and closes a %s need, searchable while open',
    async (kind) => {
      const { account, org } = await verifiedCollege(t, admin);
      const draft = await request(t.http)
        .post(`${API}/demands`)
        .set(auth(account))
        .send(collegeNeedBody(kind))
        .expect(201);
      expect(draft.body).toMatchObject({ status: 'draft', kind, organizationId: org.id });
      // The internship base took the industry of its major (工业机器人技术 → 34).
      if (kind === 'internship_base') expect(draft.body.industryCode).toMatch(/^\d+$/);
      const id = draft.body.id as string;
      await request(t.http).post(`${API}/demands/${id}/publish`).set(auth(account)).expect(200);
      const listed = await request(t.http)
        .get(`${API}/demands?kind=${kind}&organizationId=${org.id}`)
        .expect(200);
      expect(listed.body.items.map((d: { id: string }) => d.id)).toEqual([id]);
      await eventually(
        async () =>
          (await searchIds({ type: 'demands', q: draft.body.title, kind })).includes(id)
            ? true
            : undefined,
        15_000,
      );
      await request(t.http)
        .post(`${API}/demands/${id}/close`)
        .set(auth(account))
        .send({ reason: 'filled' })
        .expect(200);
      await eventually(
        async () =>
          (await searchIds({ type: 'demands', q: draft.body.title, kind })).includes(id)
            ? undefined
            : true,
        15_000,
      );
    },
  );

  it('refuses invalid details with field errors, and details of another kind', async () => {
    const { account } = await verifiedCollege(t, admin);
    const post = (body: Record<string, unknown>) =>
      request(t.http).post(`${API}/demands`).set(auth(account)).send(body);
    const cases: [Record<string, unknown>, string][] = [
      [
        collegeNeedBody('part_time_teacher', { partTimeTeacher: { courses: [], hours: 0 } }),
        'partTimeTeacher.courses',
      ],
      [
        collegeNeedBody('enterprise_mentor', {
          enterpriseMentor: {
            projects: ['焊接'],
            purpose: 'graduation_project',
            students: 5,
            periodStart: '2027-06-01',
            periodEnd: '2027-01-01',
          },
        }),
        'enterpriseMentor.periodEnd',
      ],
      [
        collegeNeedBody('internship_base', {
          internshipBase: {
            places: 10,
            majorCodes: ['999999'],
            periodStart: '2027-03-01',
            periodEnd: '2027-06-30',
          },
        }),
        'internshipBase.majorCodes',
      ],
      [collegeNeedBody('co_building', { coBuilding: { type: 'factory' } }), 'coBuilding.type'],
      [{ ...collegeNeedBody('co_building'), coBuilding: undefined }, 'coBuilding'],
      [
        { ...collegeNeedBody('part_time_teacher'), rnd: { problemType: 'technical_problem' } },
        'rnd',
      ],
    ];
    for (const [body, field] of cases) {
      const problem = expectProblem(await post(body), 400, 'VALIDATION_FAILED');
      expect(problem.errors?.map((e) => e.field)).toContain(field);
    }
  });

  it('enterprises cannot post college kinds, colleges cannot post enterprise kinds', async () => {
    const enterprise = await verifiedEnterprise(t, admin);
    const college = await verifiedCollege(t, admin);
    const asEnterprise = expectProblem(
      await request(t.http)
        .post(`${API}/demands`)
        .set(auth(enterprise.account))
        .send(collegeNeedBody('internship_base')),
      403,
      'DEMAND_KIND_NOT_ALLOWED',
    );
    expect(asEnterprise.errors?.[0]).toMatchObject({ field: 'kind' });
    expectProblem(
      await request(t.http)
        .post(`${API}/demands`)
        .set(auth(college.account))
        .send(demandBody('rnd')),
      403,
      'DEMAND_KIND_NOT_ALLOWED',
    );
    // Editing keeps to the need's own kind.
    const need = await publishNeed(college.account, 'part_time_teacher');
    expectProblem(
      await request(t.http)
        .patch(`${API}/demands/${need.id}`)
        .set(auth(college.account))
        .send({
          talent: {
            type: 'hiring',
            headcount: 1,
            periodStart: '2027-01-01',
            periodEnd: '2027-02-01',
          },
        }),
      400,
      'VALIDATION_FAILED',
    );
    // …and only the college edits it.
    expectProblem(
      await request(t.http)
        .patch(`${API}/demands/${need.id}`)
        .set(auth(enterprise.account))
        .send({ title: '改个标题试试' }),
      403,
      'NOT_DEMAND_OWNER',
    );
  });
});
