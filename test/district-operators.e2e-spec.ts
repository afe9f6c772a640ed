import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { LiveSessionCache } from '@app/identity';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createOperator,
  createTestApp,
  demandBody,
  enterpriseBody,
  eventually,
  expectProblem,
  registerAccount,
  type TestApp,
  withEnv,
} from './support';

interface Org {
  id: string;
  district: string;
  owner: Account;
}

interface AuditItem {
  action: string;
  actorId: string | null;
  actorRole: string | null;
  targetId: string;
  district: string | null;
  details: Record<string, unknown>;
}

describe('district operators (ADR 0016)', () => {
  let t: TestApp;
  let admin: Account;
  let operator: Account;
  /** Pending enterprises: two in the operator's districts, one outside. */
  let haigang: Org;
  let shanhaiguan: Org;
  let zone: Org;

  async function pendingEnterprise(district: string): Promise<Org> {
    const owner = await registerAccount(t.http, Role.Enterprise);
    const res = await request(t.http)
      .post(`${API}/enterprises`)
      .set(auth(owner))
      .send(enterpriseBody({ district }))
      .expect(201);
    return { id: res.body.id, district, owner };
  }

  async function auditOf(action: string, targetId: string): Promise<AuditItem[]> {
    const res = await request(t.http)
      .get(`${API}/admin/audit`)
      .query({ action, targetId })
      .set(auth(admin))
      .expect(200);
    return res.body.items as AuditItem[];
  }

  async function queueIds(account: Account, query: Record<string, string> = {}) {
    const res = await request(t.http)
      .get(`${API}/admin/organizations`)
      .query({ pageSize: '100', ...query })
      .set(auth(account))
      .expect(200);
    return res.body as { items: { id: string; district: string }[]; total: number };
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createAdmin(t);
    haigang = await pendingEnterprise('130302');
    shanhaiguan = await pendingEnterprise('130303');
    zone = await pendingEnterprise('ETDZ');
    operator = await createOperator(t, admin, ['130303', '130302']);
  });
  afterAll(() => t.close());

  it('the admin grants an account two districts: an operator now, audited, the account kept', async () => {
    const view = await request(t.http)
      .get(`${API}/admin/operators/${operator.id}`)
      .set(auth(admin))
      .expect(200);
    expect(view.body).toMatchObject({
      userId: operator.id,
      email: operator.email,
      districts: ['130302', '130303'],
      disabled: false,
    });
    const list = await request(t.http).get(`${API}/admin/operators`).set(auth(admin)).expect(200);
    expect(list.body.items.map((o: { userId: string }) => o.userId)).toContain(operator.id);

    const [granted] = await auditOf('operator.granted', operator.id);
    expect(granted).toMatchObject({
      actorId: admin.id,
      actorRole: 'admin',
      details: { districts: ['130302', '130303'], previousRole: 'expert' },
    });
    // The same token, and a fresh login, act as the operator.
    const me = await request(t.http).get(`${API}/me`).set(auth(operator)).expect(200);
    expect(me.body.user.role).toBe('operator');
    expect(me.body.operatorDistricts).toEqual(['130302', '130303']);
    await request(t.http)
      .post(`${API}/auth/login`)
      .send({ email: operator.email, password: operator.password })
      .expect(200);
  });

  it('lists the verification queue of its districts only', async () => {
    const queue = await queueIds(operator);
    const ids = queue.items.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining([haigang.id, shanhaiguan.id]));
    expect(ids).not.toContain(zone.id);
    expect(queue.items.every((o) => ['130302', '130303'].includes(o.district))).toBe(true);
    expect(queue.total).toBe(queue.items.length);
    // Asking for a district outside its scope lists nothing.
    expect((await queueIds(operator, { district: 'ETDZ' })).items).toEqual([]);
    // The admin sees all three.
    expect((await queueIds(admin)).items.map((o) => o.id)).toEqual(
      expect.arrayContaining([haigang.id, shanhaiguan.id, zone.id]),
    );
    // Pending organisations in lists with a status filter: its districts only, too.
    const pending = await request(t.http)
      .get(`${API}/enterprises`)
      .query({ status: 'pending', pageSize: '100' })
      .set(auth(operator))
      .expect(200);
    const pendingIds = pending.body.items.map((o: { id: string }) => o.id);
    expect(pendingIds).toContain(haigang.id);
    expect(pendingIds).not.toContain(zone.id);
  });

  it('totals cover its districts only', async () => {
    const mine = await request(t.http)
      .get(`${API}/admin/organizations/totals`)
      .set(auth(operator))
      .expect(200);
    expect(
      mine.body.districts.every((d: { district: string }) =>
        ['130302', '130303'].includes(d.district),
      ),
    ).toBe(true);
    expect(mine.body.pending).toBeGreaterThanOrEqual(2);
    const city = await request(t.http)
      .get(`${API}/admin/organizations/totals`)
      .set(auth(admin))
      .expect(200);
    expect(city.body.districts).toEqual(
      expect.arrayContaining([expect.objectContaining({ district: 'ETDZ', kind: 'enterprise' })]),
    );
    expect(city.body.pending).toBe(mine.body.pending + 1);
  });

  it('verifies one in its district (audited with its districts) and reads it with admin fields', async () => {
    const res = await request(t.http)
      .post(`${API}/admin/organizations/${haigang.id}/verify`)
      .set(auth(operator))
      .expect(200);
    expect(res.body.status).toBe('verified');
    const [entry] = await auditOf('organization.verified', haigang.id);
    expect(entry).toMatchObject({
      actorId: operator.id,
      actorRole: 'operator',
      district: '130302',
      details: { operatorDistricts: ['130302', '130303'] },
    });
    const read = await request(t.http)
      .get(`${API}/enterprises/${shanhaiguan.id}`)
      .set(auth(operator))
      .expect(200);
    expect(read.body).toMatchObject({ status: 'pending', creditCode: expect.any(String) });
  });

  it('answers 404 for an organisation outside its districts, and changes nothing', async () => {
    expectProblem(
      await request(t.http)
        .post(`${API}/admin/organizations/${zone.id}/verify`)
        .set(auth(operator)),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await request(t.http)
        .post(`${API}/admin/organizations/${zone.id}/reject`)
        .set(auth(operator))
        .send({ reason: '材料不全' }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await request(t.http).get(`${API}/enterprises/${zone.id}`).set(auth(operator)),
      404,
      'NOT_FOUND',
    );
    const batch = await request(t.http)
      .post(`${API}/admin/organizations/verifications`)
      .set(auth(operator))
      .send({ decisions: [{ organizationId: zone.id, decision: 'verify' }] })
      .expect(200);
    expect(batch.body).toEqual([
      expect.objectContaining({ organizationId: zone.id, outcome: 'failed', code: 'NOT_FOUND' }),
    ]);
    const still = await request(t.http)
      .get(`${API}/enterprises/${zone.id}`)
      .set(auth(admin))
      .expect(200);
    expect(still.body.status).toBe('pending');
  });

  it("sees only its districts' demands in the admin lists; a demand's district is its organisation's", async () => {
    for (const org of [shanhaiguan, zone]) {
      await request(t.http)
        .post(`${API}/admin/organizations/${org.id}/verify`)
        .set(auth(admin))
        .expect(200);
    }
    const draft = async (org: Org, overrides: Record<string, unknown> = {}) =>
      (
        await request(t.http)
          .post(`${API}/demands`)
          .set(auth(org.owner))
          .send(demandBody('rnd', overrides))
          .expect(201)
      ).body.id as string;
    const inside = await draft(shanhaiguan);
    // Work located in the zone, posted by an enterprise of Shanhaiguan: the operator's.
    const insideElsewhere = await draft(shanhaiguan, { district: 'ETDZ' });
    const outside = await draft(zone);
    // Work located in Haigang, posted by an enterprise of the zone: not the operator's.
    const outsideHere = await draft(zone, { district: '130302' });

    const drafts = await request(t.http)
      .get(`${API}/demands`)
      .query({ status: 'draft', pageSize: '100' })
      .set(auth(operator))
      .expect(200);
    const ids = drafts.body.items.map((d: { id: string }) => d.id);
    expect(ids).toEqual(expect.arrayContaining([inside, insideElsewhere]));
    expect(ids).not.toContain(outside);
    expect(ids).not.toContain(outsideHere);
    expect(drafts.body.total).toBe(ids.length);

    await request(t.http).get(`${API}/demands/${inside}`).set(auth(operator)).expect(200);
    expectProblem(
      await request(t.http).get(`${API}/demands/${outsideHere}`).set(auth(operator)),
      404,
      'NOT_FOUND',
    );
    // The admin sees every draft.
    const all = await request(t.http)
      .get(`${API}/demands`)
      .query({ status: 'draft', pageSize: '100' })
      .set(auth(admin))
      .expect(200);
    expect(all.body.items.map((d: { id: string }) => d.id)).toEqual(
      expect.arrayContaining([inside, insideElsewhere, outside, outsideHere]),
    );
  });

  it('gets 403 PLATFORM_ADMIN_ONLY on platform-only routes', async () => {
    const attempts = [
      request(t.http)
        .post(`${API}/admin/operators`)
        .set(auth(operator))
        .send({ email: zone.owner.email, districts: ['ETDZ'] }),
      request(t.http).get(`${API}/admin/operators`).set(auth(operator)),
      request(t.http).delete(`${API}/admin/operators/${operator.id}`).set(auth(operator)),
      request(t.http).get(`${API}/admin/email-deliveries`).set(auth(operator)),
      request(t.http).get(`${API}/admin/imports/${zone.id}`).set(auth(operator)),
      request(t.http)
        .patch(`${API}/enterprises/${shanhaiguan.id}`)
        .set(auth(operator))
        .send({ description: '改' }),
    ];
    for (const res of await Promise.all(attempts)) {
      expectProblem(res, 403, 'PLATFORM_ADMIN_ONLY');
    }
    const dashboard = await request(t.http).get('/api/admin/queues').set(auth(operator));
    expect(dashboard.status).toBe(403);
  });

  it('a non-admin cannot grant (403), and bad grants are 4xx with codes', async () => {
    const someone = await registerAccount(t.http, Role.Expert);
    expectProblem(
      await request(t.http)
        .post(`${API}/admin/operators`)
        .set(auth(haigang.owner))
        .send({ email: someone.email, districts: ['130302'] }),
      403,
      'ROLE_FORBIDDEN',
    );
    const grant = (body: Record<string, unknown>) =>
      request(t.http).post(`${API}/admin/operators`).set(auth(admin)).send(body);
    const fieldCode = (body: { errors?: { field: string; code: string }[] }) =>
      body.errors?.map((e) => `${e.field}:${e.code}`);

    let problem = expectProblem(
      await grant({ email: someone.email, districts: ['130302', '999999'] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldCode(problem)).toEqual(['districts:UNKNOWN_DISTRICT']);
    problem = expectProblem(
      await grant({ email: someone.email, districts: [] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldCode(problem)).toEqual(['districts:DISTRICTS_REQUIRED']);
    problem = expectProblem(
      await grant({ email: someone.email, userId: someone.id, districts: ['130302'] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldCode(problem)).toEqual(['userId:USER_REQUIRED']);
    expectProblem(await grant({ districts: ['130302'] }), 400, 'VALIDATION_FAILED');
    expectProblem(await grant({ email: someone.email }), 400, 'VALIDATION_FAILED');
    expectProblem(
      await grant({ email: someone.email, districts: '130302' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await grant({ email: 'nobody-here@test.chanjiao.cn', districts: ['130302'] }),
      404,
      'USER_NOT_FOUND',
    );
    expectProblem(
      await grant({ userId: '00000000-0000-4000-8000-00000000abcd', districts: ['130302'] }),
      404,
      'USER_NOT_FOUND',
    );
    expectProblem(
      await grant({ userId: admin.id, districts: ['130302'] }),
      409,
      'ADMIN_NOT_GRANTABLE',
    );
    expectProblem(
      await grant({ userId: operator.id, districts: ['130302'] }),
      409,
      'ALREADY_OPERATOR',
    );
    expectProblem(
      await request(t.http)
        .put(`${API}/admin/operators/${someone.id}`)
        .set(auth(admin))
        .send({ districts: ['130302'] }),
      404,
      'OPERATOR_NOT_FOUND',
    );
    expectProblem(
      await request(t.http).delete(`${API}/admin/operators/${someone.id}`).set(auth(admin)),
      404,
      'OPERATOR_NOT_FOUND',
    );
    // Nothing changed for the account that was named in the bad requests.
    const me = await request(t.http).get(`${API}/me`).set(auth(someone)).expect(200);
    expect(me.body.user.role).toBe('expert');
  });

  it('a change of districts counts on the next request', async () => {
    const res = await request(t.http)
      .put(`${API}/admin/operators/${operator.id}`)
      .set(auth(admin))
      .send({ districts: ['ETDZ', '130303'] })
      .expect(200);
    expect(res.body.districts).toEqual(['130303', 'ETDZ']);
    const [changed] = await auditOf('operator.changed', operator.id);
    expect(changed.details).toMatchObject({ added: ['ETDZ'], removed: ['130302'] });

    const other = await pendingEnterprise('ETDZ');
    const queue = (await queueIds(operator)).items;
    expect(queue.map((o) => o.id)).toContain(other.id);
    expect(queue.every((o) => ['130303', 'ETDZ'].includes(o.district))).toBe(true);
  });

  it('an operator does not review its own organisation', async () => {
    const own = await pendingEnterprise('130302');
    await request(t.http)
      .post(`${API}/admin/operators`)
      .set(auth(admin))
      .send({ userId: own.owner.id, districts: ['130302'] })
      .expect(201);
    expectProblem(
      await request(t.http)
        .post(`${API}/admin/organizations/${own.id}/verify`)
        .set(auth(own.owner)),
      403,
      'OWN_ORGANIZATION',
    );
    const [granted] = await auditOf('operator.granted', own.owner.id);
    expect(granted.details).toMatchObject({ previousRole: 'enterprise' });
  });

  it('revoking the grant takes effect on the next request; the account stays', async () => {
    const fresh = await request(t.http)
      .post(`${API}/auth/login`)
      .send({ email: operator.email, password: operator.password })
      .expect(200);
    const other = { token: fresh.body.accessToken as string };
    // Both sessions are cached as live now.
    await queueIds(operator);
    await queueIds({ ...operator, token: other.token });

    await request(t.http)
      .delete(`${API}/admin/operators/${operator.id}`)
      .set(auth(admin))
      .expect(204);

    for (const token of [operator.token, other.token]) {
      expectProblem(
        await request(t.http).get(`${API}/admin/organizations`).set(auth({ token })),
        403,
        'NO_DISTRICTS_GRANTED',
      );
      expectProblem(
        await request(t.http).get(`${API}/admin/organizations/totals`).set(auth({ token })),
        403,
        'NO_DISTRICTS_GRANTED',
      );
      expectProblem(
        await request(t.http)
          .post(`${API}/admin/organizations/${shanhaiguan.id}/reject`)
          .set(auth({ token }))
          .send({ reason: '材料不全' }),
        403,
        'NO_DISTRICTS_GRANTED',
      );
      expectProblem(
        await request(t.http).get(`${API}/demands`).query({ status: 'draft' }).set(auth({ token })),
        400,
        'VALIDATION_FAILED',
      );
    }
    const [revoked] = await auditOf('operator.revoked', operator.id);
    expect(revoked.details).toEqual({ districts: ['130303', 'ETDZ'] });
    const view = await request(t.http)
      .get(`${API}/admin/operators/${operator.id}`)
      .set(auth(admin))
      .expect(200);
    expect(view.body.districts).toEqual([]);
    await request(t.http).get(`${API}/me`).set(auth(operator)).expect(200);
    // Revoking again is a no-op; granting again goes through PUT.
    await request(t.http)
      .delete(`${API}/admin/operators/${operator.id}`)
      .set(auth(admin))
      .expect(204);
    await request(t.http)
      .put(`${API}/admin/operators/${operator.id}`)
      .set(auth(admin))
      .send({ districts: ['130302'] })
      .expect(200);
    expect((await queueIds(operator)).items.every((o) => o.district === '130302')).toBe(true);
  });
});

/**
 * Two api instances whose session caches trust a live session for a minute: a grant changed on
 * one reaches the other within the test's seconds only through the revocation broadcast.
 */
describe('district operator grants across api instances', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    [a, b] = await withEnv({ SESSION_CACHE_TTL_MS: '60000' }, async () => [
      await createTestApp(),
      await createTestApp(),
    ]);
    for (const t of [a, b]) {
      await eventually(async () => t.app.get(LiveSessionCache).begin() !== undefined || undefined);
    }
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('a change and a revocation on one instance count on the other at once', async () => {
    const admin = await createAdmin(a);
    const owner = await registerAccount(a.http, Role.Enterprise);
    const zone = await request(a.http)
      .post(`${API}/enterprises`)
      .set(auth(owner))
      .send(enterpriseBody({ district: 'ETDZ' }))
      .expect(201);
    const operator = await createOperator(a, admin, ['130302']);
    const queueOnB = () =>
      request(b.http)
        .get(`${API}/admin/organizations`)
        .query({ pageSize: '100' })
        .set(auth(operator));
    const before = await queueOnB().expect(200);
    expect(before.body.items.map((o: { id: string }) => o.id)).not.toContain(zone.body.id);

    await request(a.http)
      .put(`${API}/admin/operators/${operator.id}`)
      .set(auth(admin))
      .send({ districts: ['ETDZ'] })
      .expect(200);
    await eventually(async () => {
      const res = await queueOnB().expect(200);
      return res.body.items.some((o: { id: string }) => o.id === zone.body.id) ? true : undefined;
    }, 5000);

    await request(a.http)
      .delete(`${API}/admin/operators/${operator.id}`)
      .set(auth(admin))
      .expect(204);
    const refused = await eventually(async () => {
      const res = await queueOnB();
      return res.status === 403 ? res : undefined;
    }, 5000);
    expectProblem(refused, 403, 'NO_DISTRICTS_GRANTED');
  });
});
