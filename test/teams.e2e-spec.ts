import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { Role } from '@app/shared';
import {
  type Account,
  API,
  auth,
  createAdmin,
  createTestApp,
  demandBody,
  eventually,
  expectProblem,
  expertWithProfile,
  linkToken,
  type Mail,
  MailSink,
  registerAccount,
  startWorker,
  type TestApp,
  verifiedCollege,
  verifiedEnterprise,
  withEnv,
} from './support';

const WEB = 'https://console.chanjiao.test';

interface Session {
  token: string;
  id: string;
}

/** Teams (ADR 0018): roles, invitations followed through the real emails, removal, ownership. */
describe('teams', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  const smtp = new MailSink();
  let admin: Account;

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp();
    worker = await withEnv({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PUBLIC_WEB_URL: WEB }, () =>
      startWorker(),
    );
    admin = await createAdmin(t);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await smtp.stop();
  });

  const address = (label: string) =>
    `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@test.chanjiao.cn`;
  const mailTo = (email: string, count = 1): Promise<Mail> =>
    eventually(async () => {
      const mails = smtp.to(email);
      return mails.length >= count ? mails[count - 1] : undefined;
    }, 15_000);
  const invite = (by: { token: string }, orgId: string, email: string, role: string) =>
    request(t.http)
      .post(`${API}/organizations/${orgId}/invitations`)
      .set(auth(by))
      .send({ email, role });
  const accept = (body: Record<string, unknown>) =>
    request(t.http).post(`${API}/team-invitations/accept`).send(body);
  /** The link of the count-th invitation to this address (other emails, in any order, aside). */
  const tokenFor = (email: string, count = 1): Promise<string> =>
    eventually(async () => {
      const tokens = smtp.to(email).map((m) => linkToken(m, 'join'));
      const joins = tokens.filter((token): token is string => token !== undefined);
      return joins.length >= count ? joins[count - 1] : undefined;
    }, 15_000);
  /** Invites a new address with this role and accepts as a new account: its session. */
  const colleague = async (
    by: { token: string },
    orgId: string,
    role: string,
    displayName = '李娜',
  ): Promise<Session> => {
    const email = address(role);
    await invite(by, orgId, email, role).expect(201);
    const res = await accept({
      token: await tokenFor(email),
      displayName,
      password: 'Pw-colleague-1',
    }).expect(200);
    return { token: res.body.auth.accessToken, id: res.body.auth.user.id };
  };
  const audit = async (query: Record<string, string>) =>
    (await request(t.http).get(`${API}/admin/audit`).query(query).set(auth(admin)).expect(200)).body
      .items as { action: string; actorId: string; details: Record<string, unknown> }[];

  it('an owner invites a manager who, without an account, accepts by the emailed link and posts a demand', async () => {
    const { account: owner, org } = await verifiedEnterprise(t, admin);
    const email = address('manager');
    const sent = await invite(owner, org.id, email, 'manager').expect(201);
    expect(sent.body).toMatchObject({ email, role: 'manager', organizationId: org.id });

    const mail = await mailTo(email);
    expect(mail.decoded).toContain(org.name);
    expect(mail.decoded).toContain('管理员');
    const token = linkToken(mail, 'join') as string;

    const preview = await request(t.http)
      .post(`${API}/team-invitations/preview`)
      .send({ token })
      .expect(200);
    expect(preview.body).toMatchObject({
      organizationId: org.id,
      role: 'manager',
      email,
      accountExists: false,
    });

    // Pending invitations are listed for the team's managers and owners.
    const pending = await request(t.http)
      .get(`${API}/organizations/${org.id}/invitations`)
      .set(auth(owner))
      .expect(200);
    expect(pending.body.map((i: { id: string }) => i.id)).toContain(sent.body.id);

    // A new account needs a name and a password (same policy as sign-up).
    expectProblem(await accept({ token }), 400, 'VALIDATION_FAILED');
    expectProblem(
      await accept({ token, displayName: '李娜', password: '12345678' }),
      400,
      'VALIDATION_FAILED',
    );
    const joined = await accept({ token, displayName: '李娜', password: 'Pw-new-manager-1' });
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({
      organizationId: org.id,
      role: 'manager',
      accountCreated: true,
    });
    const manager = { token: joined.body.auth.accessToken as string };

    // Logged in, verified, and a member with the manager role.
    const me = await request(t.http).get(`${API}/me`).set(auth(manager)).expect(200);
    expect(me.body.organizationRole).toBe('manager');
    expect(me.body.organization.id).toBe(org.id);
    await request(t.http)
      .post(`${API}/auth/login`)
      .send({ email, password: 'Pw-new-manager-1' })
      .expect(200);

    const demand = await request(t.http)
      .post(`${API}/demands`)
      .set(auth(manager))
      .send(demandBody('rnd'))
      .expect(201);
    await request(t.http)
      .post(`${API}/demands/${demand.body.id}/publish`)
      .set(auth(manager))
      .expect(200);

    // The team lists both, with names and roles.
    const members = await request(t.http)
      .get(`${API}/organizations/${org.id}/members`)
      .set(auth(manager))
      .expect(200);
    expect(members.body.map((m: { role: string }) => m.role)).toEqual(['owner', 'manager']);
    expect(members.body[1].displayName).toBe('李娜');

    // Reused link: 400.
    expectProblem(
      await accept({ token, displayName: '李娜', password: 'Pw-new-manager-1' }),
      400,
      'INVALID_INVITATION_TOKEN',
    );

    const sentEntries = await audit({ action: 'team.invitation_sent', targetId: sent.body.id });
    expect(sentEntries).toHaveLength(1);
    const accepted = await audit({ action: 'team.invitation_accepted', targetId: sent.body.id });
    expect(accepted).toHaveLength(1);
    expect(accepted[0].actorId).toBe(joined.body.auth.user.id);
  });

  it('a member invited by a manager cannot post or invite, but accepts a connection on the enterprise’s demand', async () => {
    const { account: owner, org } = await verifiedEnterprise(t, admin);
    const manager = await colleague(owner, org.id, 'manager');
    // Managers invite members and managers, not owners.
    expectProblem(
      await invite(manager, org.id, address('owner'), 'owner'),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );
    const member = await colleague(manager, org.id, 'member', '赵敏');

    const refused = await request(t.http)
      .post(`${API}/demands`)
      .set(auth(member))
      .send(demandBody('rnd'));
    expectProblem(refused, 403, 'ORGANIZATION_ROLE_REQUIRED');
    expect(refused.body.detail).toContain('manager');
    expectProblem(
      await invite(member, org.id, address('x'), 'member'),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );
    expectProblem(
      await request(t.http)
        .patch(`${API}/enterprises/${org.id}`)
        .set(auth(member))
        .send({ description: '成员不能改' }),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );
    expectProblem(
      await request(t.http).get(`${API}/organizations/${org.id}/webhooks`).set(auth(manager)),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );

    const demand = await request(t.http)
      .post(`${API}/demands`)
      .set(auth(manager))
      .send(demandBody('training'))
      .expect(201);
    await request(t.http)
      .post(`${API}/demands/${demand.body.id}/publish`)
      .set(auth(manager))
      .expect(200);
    // Editing is a manager's job too.
    expectProblem(
      await request(t.http)
        .patch(`${API}/demands/${demand.body.id}`)
        .set(auth(member))
        .send({ title: '光伏玻璃钢化工艺优化（修订）' }),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );

    // A college member (not a manager) expresses interest; the enterprise's member accepts.
    const { account: collegeOwner, org: college } = await verifiedCollege(t, admin);
    const collegeMember = await colleague(collegeOwner, college.id, 'member', '孙老师');
    const interest = await request(t.http)
      .post(`${API}/demands/${demand.body.id}/interests`)
      .set(auth(collegeMember))
      .send({ message: '我们有培训基地' })
      .expect(201);
    const connected = await request(t.http)
      .post(`${API}/matches/${interest.body.id}/accept`)
      .set(auth(member))
      .expect(200);
    expect(connected.body.status).toBe('connected');
    await request(t.http).get(`${API}/matches`).set(auth(member)).expect(200);

    // The manager's invitation is the manager's (or the owner's) to take back, not a member's.
    const { expert } = await expertWithProfile(t.http);
    const invitation = await request(t.http)
      .post(`${API}/demands/${demand.body.id}/invitations`)
      .set(auth(manager))
      .send({ expertId: expert.id, message: '欢迎来讲课' })
      .expect(201);
    expectProblem(
      await request(t.http).post(`${API}/matches/${invitation.body.id}/withdraw`).set(auth(member)),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );
    await request(t.http)
      .post(`${API}/matches/${invitation.body.id}/withdraw`)
      .set(auth(owner))
      .expect(200);
  });

  it('an account of another organisation, or of the wrong kind, cannot join (409); the link stays usable', async () => {
    const { account: owner, org } = await verifiedEnterprise(t, admin);
    const { account: elsewhere } = await verifiedEnterprise(t, admin);
    await invite(owner, org.id, elsewhere.email, 'member').expect(201);
    const token = await tokenFor(elsewhere.email);
    const preview = await request(t.http)
      .post(`${API}/team-invitations/preview`)
      .send({ token })
      .expect(200);
    expect(preview.body.accountExists).toBe(true);
    expectProblem(await accept({ token }), 409, 'ALREADY_IN_ANOTHER_ORGANIZATION');
    expectProblem(await accept({ token }), 409, 'ALREADY_IN_ANOTHER_ORGANIZATION');

    const college = await registerAccount(t.http, Role.College);
    await invite(owner, org.id, college.email, 'member').expect(201);
    expectProblem(
      await accept({ token: await tokenFor(college.email) }),
      409,
      'ACCOUNT_KIND_MISMATCH',
    );

    // An enterprise account without an organisation joins, keeps its password and gets no tokens.
    const free = await registerAccount(t.http, Role.Enterprise);
    await invite(owner, org.id, free.email, 'member').expect(201);
    const joined = await accept({ token: await tokenFor(free.email) }).expect(200);
    expect(joined.body).toMatchObject({ accountCreated: false, auth: null, role: 'member' });
    const me = await request(t.http).get(`${API}/me`).set(auth(free)).expect(200);
    expect(me.body.organizationRole).toBe('member');
  });

  it('forged, expired, revoked and superseded links are refused alike (400)', async () => {
    const { account: owner, org } = await verifiedEnterprise(t, admin);
    const body = { displayName: '周工', password: 'Pw-colleague-1' };
    expectProblem(
      await accept({ ...body, token: 'x'.repeat(43) }),
      400,
      'INVALID_INVITATION_TOKEN',
    );
    expectProblem(await accept({ ...body, token: 'short' }), 400, 'INVALID_INVITATION_TOKEN');

    const expiredTo = address('expired');
    const expired = await invite(owner, org.id, expiredTo, 'member').expect(201);
    const expiredToken = await tokenFor(expiredTo);
    await t.dataSource.query(
      `UPDATE account_links SET expires_at = now() - interval '1 minute' WHERE subject_id = $1`,
      [expired.body.id],
    );
    expectProblem(await accept({ ...body, token: expiredToken }), 400, 'INVALID_INVITATION_TOKEN');
    expectProblem(
      await request(t.http).post(`${API}/team-invitations/preview`).send({ token: expiredToken }),
      400,
      'INVALID_INVITATION_TOKEN',
    );

    const revokedTo = address('revoked');
    const revoked = await invite(owner, org.id, revokedTo, 'member').expect(201);
    const revokedToken = await tokenFor(revokedTo);
    await request(t.http)
      .delete(`${API}/organizations/${org.id}/invitations/${revoked.body.id}`)
      .set(auth(owner))
      .expect(204);
    expectProblem(await accept({ ...body, token: revokedToken }), 400, 'INVALID_INVITATION_TOKEN');
    expect(
      await audit({ action: 'team.invitation_revoked', targetId: revoked.body.id }),
    ).toHaveLength(1);

    // Re-sending mints a new link; the old one stops working, the new one works.
    const resentTo = address('resent');
    const resent = await invite(owner, org.id, resentTo, 'member').expect(201);
    expectProblem(await invite(owner, org.id, resentTo, 'member'), 409, 'INVITATION_PENDING');
    const oldToken = await tokenFor(resentTo);
    await request(t.http)
      .post(`${API}/organizations/${org.id}/invitations/${resent.body.id}/resend`)
      .set(auth(owner))
      .expect(200);
    const newToken = await tokenFor(resentTo, 2);
    expect(newToken).not.toBe(oldToken);
    expectProblem(await accept({ ...body, token: oldToken }), 400, 'INVALID_INVITATION_TOKEN');
    await accept({ ...body, token: newToken }).expect(200);
  });

  it('removal ends access at once; the last owner cannot leave; ownership can be transferred', async () => {
    const { account: owner, org } = await verifiedEnterprise(t, admin);
    const manager = await colleague(owner, org.id, 'manager');
    const member = await colleague(owner, org.id, 'member', '钱工');
    const member2 = await colleague(owner, org.id, 'member', '吴工');

    // Outsiders keep today's answers.
    const outsider = await registerAccount(t.http, Role.Enterprise);
    expectProblem(
      await request(t.http).get(`${API}/organizations/${org.id}/members`).set(auth(outsider)),
      403,
      'NOT_ORGANIZATION_MEMBER',
    );

    // A manager removes members but not managers; a member removes no one.
    expectProblem(
      await request(t.http)
        .delete(`${API}/organizations/${org.id}/members/${member2.id}`)
        .set(auth(member)),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );
    expectProblem(
      await request(t.http)
        .patch(`${API}/organizations/${org.id}/members/${member.id}`)
        .set(auth(manager))
        .send({ role: 'manager' }),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );
    await request(t.http)
      .get(`${API}/demands`)
      .query({ mine: 'true' })
      .set(auth(member))
      .expect(200);
    await request(t.http)
      .delete(`${API}/organizations/${org.id}/members/${member.id}`)
      .set(auth(manager))
      .expect(204);
    // The very next request no longer sees the organisation.
    expectProblem(
      await request(t.http).get(`${API}/demands`).query({ mine: 'true' }).set(auth(member)),
      403,
      'ORGANIZATION_REQUIRED',
    );
    expectProblem(
      await request(t.http).get(`${API}/organizations/${org.id}/members`).set(auth(member)),
      403,
      'NOT_ORGANIZATION_MEMBER',
    );
    const me = await request(t.http).get(`${API}/me`).set(auth(member)).expect(200);
    expect(me.body.organizationRole).toBeNull();
    expect(
      (await audit({ action: 'team.member_removed', targetId: org.id }))[0].details,
    ).toMatchObject({ userId: member.id, left: false });

    // A member leaves on their own.
    await request(t.http)
      .post(`${API}/organizations/${org.id}/leave`)
      .set(auth(member2))
      .expect(204);

    // The last owner can neither leave, be removed nor be demoted.
    expectProblem(
      await request(t.http).post(`${API}/organizations/${org.id}/leave`).set(auth(owner)),
      409,
      'LAST_OWNER',
    );
    expectProblem(
      await request(t.http)
        .patch(`${API}/organizations/${org.id}/members/${owner.id}`)
        .set(auth(owner))
        .send({ role: 'manager' }),
      409,
      'LAST_OWNER',
    );
    expectProblem(
      await request(t.http)
        .delete(`${API}/organizations/${org.id}/members/${owner.id}`)
        .set(auth(manager)),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );

    // Ownership transfer: the manager becomes owner, the old owner a manager.
    expectProblem(
      await request(t.http)
        .post(`${API}/organizations/${org.id}/ownership-transfer`)
        .set(auth(manager))
        .send({ userId: manager.id }),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );
    await request(t.http)
      .post(`${API}/organizations/${org.id}/ownership-transfer`)
      .set(auth(owner))
      .send({ userId: manager.id })
      .expect(204);
    const roles = await request(t.http)
      .get(`${API}/organizations/${org.id}/members`)
      .set(auth(owner))
      .expect(200);
    expect(
      Object.fromEntries(
        roles.body.map((m: { userId: string; role: string }) => [m.userId, m.role]),
      ),
    ).toEqual({ [owner.id]: 'manager', [manager.id]: 'owner' });
    // Now the new owner manages webhooks and the team; the old owner no longer does.
    await request(t.http)
      .get(`${API}/organizations/${org.id}/webhooks`)
      .set(auth(manager))
      .expect(200);
    expectProblem(
      await request(t.http)
        .patch(`${API}/organizations/${org.id}/members/${manager.id}`)
        .set(auth(owner))
        .send({ role: 'member' }),
      403,
      'ORGANIZATION_ROLE_REQUIRED',
    );
    // The old owner may leave now; the new, last owner may not.
    await request(t.http).post(`${API}/organizations/${org.id}/leave`).set(auth(owner)).expect(204);
    expectProblem(
      await request(t.http).post(`${API}/organizations/${org.id}/leave`).set(auth(manager)),
      409,
      'LAST_OWNER',
    );
    const transfers = await audit({ action: 'team.ownership_transferred', targetId: org.id });
    expect(transfers).toHaveLength(1);
    expect(transfers[0].details).toMatchObject({ userId: manager.id, from: owner.id });
    const roleChanges = await audit({ action: 'team.role_changed', targetId: org.id });
    expect(roleChanges).toHaveLength(0);
  });

  it('owners change roles, and promoting a second owner lets the first step down', async () => {
    const { account: owner, org } = await verifiedEnterprise(t, admin);
    const member = await colleague(owner, org.id, 'member');
    await request(t.http)
      .patch(`${API}/organizations/${org.id}/members/${member.id}`)
      .set(auth(owner))
      .send({ role: 'owner' })
      .expect(200);
    await request(t.http)
      .patch(`${API}/organizations/${org.id}/members/${owner.id}`)
      .set(auth(owner))
      .send({ role: 'member' })
      .expect(200);
    const changes = await audit({ action: 'team.role_changed', targetId: org.id });
    expect(changes.map((c) => c.details.to).sort()).toEqual(['member', 'owner']);
  });
});
