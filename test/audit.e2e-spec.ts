import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { AuditActions, AuditLog, AuditTargets } from '@app/audit';
import { generateUscc } from '@app/reference';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createOperator,
  createTestApp,
  csvFile,
  demandBody,
  ENTERPRISE_IMPORT_HEADERS,
  enterpriseBody,
  enterpriseImportRow,
  expectProblem,
  expertWithProfile,
  registerAccount,
  type TestApp,
  uploadImport,
  verifiedEnterprise,
} from './support';

interface EntryView {
  id: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string;
  organizationId: string | null;
  district: string | null;
  details: Record<string, unknown>;
  occurredAt: string;
}

describe('the audit log', () => {
  let t: TestApp;
  let admin: Account;

  const post = (account: Account, path: string, body: object = {}) =>
    request(t.http).post(`${API}${path}`).set(auth(account)).send(body);
  const audit = async (query: Record<string, string>): Promise<EntryView[]> => {
    const res = await request(t.http)
      .get(`${API}/admin/audit`)
      .query(query)
      .set(auth(admin))
      .expect(200);
    return res.body.items as EntryView[];
  };
  const rowsFor = async (targetId: string): Promise<number> =>
    Number(
      (
        await t.dataSource.query('SELECT count(*) AS n FROM audit_entries WHERE target_id = $1', [
          targetId,
        ])
      )[0].n,
    );

  async function pendingEnterprise(): Promise<{ owner: Account; id: string }> {
    const owner = await registerAccount(t.http, Role.Enterprise);
    const res = await post(owner, '/enterprises', enterpriseBody()).expect(201);
    return { owner, id: res.body.id as string };
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createAdmin(t);
  });
  afterAll(() => t.close());

  it('an admin verifying and rejecting an organisation leaves one entry each, with the reason', async () => {
    const { id } = await pendingEnterprise();
    await post(admin, `/admin/organizations/${id}/verify`).expect(200);
    let entries = await audit({ targetType: 'organization', targetId: id });
    expect(entries).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        actorRole: 'admin',
        action: 'organization.verified',
        targetType: 'organization',
        targetId: id,
        organizationId: id,
        district: '130302',
        details: {},
        occurredAt: expect.any(String),
      }),
    ]);

    // Refused (already verified): the rolled-back change leaves no entry.
    expectProblem(
      await post(admin, `/admin/organizations/${id}/verify`),
      409,
      'INVALID_STATUS_TRANSITION',
    );
    expect(await rowsFor(id)).toBe(1);

    await post(admin, `/admin/organizations/${id}/reject`, { reason: '营业执照不清晰' }).expect(
      200,
    );
    entries = await audit({ targetId: id });
    expect(entries.map((e) => e.action)).toEqual([
      'organization.rejected',
      'organization.verified',
    ]);
    expect(entries[0]).toMatchObject({
      actorId: admin.id,
      details: { reason: '营业执照不清晰' },
    });
    expect(await rowsFor(id)).toBe(2);
  });

  it('closing a demand records who closed it and why; a refused close records nothing', async () => {
    const { account: owner, org } = await verifiedEnterprise(t, admin);
    const draft = await post(owner, '/demands', demandBody('rnd')).expect(201);
    const demandId = draft.body.id as string;
    // A draft cannot be closed: 409, and no entry.
    expectProblem(
      await post(owner, `/demands/${demandId}/close`, { reason: 'filled' }),
      409,
      'INVALID_STATUS_TRANSITION',
    );
    expect(await rowsFor(demandId)).toBe(0);

    await post(owner, `/demands/${demandId}/publish`).expect(200);
    await post(owner, `/demands/${demandId}/close`, {
      reason: 'filled',
      note: '已找到合作方',
    }).expect(200);
    const entries = await audit({ action: 'demand.closed', targetId: demandId });
    expect(entries).toEqual([
      expect.objectContaining({
        actorId: owner.id,
        actorRole: 'enterprise',
        targetType: 'demand',
        targetId: demandId,
        organizationId: org.id,
        details: { reason: 'filled', note: '已找到合作方' },
      }),
    ]);
    expect(await rowsFor(demandId)).toBe(1);
  });

  it('a match reaching mutual acceptance records the contacts reveal, without the contacts', async () => {
    const { account: owner, org } = await verifiedEnterprise(t, admin);
    const draft = await post(owner, '/demands', demandBody('rnd')).expect(201);
    const demandId = draft.body.id as string;
    await post(owner, `/demands/${demandId}/publish`).expect(200);
    const { account: e, expert } = await expertWithProfile(t.http, {
      contact: { phone: '13955556666' },
    });
    const pending = await post(e, `/demands/${demandId}/interests`, { message: '可以合作' }).expect(
      201,
    );
    const id = pending.body.id as string;
    expect(await rowsFor(id)).toBe(0);
    await post(owner, `/matches/${id}/accept`).expect(200);

    const entries = await audit({ action: 'connection.contacts_revealed', targetId: id });
    expect(entries).toEqual([
      expect.objectContaining({
        actorId: owner.id,
        actorRole: 'enterprise',
        targetType: 'connection',
        targetId: id,
        organizationId: org.id,
        details: {
          demandId,
          candidateType: 'expert',
          expertId: expert.id,
          candidateOrganizationId: null,
        },
      }),
    ]);
    expect(JSON.stringify(entries)).not.toContain('13955556666');
    // A second accept is refused and records nothing more.
    expectProblem(await post(owner, `/matches/${id}/accept`), 409, 'INVALID_STATUS_TRANSITION');
    expect(await rowsFor(id)).toBe(1);
  });

  it('an applied import records the admin and the count', async () => {
    const dry = await uploadImport(
      t.http,
      admin,
      'enterprises',
      csvFile([ENTERPRISE_IMPORT_HEADERS, enterpriseImportRow(), enterpriseImportRow()]),
    ).expect(201);
    await request(t.http)
      .post(`${API}/admin/imports/${dry.body.id}/commit`)
      .set(auth(admin))
      .send({})
      .expect(200);
    const entries = await audit({ action: 'admin.import_applied', targetId: dry.body.id });
    expect(entries).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        targetType: 'import_batch',
        details: expect.objectContaining({ type: 'enterprises', created: 2 }),
      }),
    ]);
  });

  it('an entry written in a transaction that rolls back is gone with it', async () => {
    const targetId = '00000000-0000-4000-8000-00000000a0d1';
    await expect(
      t.dataSource.transaction(async (m) => {
        await t.app.get(AuditLog).record(m, {
          actor: { id: admin.id, role: Role.Admin },
          action: AuditActions.OrganizationVerified,
          target: { type: AuditTargets.Organization, id: targetId },
        });
        expect(await rowsFor(targetId)).toBe(0); // not visible outside the transaction yet
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await rowsFor(targetId)).toBe(0);
    // And it refuses to write outside a transaction at all.
    await expect(
      t.app.get(AuditLog).record(t.dataSource.manager, {
        actor: null,
        action: AuditActions.OrganizationVerified,
        target: { type: AuditTargets.Organization, id: targetId },
      }),
    ).rejects.toThrow(/inside a transaction/);
  });

  it('filters combine, newest first, paged; dates are checked', async () => {
    const { id } = await pendingEnterprise();
    await post(admin, `/admin/organizations/${id}/reject`, { reason: '材料不全' }).expect(200);
    await post(admin, `/admin/organizations/${id}/verify`).expect(200);

    const both = await audit({ organizationId: id, actorId: admin.id });
    expect(both.map((e) => e.action)).toEqual(['organization.verified', 'organization.rejected']);
    expect(await audit({ organizationId: id, action: 'organization.rejected' })).toHaveLength(1);
    const other = await registerAccount(t.http, Role.Enterprise);
    expect(await audit({ organizationId: id, actorId: other.id })).toEqual([]);

    const now = new Date();
    const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
    const inAnHour = new Date(now.getTime() + 3_600_000).toISOString();
    expect(await audit({ targetId: id, from: hourAgo, to: inAnHour })).toHaveLength(2);
    expect(await audit({ targetId: id, to: hourAgo })).toEqual([]);
    expect(await audit({ targetId: id, from: inAnHour })).toEqual([]);

    const page = await request(t.http)
      .get(`${API}/admin/audit`)
      .query({ targetId: id, pageSize: 1, page: 2 })
      .set(auth(admin))
      .expect(200);
    expect(page.body).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    expect(page.body.items.map((e: EntryView) => e.action)).toEqual(['organization.rejected']);

    for (const query of [
      { from: '2026-02-30' },
      { actorId: 'not-a-uuid' },
      { action: 'organization.deleted' },
      { targetType: 'user; DROP TABLE' },
    ]) {
      expectProblem(
        await request(t.http).get(`${API}/admin/audit`).query(query).set(auth(admin)),
        400,
        'VALIDATION_FAILED',
      );
    }
  });

  it('shows a district operator the entries of its districts only', async () => {
    // Two organisations, verified: one in each district (the entry carries the district).
    const near = await verifiedEnterprise(t, admin, { district: '130302' });
    const far = await verifiedEnterprise(t, admin, {
      district: '130303',
      creditCode: generateUscc(`audit-far-${Date.now()}`, '130303'),
    });
    const operator = await createOperator(t, admin, ['130302']);
    const list = (account: Account, query: Record<string, string>) =>
      request(t.http).get(`${API}/admin/audit`).query(query).set(auth(account));
    const mine = await list(operator, { action: 'organization.verified', pageSize: '100' }).expect(
      200,
    );
    const targets = (mine.body.items as EntryView[]).map((e) => e.targetId);
    expect(targets).toContain(near.org.id);
    expect(targets).not.toContain(far.org.id);
    expect((mine.body.items as EntryView[]).every((e) => e.district === '130302')).toBe(true);
    expectProblem(await list(operator, { district: '130303' }), 403, 'DISTRICT_NOT_GRANTED');
    // The platform admin filters by district.
    const adminView = await list(admin, { district: '130303', targetId: far.org.id }).expect(200);
    expect(adminView.body.items).toHaveLength(1);
  });

  it('is for admins only', async () => {
    const owner = await registerAccount(t.http, Role.Enterprise);
    expectProblem(
      await request(t.http).get(`${API}/admin/audit`).set(auth(owner)),
      403,
      'ROLE_FORBIDDEN',
    );
    expectProblem(await request(t.http).get(`${API}/admin/audit`), 401, 'AUTH_REQUIRED');
  });
});
