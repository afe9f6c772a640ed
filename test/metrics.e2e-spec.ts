import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import request from 'supertest';
import { Queues } from '@app/shared';
import {
  API,
  auth,
  createAdmin,
  createTestApp,
  demandBody,
  type TestApp,
  verifiedEnterprise,
  withEnv,
} from './support';

const TOKEN = 'e2e-metrics-token-0123456789abcdefghijklmnop';
const bearer = { Authorization: `Bearer ${TOKEN}` };

/** The samples of one metric in Prometheus' text format: labels (as written) → value. */
function samples(text: string, name: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(\{[^}]*\})? (\S+)$/.exec(line);
    if (match && match[1] === name) found.set(match[2] ?? '', Number(match[3]));
  }
  return found;
}

describe('GET /metrics (Prometheus)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await withEnv({ METRICS_TOKEN: TOKEN }, () => createTestApp());
  });
  afterAll(() => t.close());

  it('answers 401 problem+json without the configured bearer token', async () => {
    for (const headers of [
      {},
      { Authorization: 'Bearer not-the-token' },
      { Authorization: TOKEN },
    ]) {
      const res = await request(t.http).get('/metrics').set(headers);
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['www-authenticate']).toContain('Bearer');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).not.toContain('chanjiao_');
    }
  });

  it('labels HTTP latency by route pattern, never by raw URL', async () => {
    const admin = await createAdmin(t);
    const { account } = await verifiedEnterprise(t, admin);
    const demand = await request(t.http)
      .post(`${API}/demands`)
      .set(auth(account))
      .send(demandBody())
      .expect(201);
    const id = demand.body.id as string;
    await request(t.http).get(`${API}/demands/${id}`).set(auth(account)).expect(200);
    await request(t.http).get(`${API}/demands/${id}?page=2`).set(auth(account)).expect(200);
    await request(t.http).get(`${API}/no-such-route/${id}`).expect(404);
    await request(t.http).get(`/wp-login-${id}.php`).expect(404);
    await request(t.http).get('/api/docs/swagger-ui.css').expect(200);

    const res = await request(t.http).get('/metrics').set(bearer).expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.headers['cache-control']).toBe('no-store');
    const count = samples(res.text, 'chanjiao_http_request_duration_seconds_count');
    expect(
      count.get('{method="GET",route="/api/v1/demands/:id",status_code="200"}'),
    ).toBeGreaterThanOrEqual(2);
    expect(count.get('{method="POST",route="/api/v1/demands",status_code="201"}')).toBe(1);
    expect(count.get('{method="GET",route="unmatched",status_code="404"}')).toBeGreaterThanOrEqual(
      2,
    );
    // The OpenAPI UI's assets are one label (docs are on outside production).
    expect(count.get('{method="GET",route="/api/docs/*",status_code="200"}')).toBe(1);
    // No raw path anywhere: not the id, not the unknown paths.
    expect(res.text).not.toContain(id);
    expect(res.text).not.toContain('no-such-route');
    expect(res.text).not.toContain('wp-login');
    // Node's process metrics, prefixed.
    expect(res.text).toMatch(/^chanjiao_process_cpu_seconds_total \d/m);
    expect(res.text).toMatch(/^chanjiao_nodejs_eventloop_lag_seconds \d/m);
  });

  it('reports queue depth and age for every real queue, the outbox lag and the dependencies', async () => {
    // Outbox events that no relay sends (this file runs no worker).
    await verifiedEnterprise(t, await createAdmin(t));
    // A job that waits, removed afterwards.
    const reminders = new Queue(Queues.Reminders, {
      connection: { url: process.env.REDIS_URL },
      prefix: process.env.QUEUE_PREFIX,
    });
    const job = await reminders.add('metrics-probe', {}, { jobId: `metrics-probe-${Date.now()}` });
    try {
      const res = await request(t.http).get('/metrics').set(bearer).expect(200);
      const jobs = samples(res.text, 'chanjiao_queue_jobs');
      const age = samples(res.text, 'chanjiao_queue_oldest_waiting_age_seconds');
      for (const queue of Object.values(Queues)) {
        for (const state of ['waiting', 'active', 'delayed', 'failed'])
          expect(jobs.get(`{queue="${queue}",state="${state}"}`)).toBeGreaterThanOrEqual(0);
        expect(age.get(`{queue="${queue}"}`)).toBeGreaterThanOrEqual(0);
      }
      expect(jobs.get(`{queue="${Queues.Reminders}",state="waiting"}`)).toBeGreaterThanOrEqual(1);

      // The organisation above wrote outbox events that no relay sent.
      expect(samples(res.text, 'chanjiao_outbox_unpublished_events').get('')).toBeGreaterThan(0);
      expect(
        samples(res.text, 'chanjiao_outbox_oldest_unpublished_age_seconds').get(''),
      ).toBeGreaterThanOrEqual(0);
      expect(samples(res.text, 'chanjiao_search_tasks_pending').get('')).toBeGreaterThanOrEqual(0);
      const deliveries = samples(res.text, 'chanjiao_notification_deliveries');
      // Every pair is reported (the run's database is shared by the suites: values vary).
      expect(deliveries.get('{channel="email",outcome="dead"}')).toBeGreaterThanOrEqual(0);
      expect(deliveries.get('{channel="webhook",outcome="delivered"}')).toBeGreaterThanOrEqual(0);
      const up = samples(res.text, 'chanjiao_dependency_up');
      expect(Object.fromEntries(up)).toEqual({
        '{dependency="postgres"}': 1,
        '{dependency="redis"}': 1,
        '{dependency="meilisearch"}': 1,
      });
    } finally {
      await job.remove();
      await reminders.close();
    }
  });
});

describe('GET /metrics while Redis and Meilisearch are unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Closed ports: nothing listens there, so both are "down" for this app from the start.
    t = await withEnv({ REDIS_URL: 'redis://127.0.0.1:9', MEILI_URL: 'http://127.0.0.1:9' }, () =>
      createTestApp(),
    );
  });
  afterAll(async () => {
    await t.close();
    // ioredis gives a client that never connected 2 s to close its socket (a timer in
    // AbstractConnector.disconnect): wait for it, so nothing outlives the suite.
    await new Promise((resolve) => setTimeout(resolve, 2100));
  });

  it('still answers, with what is up, and says which dependency is down', async () => {
    const res = await request(t.http).get('/metrics').expect(200);
    const up = samples(res.text, 'chanjiao_dependency_up');
    expect(up.get('{dependency="postgres"}')).toBe(1);
    expect(up.get('{dependency="redis"}')).toBe(0);
    expect(up.get('{dependency="meilisearch"}')).toBe(0);
    expect(samples(res.text, 'chanjiao_outbox_unpublished_events').has('')).toBe(true);
    expect(samples(res.text, 'chanjiao_queue_jobs').size).toBe(0);
    expect(samples(res.text, 'chanjiao_search_tasks_pending').size).toBe(0);
  });
});
