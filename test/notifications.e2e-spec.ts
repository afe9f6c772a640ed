import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { cityToday } from '@app/demands';
import { Queues, Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  collegeBody,
  createAdmin,
  createTestApp,
  demandBody,
  eventually,
  expectProblem,
  expertWithProfile,
  registerAccount,
  startWorker,
  type TestApp,
  verifiedCollege,
  verifiedEnterprise,
} from './support';

interface Entry {
  id: string;
  seq: string;
  kind: string;
  title: Record<string, string>;
  body: Record<string, string>;
  link: { type: string; id: string } | null;
  data: Record<string, unknown>;
  readAt: string | null;
}

describe('notifications: who is told what', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: Account;

  const post = (account: Account, path: string, body: object = {}) =>
    request(t.http).post(`${API}${path}`).set(auth(account)).send(body);
  const get = (account: Account, path: string) =>
    request(t.http).get(`${API}${path}`).set(auth(account));

  const entries = async (account: Account, kind?: string): Promise<Entry[]> => {
    const res = await get(account, '/notifications?pageSize=100').expect(200);
    return (res.body.items as Entry[]).filter((n) => !kind || n.kind === kind);
  };
  /** Waits until `account` has `count` entries of `kind`, then returns them. */
  const arrived = (account: Account, kind: string, count = 1) =>
    eventually(async () => {
      const found = await entries(account, kind);
      return found.length >= count ? found : undefined;
    }, 20_000);
  /** Lets the worker finish what is queued, so an absence means something. */
  const settled = async () => {
    const queue = worker.get<Queue>(getQueueToken(Queues.Notifications), { strict: false });
    await eventually(async () => {
      const { rows } = await t.dataSource
        .query('SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL')
        .then((r: { n: number }[]) => ({ rows: r }));
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      const busy = Object.values(counts).reduce((a, b) => a + b, 0);
      return rows[0].n === 0 && busy === 0 ? true : undefined;
    }, 30_000);
  };

  async function openDemand(account: Account, overrides: Record<string, unknown> = {}) {
    const draft = await post(account, '/demands', demandBody('rnd', overrides)).expect(201);
    await post(account, `/demands/${draft.body.id}/publish`).expect(200);
    return draft.body.id as string;
  }

  beforeAll(async () => {
    t = await createTestApp();
    worker = await startWorker();
    admin = await createAdmin(t);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('verification and rejection reach the organisation’s members only', async () => {
    const { account: owner, org } = await verifiedEnterprise(t, admin);
    const [verified] = await arrived(owner, 'organization.verified');
    expect(verified.title['zh-CN']).toContain('已通过认证');
    expect(verified.link).toEqual({ type: 'organization', id: org.id });

    const college = await registerAccount(t.http, Role.College);
    const pending = await post(college, '/colleges', collegeBody()).expect(201);
    await post(admin, `/admin/organizations/${pending.body.id}/reject`, {
      reason: '营业执照信息不清晰',
    }).expect(200);
    const [rejected] = await arrived(college, 'organization.rejected');
    expect(rejected.body['zh-CN']).toContain('营业执照信息不清晰');
    expect(rejected.data).toMatchObject({ reason: '营业执照信息不清晰' });

    await settled();
    expect(await entries(admin)).toEqual([]);
    expect(await entries(college, 'organization.verified')).toEqual([]);
  });

  it('interest → the enterprise; accept → both; decline → the initiator, with the reason', async () => {
    const { account: owner } = await verifiedEnterprise(t, admin);
    const demandId = await openDemand(owner);
    const { account: expert } = await expertWithProfile(t.http);
    const { account: bystander } = await expertWithProfile(t.http, {
      fields: ['学前教育'],
      skills: ['幼儿保育'],
      industryCodes: ['839'],
    });

    const interest = await post(expert, `/demands/${demandId}/interests`, {
      message: '可以上门诊断',
    }).expect(201);
    const [received] = await arrived(owner, 'interest.received');
    expect(received.title['zh-CN']).toContain('李工');
    expect(received.link).toEqual({ type: 'match', id: interest.body.id });
    await post(owner, `/matches/${interest.body.id}/accept`).expect(200);
    await arrived(owner, 'match.connected');
    const [connected] = await arrived(expert, 'match.connected');
    expect(connected.body.en).toContain('contact details');

    const { account: other } = await expertWithProfile(t.http);
    const second = await post(other, `/demands/${demandId}/interests`, { message: '你好' });
    await post(owner, `/matches/${second.body.id}/decline`, {
      reason: 'capacity_full',
      note: '名额已满',
    }).expect(200);
    const [declined] = await arrived(other, 'match.declined');
    expect(declined.body['zh-CN']).toContain('能力或名额已满');
    expect(declined.body['zh-CN']).toContain('名额已满');
    expect(declined.data).toMatchObject({ declineReason: 'capacity_full' });

    await settled();
    expect(await entries(expert, 'interest.received')).toEqual([]);
    expect(await entries(bystander)).toEqual([]);
    expect(await entries(owner, 'match.declined')).toEqual([]);
  });

  it('an invitation reaches the college’s members, and a withdrawal tells them it is off', async () => {
    const { account: owner } = await verifiedEnterprise(t, admin);
    const { account: college, org } = await verifiedCollege(t, admin);
    const demandId = await openDemand(owner);
    const invitation = await post(owner, `/demands/${demandId}/invitations`, {
      collegeId: org.id,
      message: '诚邀合作',
    }).expect(201);
    const [invited] = await arrived(college, 'invitation.received');
    expect(invited.link).toEqual({ type: 'match', id: invitation.body.id });
    await post(owner, `/matches/${invitation.body.id}/withdraw`).expect(200);
    const [withdrawn] = await arrived(college, 'match.withdrawn');
    expect(withdrawn.title['zh-CN']).toContain('撤回');
    await settled();
    expect(await entries(owner, 'invitation.received')).toEqual([]);
    expect(await entries(owner, 'match.withdrawn')).toEqual([]);
  });

  it('a published demand reaches its best-matched experts and matching saved searches', async () => {
    const { account: matched, expert } = await expertWithProfile(t.http, {
      name: '王工',
      fields: ['储能电池'],
      skills: ['电池热管理', '储能系统集成'],
      industryCodes: ['3841'],
    });
    const { account: unrelated } = await expertWithProfile(t.http, {
      name: '赵老师',
      fields: ['学前教育'],
      skills: ['幼儿保育'],
      industryCodes: ['839'],
      services: ['part_time_teaching'],
    });
    const watcher = await registerAccount(t.http, Role.College);
    await post(watcher, '/saved-searches', {
      name: '储能需求',
      type: 'demands',
      q: '储能',
    }).expect(201);
    const other = await registerAccount(t.http, Role.College);
    await post(other, '/saved-searches', { name: '养老', type: 'demands', q: '养老护理' }).expect(
      201,
    );
    // The expert must be searchable before the demand can be matched to them.
    await eventually(async () => {
      const res = await request(t.http).get(`${API}/search?type=experts&q=电池热管理`);
      return res.body.items?.some((i: { id: string }) => i.id === expert.id) ? true : undefined;
    });

    const { account: owner } = await verifiedEnterprise(t, admin);
    const demandId = await openDemand(owner, {
      title: '储能电池热管理系统优化',
      description: '储能集装箱电池温差大，需要热管理方案',
      skills: ['电池热管理'],
      industryCode: '3841',
    });
    const [fit] = await arrived(matched, 'demand.matched');
    expect(fit.link).toEqual({ type: 'demand', id: demandId });
    const [alert] = await arrived(watcher, 'saved_search.alert');
    expect(alert.title['zh-CN']).toContain('储能需求');

    await settled();
    expect(await entries(unrelated, 'demand.matched')).toEqual([]);
    expect(await entries(other)).toEqual([]);
    expect(await entries(owner, 'demand.matched')).toEqual([]);
  });

  it('a redelivered event adds nothing twice', async () => {
    const { account: owner } = await verifiedEnterprise(t, admin);
    await arrived(owner, 'organization.verified');
    const [event] = await t.dataSource.query(
      `SELECT id, event_type, aggregate_type, aggregate_id, aggregate_version, payload, occurred_at
         FROM outbox_events WHERE event_type = 'organization.verified' ORDER BY id DESC LIMIT 1`,
    );
    const queue = worker.get<Queue>(getQueueToken(Queues.Notifications), { strict: false });
    // As if Redis had lost the completed job and the relay replayed the event.
    await queue.add(
      event.event_type,
      {
        eventId: event.id,
        eventType: event.event_type,
        aggregateType: event.aggregate_type,
        aggregateId: event.aggregate_id,
        aggregateVersion: event.aggregate_version,
        payload: event.payload,
        occurredAt: new Date(event.occurred_at).toISOString(),
      },
      { jobId: `redelivery-${event.id}` },
    );
    await settled();
    expect(await entries(owner, 'organization.verified')).toHaveLength(1);
  });

  it('the inbox: unread filter and count, mark one or all read; nobody touches another’s', async () => {
    const { account: owner } = await verifiedEnterprise(t, admin);
    const demandId = await openDemand(owner);
    for (let i = 0; i < 2; i++) {
      const { account } = await expertWithProfile(t.http);
      await post(account, `/demands/${demandId}/interests`, { message: '你好' }).expect(201);
    }
    const received = await arrived(owner, 'interest.received', 2);
    expect((await get(owner, '/notifications/unread-count').expect(200)).body).toEqual({
      unread: 3,
    });
    const read = await post(owner, `/notifications/${received[0].id}/read`).expect(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    const unread = await get(owner, '/notifications?unread=true').expect(200);
    expect(unread.body.items.map((n: Entry) => n.id)).not.toContain(received[0].id);
    expect(unread.body.total).toBe(2);

    const stranger = await registerAccount(t.http, Role.Expert);
    expectProblem(await post(stranger, `/notifications/${received[1].id}/read`), 404, 'NOT_FOUND');
    expectProblem(await post(stranger, '/notifications/not-a-uuid/read'), 400, 'INVALID_ID');
    expectProblem(await get(owner, '/notifications?unread=maybe'), 400, 'VALIDATION_FAILED');
    expectProblem(await request(t.http).get(`${API}/notifications`), 401, 'AUTH_REQUIRED');

    expect((await post(owner, '/notifications/read-all').expect(200)).body).toEqual({ marked: 2 });
    expect((await get(owner, '/notifications/unread-count').expect(200)).body).toEqual({
      unread: 0,
    });
  });

  it('a demand whose deadline is near reminds its owner', async () => {
    const { account: owner } = await verifiedEnterprise(t, admin);
    const [y, m, d] = cityToday().split('-').map(Number);
    const tomorrow = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    const demandId = await openDemand(owner, { deadline: tomorrow });
    const [reminder] = await arrived(owner, 'demand.deadline_approaching');
    expect(reminder.link).toEqual({ type: 'demand', id: demandId });
    expect(reminder.body['zh-CN']).toContain(tomorrow);
  });

  it('honours preferences: a kind turned off for the inbox is not delivered there', async () => {
    const { account: owner } = await verifiedEnterprise(t, admin);
    await request(t.http)
      .patch(`${API}/me/notification-preferences`)
      .set(auth(owner))
      .send({ channels: { 'interest.received': { inApp: false } } })
      .expect(200);
    const demandId = await openDemand(owner);
    const { account: expert } = await expertWithProfile(t.http);
    const interest = await post(expert, `/demands/${demandId}/interests`, { message: '你好' });
    await post(expert, `/matches/${interest.body.id}/withdraw`).expect(200);
    await settled();
    expect(await entries(owner, 'interest.received')).toEqual([]);
  });

  it('streams new entries live (SSE with a one-time ticket) and resumes after Last-Event-ID', async () => {
    const server = t.http.listen(0) as http.Server;
    const { port } = server.address() as AddressInfo;
    const { account: owner } = await verifiedEnterprise(t, admin);
    const [verified] = await arrived(owner, 'organization.verified');
    const { ticket } = (await post(owner, '/notifications/stream-tickets').expect(201)).body;

    const received: { id: string; data: Entry }[] = [];
    const req = http.get({
      port,
      path: `${API}/notifications/stream?ticket=${ticket}`,
      headers: { 'last-event-id': String(Number(verified.seq) - 1) },
    });
    const response = await new Promise<http.IncomingMessage>((resolve) =>
      req.on('response', resolve),
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/event-stream');
    let buffer = '';
    response.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const id = /^id: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (id && data && block.includes('event: notification')) {
          received.push({ id, data: JSON.parse(data) as Entry });
        }
      }
    });
    // What was missed since Last-Event-ID comes first, then what happens while connected.
    await eventually(async () => (received.length >= 1 ? true : undefined));
    expect(received[0]).toMatchObject({
      id: verified.seq,
      data: { kind: 'organization.verified' },
    });
    const demandId = await openDemand(owner);
    const { account: expert } = await expertWithProfile(t.http);
    await post(expert, `/demands/${demandId}/interests`, { message: '你好' }).expect(201);
    await eventually(async () =>
      received.some((r) => r.data.kind === 'interest.received') ? true : undefined,
    );
    req.destroy();

    // The ticket is used up; no ticket and no token is refused.
    expectProblem(
      await request(t.http).get(`${API}/notifications/stream?ticket=${ticket}`),
      401,
      'INVALID_STREAM_TICKET',
    );
    expectProblem(await request(t.http).get(`${API}/notifications/stream`), 401, 'AUTH_REQUIRED');
    server.close();
  });
});
