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
  expertWithProfile,
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
      const posted = async (by: string) =>
        (
          await request(t.http).get(`${API}/demands?postedBy=${by}&organizationId=${org.id}`)
        ).body.items.map((d: { id: string }) => d.id);
      expect(await posted('college')).toEqual([id]);
      expect(await posted('enterprise')).toEqual([]);
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

  describe('matching, connections and recommendations', () => {
    let college: { account: Account; org: { id: string; name: string } };
    let robots: { account: Account; org: { id: string; name: string } };
    let bakery: { account: Account; org: { id: string; name: string } };
    let expert: { account: Account; expert: { id: string; name: string } };
    let need: { id: string; title: string };
    const get = (account: Account, path: string) =>
      request(t.http).get(`${API}${path}`).set(auth(account));
    const post = (account: Account, path: string, body: Record<string, unknown> = {}) =>
      request(t.http).post(`${API}${path}`).set(auth(account)).send(body);
    const ids = (body: { id: string }[]) => body.map((c) => c.id);

    beforeAll(async () => {
      college = await verifiedCollege(t, admin);
      robots = await verifiedEnterprise(t, admin, {
        name: `示范市测试焊接机器人装备有限公司${Date.now()}`,
        industryCode: '3491',
        size: 'large',
        district: '130302',
        description: '焊接机器人工作站集成，厂里有两条机器人示教产线，每年接收实习生。',
        tags: ['工业机器人', '焊接机器人', '机器人集成'],
      });
      bakery = await verifiedEnterprise(t, admin, {
        name: `示范市测试烘焙食品有限公司${Date.now()}`,
        industryCode: '1431',
        size: 'small',
        district: '130304',
        description: '面包糕点生产',
        tags: ['烘焙'],
      });
      expert = await expertWithProfile(t.http, {
        name: '周工',
        title: '机器人应用高级工程师',
        industryCodes: ['3491'],
        fields: ['工业机器人'],
        skills: ['机器人现场编程', 'PLC'],
        services: ['part_time_teaching', 'consulting'],
        bio: '在机器人集成企业做了十二年现场调试，给职校上过实训课。',
      });
      // Candidates must be in the indexes before the need is ranked.
      await eventually(
        async () =>
          (await searchIds({ type: 'enterprises', q: '焊接机器人' })).includes(robots.org.id) &&
          (await searchIds({ type: 'experts', q: '周工' })).includes(expert.expert.id)
            ? true
            : undefined,
        15_000,
      );
      need = await publishNeed(college.account, 'internship_base', {
        title: '工业机器人专业学生顶岗实习基地',
        description: '机器人专业大三学生，想找做机器人集成或焊接机器人的企业，三月到六月。',
        skills: ['工业机器人', '焊接机器人'],
      });
      await eventually(
        async () =>
          (await searchIds({ type: 'demands', q: '顶岗实习' })).includes(need.id)
            ? true
            : undefined,
        15_000,
      );
    });

    it("a college's need is matched to enterprises and experts with reasons", async () => {
      const enterprises = await get(
        college.account,
        `/demands/${need.id}/matches?kind=enterprise`,
      ).expect(200);
      const top = enterprises.body[0];
      expect(top).toMatchObject({ id: robots.org.id, kind: 'enterprise', name: robots.org.name });
      expect(top.explanation.reasons.join(' ')).toContain('工业机器人');
      expect(top.explanation.features).toMatchObject({ industry: 1, district: 1, service: 1 });
      expect(top.explanation.reasons).toContain('同一区县');
      const bakeryAt = ids(enterprises.body).indexOf(bakery.org.id);
      expect(bakeryAt === -1 || bakeryAt > 0).toBe(true);

      const experts = await get(college.account, `/demands/${need.id}/matches?kind=expert`).expect(
        200,
      );
      expect(ids(experts.body)).toContain(expert.expert.id);
      const shown = experts.body.find((c: { id: string }) => c.id === expert.expert.id);
      expect(shown.explanation.reasons.length).toBeGreaterThan(0);

      expectProblem(
        await get(college.account, `/demands/${need.id}/matches?kind=college`),
        400,
        'VALIDATION_FAILED',
      );
      expectProblem(
        await get(robots.account, `/demands/${need.id}/matches?kind=enterprise`),
        403,
        'NOT_DEMAND_OWNER',
      );
    });

    it('the best-matched enterprise and expert are told about the new need', async () => {
      for (const account of [robots.account, expert.account]) {
        await eventually(async () => {
          const res = await get(account, '/notifications?pageSize=100').expect(200);
          return (res.body.items as { kind: string; data: { demandId?: string } }[]).some(
            (n) => n.kind === 'demand.matched' && n.data.demandId === need.id,
          )
            ? true
            : undefined;
        }, 20_000);
      }
    });

    it('a college invites an expert and an enterprise; they accept and contacts are revealed', async () => {
      const toExpert = await post(college.account, `/demands/${need.id}/invitations`, {
        expertId: expert.expert.id,
        message: '周工您好，想请您来带一下实习学生。',
      }).expect(201);
      expect(toExpert.body).toMatchObject({
        status: 'pending',
        initiatedBy: 'owner',
        owner: { id: college.org.id, kind: 'college' },
        candidate: { id: expert.expert.id, type: 'expert' },
      });
      const toEnterprise = await post(college.account, `/demands/${need.id}/invitations`, {
        enterpriseId: robots.org.id,
        message: '贵公司方便接收我们机器人专业的实习生吗？',
      }).expect(201);
      expect(toEnterprise.body).toMatchObject({
        candidate: { id: robots.org.id, type: 'enterprise', name: robots.org.name },
      });
      expect(toEnterprise.body.contacts).toBeUndefined();

      const accepted = await post(expert.account, `/matches/${toExpert.body.id}/accept`).expect(
        200,
      );
      expect(accepted.body.contacts.owner[0]).toMatchObject({ email: college.account.email });
      expect(accepted.body.contacts.candidate[0]).toMatchObject({ name: '周工' });
      await post(robots.account, `/matches/${toEnterprise.body.id}/accept`).expect(200);
      const seen = await get(college.account, `/matches/${toEnterprise.body.id}`).expect(200);
      expect(seen.body.status).toBe('connected');
      expect(seen.body.contacts.candidate[0]).toMatchObject({ email: robots.account.email });
      expect(seen.body.contacts.owner).toEqual(seen.body.contacts.enterprise);

      // Only the college invites to its need, and never a college or its own kind of partner.
      expectProblem(
        await post(robots.account, `/demands/${need.id}/invitations`, {
          expertId: expert.expert.id,
          message: '你好',
        }),
        403,
        'NOT_DEMAND_OWNER',
      );
      const other = await verifiedCollege(t, admin);
      expectProblem(
        await post(college.account, `/demands/${need.id}/invitations`, {
          collegeId: other.org.id,
          message: '你好',
        }),
        403,
        'CANDIDATE_TYPE_NOT_ALLOWED',
      );
      expectProblem(
        await post(other.account, `/demands/${need.id}/interests`, { message: '我们也想参与' }),
        403,
        'CANDIDATE_TYPE_NOT_ALLOWED',
      );
      // An enterprise cannot answer another enterprise's demand.
      const demand = await request(t.http)
        .post(`${API}/demands`)
        .set(auth(bakery.account))
        .send(demandBody('rnd'))
        .expect(201);
      await post(bakery.account, `/demands/${demand.body.id}/publish`).expect(200);
      expectProblem(
        await post(robots.account, `/demands/${demand.body.id}/interests`, { message: '你好' }),
        403,
        'CANDIDATE_TYPE_NOT_ALLOWED',
      );
      // The figures count the invitations each answered.
      const figures = await request(t.http)
        .get(`${API}/organizations/${robots.org.id}/responsiveness`)
        .expect(200);
      expect(figures.body).toMatchObject({ received: 1, responded: 1 });
    });

    it('an enterprise expresses interest in a need and the college declines with a reason', async () => {
      const mentor = await publishNeed(college.account, 'enterprise_mentor');
      const interest = await post(bakery.account, `/demands/${mentor.id}/interests`, {
        message: '我们有几位老师傅可以带学生做烘焙项目。',
      }).expect(201);
      expect(interest.body).toMatchObject({
        initiatedBy: 'candidate',
        candidate: { id: bakery.org.id, type: 'enterprise' },
        owner: { id: college.org.id, kind: 'college' },
      });
      expectProblem(
        await post(bakery.account, `/matches/${interest.body.id}/accept`),
        403,
        'NOT_YOUR_TURN',
      );
      const declined = await post(college.account, `/matches/${interest.body.id}/decline`, {
        reason: 'not_a_fit',
        note: '这次是机器人方向的毕业设计，烘焙不对口',
      }).expect(200);
      expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'not_a_fit' });
      expect(declined.body.contacts).toBeUndefined();
      const seen = await get(bakery.account, `/matches/${interest.body.id}`).expect(200);
      expect(seen.body).toMatchObject({
        status: 'declined',
        declineNote: '这次是机器人方向的毕业设计，烘焙不对口',
      });
      await eventually(async () => {
        const res = await get(bakery.account, '/notifications?pageSize=100').expect(200);
        return (res.body.items as { kind: string; body: Record<string, string> }[]).some(
          (n) => n.kind === 'match.declined',
        )
          ? true
          : undefined;
      }, 20_000);
      const mine = await get(bakery.account, '/matches').expect(200);
      expect(ids(mine.body.items)).toContain(interest.body.id);
    });

    it('experts and enterprises see open college needs in their recommendations, colleges do not', async () => {
      const forExpert = await get(
        expert.account,
        `/experts/${expert.expert.id}/recommendations?limit=50`,
      ).expect(200);
      expect(ids(forExpert.body)).toContain(need.id);
      const forEnterprise = await get(
        robots.account,
        `/enterprises/${robots.org.id}/recommendations`,
      ).expect(200);
      expect(ids(forEnterprise.body)[0]).toBe(need.id);
      expect(forEnterprise.body[0]).toMatchObject({ kind: 'demand', name: need.title });
      expect(forEnterprise.body[0].explanation.reasons.length).toBeGreaterThan(0);
      expect(
        forEnterprise.body.every((d: { profile: { kind: string } }) =>
          KINDS.includes(d.profile.kind),
        ),
      ).toBe(true);
      // What the enterprise was shown is recorded for matching:fit, paired with the need.
      const shown = await t.dataSource.query(
        `SELECT demand_id, organization_id FROM match_impressions
          WHERE subject_id = $1 AND subject_kind = 'enterprise'`,
        [robots.org.id],
      );
      expect(shown).toContainEqual({ demand_id: need.id, organization_id: robots.org.id });
      const ranked = await t.dataSource.query(
        `SELECT candidate_id FROM match_impressions
          WHERE subject_id = $1 AND candidate_kind = 'enterprise'`,
        [need.id],
      );
      expect(ranked).toContainEqual({ candidate_id: robots.org.id });
      expectProblem(
        await get(bakery.account, `/enterprises/${robots.org.id}/recommendations`),
        403,
        'NOT_ORGANIZATION_MEMBER',
      );
      const forCollege = await get(
        college.account,
        `/colleges/${college.org.id}/recommendations?limit=50`,
      ).expect(200);
      expect(
        forCollege.body.some((d: { profile: { kind: string } }) => KINDS.includes(d.profile.kind)),
      ).toBe(false);
    });
  });
});
