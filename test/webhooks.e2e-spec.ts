import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import request from 'supertest';
import type { EntityManager } from 'typeorm';
import {
  type DeliveryChannel,
  type NotificationContent,
  NotificationKinds,
  WebhookOutbox,
  type WebhookRequest,
} from '@app/notifications';
import { Role } from '@app/shared';
import {
  API,
  type Account,
  auth,
  createAdmin,
  createTestApp,
  eventually,
  expectProblem,
  registerAccount,
  startWorker,
  type TestApp,
  verifiedCollege,
  verifiedEnterprise,
  withEnv,
} from './support';

/** What the receiver saw of one request, and whether standardwebhooks accepted it. */
interface Seen {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  verified: boolean;
}

interface Route {
  /** Secrets the receiver verifies with (any one may match). */
  secrets: string[];
  /** The status to answer the n-th request with (0-based). */
  answer: (n: number) => number;
  seen: Seen[];
}

interface Delivery {
  id: string;
  endpointId: string;
  organizationId: string;
  messageId: string;
  eventType: string;
  status: string;
  attempts: number;
  replays: number;
  payload: Record<string, unknown>;
  log: { attempt: number; statusCode: number | null; error: string | null }[];
}

const ON = { WEBHOOK_ALLOW_PRIVATE_URLS: 'true' };

/** A receiver on loopback that verifies every request with the spec's own library. */
class Receiver {
  private server?: Server;
  private readonly routes = new Map<string, Route>();
  base = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const route = this.routes.get(req.url ?? '');
        if (!route) return void res.writeHead(404).end();
        route.seen.push(this.inspect(req, body, route.secrets));
        res.writeHead(route.answer(route.seen.length - 1)).end('{"received":true}');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  route(path: string, answer: (n: number) => number): Route {
    const route: Route = { secrets: [], answer, seen: [] };
    this.routes.set(path, route);
    return route;
  }

  private inspect(req: IncomingMessage, body: string, secrets: string[]): Seen {
    const headers = {
      'webhook-id': String(req.headers['webhook-id']),
      'webhook-timestamp': String(req.headers['webhook-timestamp']),
      'webhook-signature': String(req.headers['webhook-signature']),
    };
    const verified = secrets.some((secret) => {
      try {
        new Webhook(secret).verify(body, headers);
        return true;
      } catch {
        return false;
      }
    });
    return {
      id: headers['webhook-id'],
      timestamp: headers['webhook-timestamp'],
      signature: headers['webhook-signature'],
      body,
      verified,
    };
  }
}

describe('webhooks: signed deliveries, retries, dead letters and replays', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: Account;
  let owner: Account;
  let ownerOrg: { id: string };
  let stranger: Account;
  const receiver = new Receiver();

  const post = (account: Account, path: string, body: object = {}) =>
    request(t.http).post(`${API}${path}`).set(auth(account)).send(body);
  const get = (account: Account, path: string) =>
    request(t.http).get(`${API}${path}`).set(auth(account));

  async function register(
    account: Account,
    orgId: string,
    path: string,
    answer: (n: number) => number,
    eventTypes: string[] = [NotificationKinds.MatchConnected],
  ) {
    const route = receiver.route(path, answer);
    const res = await post(account, `/organizations/${orgId}/webhooks`, {
      url: `${receiver.base}${path}`,
      description: '对接测试',
      eventTypes,
    });
    expect(res.status).toBe(201);
    route.secrets.push(res.body.secret);
    return { endpoint: res.body as { id: string; secret: string }, route };
  }

  async function deliveryOf(account: Account, id: string): Promise<Delivery> {
    return (await get(account, `/webhook-deliveries/${id}`).expect(200)).body as Delivery;
  }

  const settled = (account: Account, id: string, status: string) =>
    eventually(async () => {
      const d = await deliveryOf(account, id);
      return d.status === status ? d : undefined;
    });

  beforeAll(async () => {
    await receiver.start();
    t = await withEnv(ON, () => createTestApp());
    worker = await withEnv(ON, () => startWorker());
    admin = await createAdmin(t);
    ({ account: owner, org: ownerOrg } = await verifiedEnterprise(t, admin));
    ({ account: stranger } = await verifiedCollege(t, admin));
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await receiver.stop();
  });

  it('signs the Standard Webhooks way, retries a 500 with the same webhook-id, and logs each try', async () => {
    const { endpoint, route } = await register(owner, ownerOrg.id, '/flaky', (n) =>
      n === 0 ? 500 : 200,
    );
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const shown = await get(owner, `/webhooks/${endpoint.id}`).expect(200);
    expect(shown.body).toMatchObject({ id: endpoint.id, enabled: true, version: 1 });
    expect(JSON.stringify(shown.body)).not.toContain(endpoint.secret);
    const listed = await get(owner, `/organizations/${ownerOrg.id}/webhooks`).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(endpoint.secret);

    const queued = await post(owner, `/webhooks/${endpoint.id}/test`).expect(202);
    expect(queued.body).toMatchObject({ eventType: 'ping', status: 'pending', attempts: 0 });
    const delivered = await settled(owner, queued.body.id, 'delivered');

    expect(route.seen).toHaveLength(2);
    expect(route.seen.every((s) => s.verified)).toBe(true);
    expect(route.seen.map((s) => s.id)).toEqual([`msg_${queued.body.id}`, `msg_${queued.body.id}`]);
    expect(route.seen[1].body).toBe(route.seen[0].body);
    expect(JSON.parse(route.seen[0].body)).toMatchObject({
      type: 'ping',
      timestamp: expect.any(String),
      data: { endpointId: endpoint.id, title: { 'zh-CN': expect.any(String) } },
    });
    expect(delivered).toMatchObject({
      messageId: `msg_${queued.body.id}`,
      attempts: 2,
      lastStatusCode: 200,
      organizationId: ownerOrg.id,
    });
    expect(delivered.log.map((a) => [a.attempt, a.statusCode])).toEqual([
      [1, 500],
      [2, 200],
    ]);
    const log = await get(owner, `/webhooks/${endpoint.id}/deliveries?status=delivered`);
    expect(log.body.items.map((d: Delivery) => d.id)).toEqual([queued.body.id]);
  });

  it('a receiver that always fails ends dead after the last try; its owner or an admin replays it', async () => {
    let healthy = false;
    const { endpoint, route } = await register(owner, ownerOrg.id, '/down', () =>
      healthy ? 204 : 503,
    );
    const queued = await post(owner, `/webhooks/${endpoint.id}/test`).expect(202);
    const dead = await settled(owner, queued.body.id, 'dead');
    expect(dead.attempts).toBe(8);
    expect(dead.log.map((a) => a.statusCode)).toEqual(Array(8).fill(503));
    expect(route.seen).toHaveLength(8);
    expect(new Set(route.seen.map((s) => s.id))).toEqual(new Set([`msg_${queued.body.id}`]));

    const deadIds = async (account: Account) =>
      (
        await get(account, '/webhook-deliveries?status=dead&pageSize=100').expect(200)
      ).body.items.map((d: Delivery) => d.id) as string[];
    expect(await deadIds(owner)).toContain(queued.body.id);
    expect(await deadIds(admin)).toContain(queued.body.id);
    expect(await deadIds(stranger)).not.toContain(queued.body.id);
    expectProblem(await get(stranger, `/webhook-deliveries/${queued.body.id}`), 404, 'NOT_FOUND');
    expectProblem(
      await post(stranger, `/webhook-deliveries/${queued.body.id}/replay`),
      404,
      'NOT_FOUND',
    );

    healthy = true;
    const replayed = await post(owner, `/webhook-deliveries/${queued.body.id}/replay`).expect(202);
    expect(replayed.body).toMatchObject({ status: 'pending', replays: 1 });
    const delivered = await settled(owner, queued.body.id, 'delivered');
    expect(delivered.attempts).toBe(9);
    expect(route.seen).toHaveLength(9);
    expect(route.seen[8]).toMatchObject({ id: `msg_${queued.body.id}`, verified: true });
    expect(route.seen[8].body).toBe(route.seen[0].body);
    expectProblem(
      await post(owner, `/webhook-deliveries/${queued.body.id}/replay`),
      409,
      'WEBHOOK_DELIVERY_NOT_REPLAYABLE',
    );

    // An admin replays too (here a second dead delivery of the same endpoint).
    healthy = false;
    const second = await post(owner, `/webhooks/${endpoint.id}/test`).expect(202);
    await settled(admin, second.body.id, 'dead');
    healthy = true;
    await post(admin, `/webhook-deliveries/${second.body.id}/replay`).expect(202);
    await settled(admin, second.body.id, 'delivered');
  });

  it('the fan-out records one delivery per subscribed, enabled endpoint, once per key', async () => {
    const { account, org } = await verifiedEnterprise(t, admin);
    const match = await register(account, org.id, '/fanout/match', () => 200);
    const all = await register(account, org.id, '/fanout/all', () => 200, ['*']);
    const other = await register(account, org.id, '/fanout/other', () => 200, [
      NotificationKinds.InterestReceived,
    ]);
    const off = await register(account, org.id, '/fanout/off', () => 200, ['*']);
    await request(t.http)
      .patch(`${API}/webhooks/${off.endpoint.id}`)
      .set(auth(account))
      .send({ enabled: false })
      .expect(200);

    const content: NotificationContent = {
      kind: NotificationKinds.MatchConnected,
      title: { 'zh-CN': '双方已对接', en: 'Matched' },
      body: { 'zh-CN': '可以查看联系方式', en: 'Contacts are visible' },
      link: { type: 'match', id: '00000000-0000-4000-8000-000000000001' },
      data: { connectionId: '00000000-0000-4000-8000-000000000001' },
      sourceEventId: null,
      occurredAt: new Date().toISOString(),
    };
    const channel: DeliveryChannel<WebhookRequest> = worker.get(WebhookOutbox, { strict: false });
    const requests = [{ organizationId: org.id, content, idempotencyKey: `e2e-${org.id}` }];
    const record = () =>
      t.dataSource.transaction((m: EntityManager) => channel.record(m, requests));
    const ids = await record();
    expect(ids).toHaveLength(2);
    expect(await record()).toEqual([]);
    await channel.dispatch(ids);

    // The organisation's own `organization.verified` may still be fanning out to the `*` endpoint
    // registered just now: look at this test's deliveries only.
    const connected = (route: Route) =>
      route.seen.filter((s) => (JSON.parse(s.body) as { type: string }).type === 'match.connected');
    for (const route of [match.route, all.route]) {
      const seen = await eventually(async () => connected(route)[0]);
      expect(seen.verified).toBe(true);
      expect(JSON.parse(seen.body)).toEqual({
        type: 'match.connected',
        timestamp: new Date(content.occurredAt).toISOString(),
        data: {
          connectionId: content.data.connectionId,
          title: content.title,
          link: `http://localhost:3000/matches/${content.link!.id}`,
        },
      });
    }
    expect(other.route.seen).toEqual([]);
    expect(off.route.seen).toEqual([]);
    // Dispatching again (or a requeue after Redis lost its jobs) sends nothing twice.
    await channel.dispatch(ids);
    await Promise.all(ids.map((id) => settled(account, id, 'delivered')));
    expect(connected(match.route)).toHaveLength(1);
    expect(connected(all.route)).toHaveLength(1);
  });

  it('a rotated secret is shown once, and the old one keeps signing for a while', async () => {
    const { endpoint, route } = await register(owner, ownerOrg.id, '/rotate', () => 200);
    const rotated = await post(owner, `/webhooks/${endpoint.id}/rotate-secret`).expect(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    expect(rotated.body).toMatchObject({ previousSecretActive: true, version: 2 });

    const queued = await post(owner, `/webhooks/${endpoint.id}/test`).expect(202);
    await settled(owner, queued.body.id, 'delivered');
    const seen = route.seen[0];
    expect(seen.signature.split(' ')).toHaveLength(2);
    const headers = {
      'webhook-id': seen.id,
      'webhook-timestamp': seen.timestamp,
      'webhook-signature': seen.signature,
    };
    for (const secret of [endpoint.secret, rotated.body.secret as string]) {
      expect(new Webhook(secret).verify(seen.body, headers)).toMatchObject({ type: 'ping' });
    }
  });

  it('refuses loopback, link-local and private URLs unless the switch is on', async () => {
    const strict = await createTestApp();
    try {
      const { account, org } = await verifiedEnterprise(strict, admin);
      for (const url of [
        'http://127.0.0.1/',
        'http://169.254.169.254/latest/meta-data/',
        'http://[::1]:8080/',
        'http://[::ffff:10.0.0.1]/',
        'http://192.168.1.20/hook',
        'http://localhost:3000/',
      ]) {
        const res = await request(strict.http)
          .post(`${API}/organizations/${org.id}/webhooks`)
          .set(auth(account))
          .send({ url, eventTypes: ['*'] });
        const problem = expectProblem(res, 400, 'WEBHOOK_URL_FORBIDDEN');
        expect(problem.errors).toEqual([
          expect.objectContaining({ field: 'url', code: 'WEBHOOK_URL_FORBIDDEN' }),
        ]);
      }
      // The same switch decides a change of URL.
      const created = await post(owner, `/organizations/${ownerOrg.id}/webhooks`, {
        url: `${receiver.base}/unused`,
        eventTypes: ['*'],
      }).expect(201);
      const patch = await request(strict.http)
        .patch(`${API}/webhooks/${created.body.id}`)
        .set(auth(owner))
        .send({ url: 'http://10.1.2.3/' });
      expectProblem(patch, 400, 'WEBHOOK_URL_FORBIDDEN');
      await request(t.http).delete(`${API}/webhooks/${created.body.id}`).set(auth(owner));
    } finally {
      await strict.close();
    }
    for (const url of ['ftp://example.com/', 'https://user:pw@example.com/', 'not a url']) {
      const res = await post(owner, `/organizations/${ownerOrg.id}/webhooks`, {
        url,
        eventTypes: ['*'],
      });
      expect(res.status).toBe(400);
    }
  });

  it('documents every webhook route in OpenAPI', async () => {
    const spec = await request(t.http).get('/api/docs-json').expect(200);
    const v1 = API.slice(1);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining([
        `/${v1}/organizations/{orgId}/webhooks`,
        `/${v1}/webhooks/{id}`,
        `/${v1}/webhooks/{id}/rotate-secret`,
        `/${v1}/webhooks/{id}/test`,
        `/${v1}/webhooks/{id}/deliveries`,
        `/${v1}/webhook-deliveries`,
        `/${v1}/webhook-deliveries/{id}`,
        `/${v1}/webhook-deliveries/{id}/replay`,
      ]),
    );
  });

  it('validates event types and limits endpoints per organisation', async () => {
    const { account, org } = await verifiedEnterprise(t, admin);
    const path = `/organizations/${org.id}/webhooks`;
    const url = `${receiver.base}/limit`;
    for (const eventTypes of [[], ['no.such.kind'], ['saved_search.alert'], ['*', '*']]) {
      expectProblem(await post(account, path, { url, eventTypes }), 400, 'VALIDATION_FAILED');
    }
    const mass = expectProblem(
      await post(account, path, { url, eventTypes: ['*'], secret: 'whsec_mine' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(mass.errors).toEqual([
      expect.objectContaining({ field: 'secret', code: 'UNKNOWN_FIELD' }),
    ]);
    for (let i = 0; i < 10; i += 1) {
      await post(account, path, { url, eventTypes: ['*'] }).expect(201);
    }
    expectProblem(await post(account, path, { url, eventTypes: ['*'] }), 409, 'WEBHOOK_LIMIT');
  });

  it('nobody reads or changes another organisation’s webhooks; admins read, members write', async () => {
    const { endpoint } = await register(owner, ownerOrg.id, '/private', () => 200);
    const queued = await post(owner, `/webhooks/${endpoint.id}/test`).expect(202);
    await settled(owner, queued.body.id, 'delivered');
    const expert = await registerAccount(t.http, Role.Expert);

    for (const account of [stranger, expert]) {
      expectProblem(await get(account, `/webhooks/${endpoint.id}`), 404, 'NOT_FOUND');
      expectProblem(await get(account, `/webhooks/${endpoint.id}/deliveries`), 404, 'NOT_FOUND');
      expectProblem(await get(account, `/organizations/${ownerOrg.id}/webhooks`), 404, 'NOT_FOUND');
      const listed = await get(account, '/webhook-deliveries').expect(200);
      expect(listed.body.items.map((d: Delivery) => d.id)).not.toContain(queued.body.id);
    }
    const writes = [
      () =>
        request(t.http)
          .patch(`${API}/webhooks/${endpoint.id}`)
          .set(auth(stranger))
          .send({ enabled: false }),
      () => request(t.http).delete(`${API}/webhooks/${endpoint.id}`).set(auth(stranger)),
      () => post(stranger, `/webhooks/${endpoint.id}/rotate-secret`),
      () => post(stranger, `/webhooks/${endpoint.id}/test`),
      () =>
        post(stranger, `/organizations/${ownerOrg.id}/webhooks`, {
          url: `${receiver.base}/x`,
          eventTypes: ['*'],
        }),
    ];
    for (const write of writes) expectProblem(await write(), 404, 'NOT_FOUND');
    expectProblem(
      await post(expert, `/organizations/${ownerOrg.id}/webhooks`, {
        url: `${receiver.base}/x`,
        eventTypes: ['*'],
      }),
      403,
      'ROLE_FORBIDDEN',
    );

    // Admins read everything but do not manage an organisation's endpoints.
    await get(admin, `/webhooks/${endpoint.id}`).expect(200);
    await get(admin, `/organizations/${ownerOrg.id}/webhooks`).expect(200);
    const log = await get(admin, `/webhooks/${endpoint.id}/deliveries`).expect(200);
    expect(log.body.items.map((d: Delivery) => d.id)).toEqual([queued.body.id]);
    expectProblem(
      await request(t.http)
        .patch(`${API}/webhooks/${endpoint.id}`)
        .set(auth(admin))
        .send({ enabled: false }),
      403,
      'ROLE_FORBIDDEN',
    );

    const unchanged = await get(owner, `/webhooks/${endpoint.id}`).expect(200);
    expect(unchanged.body).toMatchObject({ enabled: true, version: 1 });

    // A disabled endpoint takes no test; deleting it takes its log along.
    await request(t.http)
      .patch(`${API}/webhooks/${endpoint.id}`)
      .set(auth(owner))
      .send({ enabled: false })
      .expect(200);
    expectProblem(await post(owner, `/webhooks/${endpoint.id}/test`), 409, 'WEBHOOK_DISABLED');
    await request(t.http).delete(`${API}/webhooks/${endpoint.id}`).set(auth(owner)).expect(204);
    expectProblem(await get(owner, `/webhook-deliveries/${queued.body.id}`), 404, 'NOT_FOUND');
  });
});
