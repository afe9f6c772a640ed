import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  collegeBody,
  createAdmin,
  createTestApp,
  expectProblem,
  expertBody,
  expertWithProfile,
  registerAccount,
  type TestApp,
  verifiedCollege,
} from './support';

/** A marker no other test's data contains, to scope list queries to this test's records. */
const tag = () => randomBytes(4).toString('hex');
const idsOf = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

function offerBody(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'consulting_service',
    title: '光伏玻璃钢化工艺咨询',
    description: '钢化炉参数诊断',
    fields: ['光伏玻璃'],
    tags: ['钢化'],
    industryCodes: ['3042'],
    ...overrides,
  };
}

describe('experts and offers', () => {
  let t: TestApp;
  let admin: Account;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await createAdmin(t);
  });
  afterAll(() => t.close());

  const getExpert = (id: string, account?: { token: string }) => {
    const req = request(t.http).get(`${API}/experts/${id}`);
    return account ? req.set(auth(account)) : req;
  };
  const postOffer = (account: { token: string }, body: Record<string, unknown> = offerBody()) =>
    request(t.http).post(`${API}/offers`).set(auth(account)).send(body);
  const eventsOf = (aggregateId: string) =>
    t.dataSource.query(
      `SELECT event_type AS type, aggregate_version AS version, payload FROM outbox_events
        WHERE aggregate_id = $1 ORDER BY id`,
      [aggregateId],
    ) as Promise<{ type: string; version: number; payload: Record<string, unknown> }[]>;

  describe('expert profiles', () => {
    it('an expert creates one profile; its contact is shown to the owner only', async () => {
      const name = `李${tag()}`;
      const contact = { phone: '13900001111', email: `li-${tag()}@example.cn` };
      const owner = await registerAccount(t.http, Role.Expert);
      const created = await request(t.http)
        .post(`${API}/experts`)
        .set(auth(owner))
        .send(expertBody({ name, contact }))
        .expect(201);
      expect(created.body).toMatchObject({
        name,
        isPublic: true,
        availability: 'available',
        version: 1,
        contact,
      });
      expect(created.body).not.toHaveProperty('userId');
      expectProblem(
        await request(t.http).post(`${API}/experts`).set(auth(owner)).send(expertBody()),
        409,
        'EXPERT_PROFILE_EXISTS',
      );
      const id: string = created.body.id;

      expect((await getExpert(id, owner).expect(200)).body.contact).toEqual(contact);
      const others = [
        undefined,
        await registerAccount(t.http, Role.Expert),
        await registerAccount(t.http, Role.Enterprise),
      ];
      for (const viewer of others) {
        const seen = await getExpert(id, viewer).expect(200);
        expect(seen.body).toMatchObject({ id, name });
        expect(seen.body).not.toHaveProperty('contact');
        const listed = await request(t.http)
          .get(`${API}/experts`)
          .query({ q: name })
          .set(viewer ? auth(viewer) : {})
          .expect(200);
        expect(listed.body.items).toEqual([expect.objectContaining({ id, name })]);
        expect(JSON.stringify([seen.body, listed.body])).not.toMatch(
          new RegExp(`${contact.phone}|${contact.email}|contact`),
        );
      }
    });

    it('a hidden profile is 404 to others, still 200 to its owner', async () => {
      const name = `隐${tag()}`;
      const { account, expert } = await expertWithProfile(t.http, { name, isPublic: false });
      const other = await registerAccount(t.http, Role.Expert);
      expectProblem(await getExpert(expert.id), 404, 'NOT_FOUND');
      expectProblem(await getExpert(expert.id, other), 404, 'NOT_FOUND');
      expectProblem(
        await request(t.http)
          .patch(`${API}/experts/${expert.id}`)
          .set(auth(other))
          .send({ bio: 'x' }),
        404,
        'NOT_FOUND',
      );
      expect((await getExpert(expert.id, account).expect(200)).body.isPublic).toBe(false);
      expect(idsOf((await request(t.http).get(`${API}/experts`).query({ q: name })).body)).toEqual(
        [],
      );

      await request(t.http)
        .patch(`${API}/experts/${expert.id}`)
        .set(auth(account))
        .send({ isPublic: true })
        .expect(200);
      await getExpert(expert.id).expect(200);
    });

    it('only its expert (or an admin) changes a profile', async () => {
      const { account, expert } = await expertWithProfile(t.http);
      const other = await expertWithProfile(t.http);
      expectProblem(
        await request(t.http)
          .patch(`${API}/experts/${expert.id}`)
          .set(auth(other.account))
          .send({ name: '冒名顶替', contact: { phone: '13000000000' } }),
        403,
        'NOT_PROFILE_OWNER',
      );
      for (const role of [Role.Enterprise, Role.College]) {
        expectProblem(
          await request(t.http)
            .patch(`${API}/experts/${expert.id}`)
            .set(auth(await registerAccount(t.http, role)))
            .send({ name: '冒名顶替' }),
          403,
          'ROLE_FORBIDDEN',
        );
      }
      expectProblem(
        await request(t.http).patch(`${API}/experts/${expert.id}`).send({ name: '冒名顶替' }),
        401,
        'AUTH_REQUIRED',
      );
      const unchanged = await getExpert(expert.id, account).expect(200);
      expect(unchanged.body).toMatchObject({
        name: expert.name,
        version: 1,
        contact: expertBody().contact,
      });

      const edited = await request(t.http)
        .patch(`${API}/experts/${expert.id}`)
        .set(auth(account))
        .send({ availability: 'limited', skills: ['镀膜'] })
        .expect(200);
      expect(edited.body).toMatchObject({ availability: 'limited', skills: ['镀膜'], version: 2 });
      const byAdmin = await request(t.http)
        .patch(`${API}/experts/${expert.id}`)
        .set(auth(admin))
        .send({ title: '正高级工程师' })
        .expect(200);
      expect(byAdmin.body).toMatchObject({ title: '正高级工程师', version: 3 });
    });

    it('lists public profiles by service, district, availability, industry and text', async () => {
      const m = tag();
      const { expert } = await expertWithProfile(t.http, {
        name: `周${m}`,
        district: '130304',
        industryCodes: ['3042'],
        fields: [`镀膜${m}`],
        skills: [`钢化${m}`],
        services: ['part_time_teaching'],
        availability: 'limited',
      });
      const find = async (query: Record<string, string | number>) =>
        idsOf(
          (
            await request(t.http)
              .get(`${API}/experts`)
              .query({ q: m, ...query })
              .expect(200)
          ).body,
        );

      const matching: Record<string, string>[] = [
        { service: 'part_time_teaching' },
        { district: '130304' },
        { availability: 'limited' },
        { industry: 'C' },
        { industry: '30' },
        { industry: '304' },
        { industry: '3042' },
        { q: `周${m}` },
        { q: `镀膜${m}` },
        { q: `钢化${m}` },
        { q: m.toUpperCase() },
      ];
      const notMatching: Record<string, string>[] = [
        { service: 'rnd' },
        { district: '130302' },
        { availability: 'available' },
        { industry: 'D' },
        { industry: '31' },
        { industry: '3041' },
        { q: `周${m}x` },
        // LIKE wildcards are literal: unescaped, these would match the expert above.
        { q: `%${m}` },
        { q: `周_${m.slice(1)}` },
      ];
      for (const query of matching) {
        expect({ query, ids: await find(query) }).toEqual({ query, ids: [expert.id] });
      }
      for (const query of notMatching) {
        expect({ query, ids: await find(query) }).toEqual({ query, ids: [] });
      }
    });

    it('pages the list, with the page size capped at 100', async () => {
      const m = tag();
      const a = await expertWithProfile(t.http, { name: `甲${m}` });
      const b = await expertWithProfile(t.http, { name: `乙${m}` });
      const page = async (n: number) =>
        (
          await request(t.http)
            .get(`${API}/experts`)
            .query({ q: m, pageSize: 1, page: n })
            .expect(200)
        ).body;
      const [first, second] = [await page(1), await page(2)];
      expect([first.total, second.total]).toEqual([2, 2]);
      expect([...idsOf(first), ...idsOf(second)].sort()).toEqual([a.expert.id, b.expert.id].sort());
      await request(t.http).get(`${API}/experts`).query({ pageSize: 100 }).expect(200);
      const tooBig = expectProblem(
        await request(t.http).get(`${API}/experts`).query({ pageSize: 101 }),
        400,
        'VALIDATION_FAILED',
      );
      expect(tooBig.errors?.map((e) => e.field)).toEqual(['pageSize']);
      for (const query of [{ page: 0 }, { service: 'teaching' }, { industry: 'ZZ' }]) {
        expectProblem(
          await request(t.http).get(`${API}/experts`).query(query),
          400,
          'VALIDATION_FAILED',
        );
      }
    });
  });

  describe('offers', () => {
    it('experts with a profile and verified colleges publish; nobody else', async () => {
      const noProfile = await registerAccount(t.http, Role.Expert);
      expectProblem(await postOffer(noProfile), 409, 'EXPERT_PROFILE_REQUIRED');
      const { account: expertAccount, expert } = await expertWithProfile(t.http);
      const byExpert = await postOffer(expertAccount).expect(201);
      expect(byExpert.body).toMatchObject({
        providerType: 'expert',
        expertId: expert.id,
        organizationId: null,
        status: 'active',
        version: 1,
      });
      expect(byExpert.body).not.toHaveProperty('createdBy');

      const noCollege = await registerAccount(t.http, Role.College);
      expectProblem(await postOffer(noCollege), 409, 'COLLEGE_REQUIRED');
      const pending = await registerAccount(t.http, Role.College);
      await request(t.http)
        .post(`${API}/colleges`)
        .set(auth(pending))
        .send(collegeBody())
        .expect(201);
      expectProblem(await postOffer(pending), 409, 'ORG_NOT_VERIFIED');
      const { account: collegeAccount, org } = await verifiedCollege(t, admin);
      const byCollege = await postOffer(
        collegeAccount,
        offerBody({ kind: 'training_programme' }),
      ).expect(201);
      expect(byCollege.body).toMatchObject({
        providerType: 'college',
        organizationId: org.id,
        expertId: null,
      });

      const enterprise = await registerAccount(t.http, Role.Enterprise);
      expectProblem(await postOffer(enterprise), 403, 'ROLE_FORBIDDEN');
      expectProblem(await postOffer(admin), 403, 'ROLE_FORBIDDEN');
      expectProblem(
        await request(t.http).post(`${API}/offers`).send(offerBody()),
        401,
        'AUTH_REQUIRED',
      );
      const refused = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM offers WHERE created_by = ANY($1)',
        [[noProfile.id, noCollege.id, pending.id, enterprise.id, admin.id]],
      );
      expect(refused[0].n).toBe(0);
    });

    it('lists active offers by kind, provider, industry and title', async () => {
      const m = tag();
      const { account: expertAccount, expert } = await expertWithProfile(t.http);
      const { account: collegeAccount, org } = await verifiedCollege(t, admin);
      const consulting = (
        await postOffer(
          expertAccount,
          offerBody({ title: `钢化工艺咨询${m}`, industryCodes: ['3042'] }),
        ).expect(201)
      ).body.id;
      const training = (
        await postOffer(
          collegeAccount,
          offerBody({
            kind: 'training_programme',
            title: `水泥窑操作培训${m}`,
            industryCodes: ['3011'],
          }),
        ).expect(201)
      ).body.id;
      const find = async (query: Record<string, string>) =>
        idsOf(
          (
            await request(t.http)
              .get(`${API}/offers`)
              .query({ q: m, ...query })
              .expect(200)
          ).body,
        );

      expect((await find({})).sort()).toEqual([consulting, training].sort());
      expect(await find({ kind: 'consulting_service' })).toEqual([consulting]);
      expect(await find({ kind: 'research_result' })).toEqual([]);
      expect(await find({ providerType: 'college' })).toEqual([training]);
      expect(await find({ providerType: 'expert' })).toEqual([consulting]);
      expect((await find({ industry: 'C' })).sort()).toEqual([consulting, training].sort());
      expect(await find({ industry: '304' })).toEqual([consulting]);
      expect(await find({ industry: '3011' })).toEqual([training]);
      expect(await find({ industry: 'D' })).toEqual([]);
      expect(await find({ q: `钢化工艺咨询${m}` })).toEqual([consulting]);
      expect(await find({ q: m.toUpperCase(), kind: 'training_programme' })).toEqual([training]);
      expect(await find({ organizationId: org.id })).toEqual([training]);
      expect(await find({ expertId: expert.id })).toEqual([consulting]);
      expectProblem(
        await request(t.http).get(`${API}/offers`).query({ kind: 'patent' }),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('only the provider changes an offer; archiving takes it off the list', async () => {
      const m = tag();
      const { account } = await expertWithProfile(t.http);
      const offer = (await postOffer(account, offerBody({ title: `镀膜咨询${m}` })).expect(201))
        .body;
      const otherExpert = await expertWithProfile(t.http);
      const college = await verifiedCollege(t, admin);
      for (const intruder of [otherExpert.account, college.account]) {
        expectProblem(
          await request(t.http)
            .patch(`${API}/offers/${offer.id}`)
            .set(auth(intruder))
            .send({ title: '被别人改了标题', status: 'archived' }),
          403,
          'NOT_OFFER_OWNER',
        );
      }
      expectProblem(
        await request(t.http)
          .patch(`${API}/offers/${offer.id}`)
          .set(auth(await registerAccount(t.http, Role.Enterprise)))
          .send({ status: 'archived' }),
        403,
        'ROLE_FORBIDDEN',
      );
      const unchanged = await request(t.http).get(`${API}/offers/${offer.id}`).expect(200);
      expect(unchanged.body).toMatchObject({ title: offer.title, status: 'active', version: 1 });
      expectProblem(
        await request(t.http)
          .patch(`${API}/offers/00000000-0000-4000-8000-000000000000`)
          .set(auth(account))
          .send({ status: 'archived' }),
        404,
        'NOT_FOUND',
      );
      expectProblem(
        await request(t.http)
          .patch(`${API}/offers/nope`)
          .set(auth(account))
          .send({ status: 'archived' }),
        400,
        'INVALID_ID',
      );

      const listed = () => request(t.http).get(`${API}/offers`).query({ q: m }).expect(200);
      expect(idsOf((await listed()).body)).toEqual([offer.id]);
      const archived = await request(t.http)
        .patch(`${API}/offers/${offer.id}`)
        .set(auth(account))
        .send({ status: 'archived' })
        .expect(200);
      expect(archived.body).toMatchObject({ status: 'archived', version: 2 });
      expect(idsOf((await listed()).body)).toEqual([]);
    });
    it('a provider that leaves public view takes its offers along, but still manages them', async () => {
      const m = tag();
      const college = await verifiedCollege(t, admin);
      const collegeOffer = (
        await postOffer(college.account, offerBody({ title: `院校成果${m}` })).expect(201)
      ).body;
      const { account: expertAccount, expert } = await expertWithProfile(t.http);
      const expertOffer = (
        await postOffer(expertAccount, offerBody({ title: `专家服务${m}` })).expect(201)
      ).body;
      const listed = async () =>
        idsOf((await request(t.http).get(`${API}/offers`).query({ q: m }).expect(200)).body);
      expect((await listed()).sort()).toEqual([collegeOffer.id, expertOffer.id].sort());

      // Renaming sends the college back to review; hiding the profile takes the expert off the lists.
      await request(t.http)
        .patch(`${API}/colleges/${college.org.id}`)
        .set(auth(college.account))
        .send({ name: `改名后的职业学院${m}` })
        .expect(200);
      await request(t.http)
        .patch(`${API}/experts/${expert.id}`)
        .set(auth(expertAccount))
        .send({ isPublic: false })
        .expect(200);
      expect(await listed()).toEqual([]);
      await request(t.http).get(`${API}/offers/${collegeOffer.id}`).expect(404);
      await request(t.http).get(`${API}/offers/${expertOffer.id}`).expect(404);
      await request(t.http)
        .get(`${API}/offers/${expertOffer.id}`)
        .set(auth(expertAccount))
        .expect(200);

      const archived = await request(t.http)
        .patch(`${API}/offers/${collegeOffer.id}`)
        .set(auth(college.account))
        .send({ status: 'archived' })
        .expect(200);
      expect(archived.body.status).toBe('archived');
    });

    it('an empty edit changes nothing and records no event', async () => {
      const { account, expert } = await expertWithProfile(t.http);
      const offer = (await postOffer(account).expect(201)).body;
      await request(t.http)
        .patch(`${API}/experts/${expert.id}`)
        .set(auth(account))
        .send({})
        .expect(200);
      await request(t.http)
        .patch(`${API}/offers/${offer.id}`)
        .set(auth(account))
        .send({})
        .expect(200);
      expect((await eventsOf(expert.id)).map((e) => e.version)).toEqual([1]);
      expect((await eventsOf(offer.id)).map((e) => e.version)).toEqual([1]);
    });
  });

  describe('input the validators accept is stored safely', () => {
    it('a null where a value is required is a 400, never a 500 (experts and offers)', async () => {
      const { account, expert } = await expertWithProfile(t.http);
      for (const body of [{ name: null }, { services: null }, { contact: null }]) {
        const res = await request(t.http)
          .patch(`${API}/experts/${expert.id}`)
          .set(auth(account))
          .send(body);
        expect({ body, status: res.status, code: res.body.code }).toEqual({
          body,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
      }
      const fresh = await registerAccount(t.http, Role.Expert);
      expectProblem(
        await request(t.http)
          .post(`${API}/experts`)
          .set(auth(fresh))
          .send(expertBody({ availability: null })),
        400,
        'VALIDATION_FAILED',
      );
      const offer = (await postOffer(account).expect(201)).body;
      for (const body of [{ title: null }, { status: null }]) {
        const res = await request(t.http)
          .patch(`${API}/offers/${offer.id}`)
          .set(auth(account))
          .send(body);
        expect({ body, status: res.status, code: res.body.code }).toEqual({
          body,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
      }
      expectProblem(
        await postOffer(account, offerBody({ description: null })),
        400,
        'VALIDATION_FAILED',
      );
      expect((await getExpert(expert.id, account).expect(200)).body.version).toBe(1);
      expect(
        (await request(t.http).get(`${API}/offers/${offer.id}`).expect(200)).body.version,
      ).toBe(1);
    });

    it('industry codes are stored in canonical form, so the filters find them', async () => {
      // 'C3042' (section letter prefixed, as on business licences) passes the validator.
      const m = tag();
      const { account, expert } = await expertWithProfile(t.http, {
        name: `码${m}`,
        industryCodes: ['C3042'],
      });
      const experts = await request(t.http)
        .get(`${API}/experts`)
        .query({ q: m, industry: '30' })
        .expect(200);
      expect(idsOf(experts.body)).toEqual([expert.id]);
      expect((await getExpert(expert.id).expect(200)).body.industryCodes).toEqual(['3042']);

      const offer = await postOffer(
        account,
        offerBody({ title: `钢化咨询${m}`, industryCodes: ['c3042'] }),
      ).expect(201);
      const offers = await request(t.http)
        .get(`${API}/offers`)
        .query({ q: m, industry: '3042' })
        .expect(200);
      expect(idsOf(offers.body)).toEqual([offer.body.id]);
      expect(offer.body.industryCodes).toEqual(['3042']);
    });
  });

  it('records expert and offer events in the outbox, without contact details', async () => {
    const contact = { phone: '13911112222', email: `outbox-${tag()}@example.cn` };
    const { account, expert } = await expertWithProfile(t.http, { contact });
    await request(t.http)
      .patch(`${API}/experts/${expert.id}`)
      .set(auth(account))
      .send({ availability: 'unavailable', contact: { ...contact, wechat: 'li_wechat' } })
      .expect(200);
    const offer = (await postOffer(account).expect(201)).body;
    await request(t.http)
      .patch(`${API}/offers/${offer.id}`)
      .set(auth(account))
      .send({ status: 'archived' })
      .expect(200);

    const expertEvents = await eventsOf(expert.id);
    expect(expertEvents.map((e) => [e.type, e.version])).toEqual([
      ['expert.registered', 1],
      ['expert.updated', 2],
    ]);
    expect(expertEvents[1].payload).toMatchObject({
      expertId: expert.id,
      availability: 'unavailable',
    });
    const offerEvents = await eventsOf(offer.id);
    expect(offerEvents.map((e) => [e.type, e.version])).toEqual([
      ['offer.published', 1],
      ['offer.updated', 2],
    ]);
    expect(offerEvents[0].payload).toMatchObject({ offerId: offer.id, providerType: 'expert' });
    const payloads = JSON.stringify([...expertEvents, ...offerEvents].map((e) => e.payload));
    expect(payloads).not.toMatch(
      new RegExp(`phone|email|wechat|contact|${contact.phone}|${contact.email}|li_wechat`),
    );
  });
});
