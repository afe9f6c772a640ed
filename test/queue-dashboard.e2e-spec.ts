import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Role } from '@app/shared';
import {
  API,
  auth,
  createAdmin,
  createTestApp,
  expectProblem,
  registerAccount,
  type TestApp,
} from './support';

describe('queue dashboard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('shows every queue’s counts to admins only', async () => {
    const admin = await createAdmin(t);
    const res = await request(t.http).get(`${API}/admin/queues`).set(auth(admin)).expect(200);
    expect(res.body.map((q: { name: string }) => q.name).sort()).toEqual([
      'email',
      'maintenance',
      'notifications',
      'reminders',
      'reports',
      'search-index',
      'webhooks',
    ]);
    expect(res.body[0].counts).toMatchObject({ waiting: expect.any(Number), failed: 0 });
    const retried = await request(t.http)
      .post(`${API}/admin/queues/notifications/retry-failed`)
      .set(auth(admin))
      .expect(200);
    expect(retried.body).toEqual({ name: 'notifications', retried: 0 });
    expectProblem(
      await request(t.http).post(`${API}/admin/queues/nope/retry-failed`).set(auth(admin)),
      404,
      'NOT_FOUND',
    );

    const user = await registerAccount(t.http, Role.Enterprise);
    expectProblem(
      await request(t.http).get(`${API}/admin/queues`).set(auth(user)),
      403,
      'ROLE_FORBIDDEN',
    );
  });

  it('serves the bull-board UI to an admin’s bearer token or dashboard cookie, and no one else', async () => {
    const admin = await createAdmin(t);
    const page = await request(t.http).get('/api/admin/queues').set(auth(admin)).expect(200);
    expect(page.text).toContain('<html');
    const api = await request(t.http).get('/api/admin/queues/api/queues').set(auth(admin));
    expect(api.status).toBe(200);
    expect(api.body.queues.length).toBe(7);

    const session = await request(t.http)
      .post(`${API}/admin/queues/session`)
      .set(auth(admin))
      .expect(204);
    const cookie = session.headers['set-cookie'] as unknown as string[];
    expect(cookie[0]).toMatch(/chanjiao_queues=.*HttpOnly/);
    await request(t.http)
      .get('/api/admin/queues')
      .set('Cookie', cookie[0].split(';')[0])
      .expect(200);

    expectProblem(await request(t.http).get('/api/admin/queues'), 401, 'AUTH_REQUIRED');
    const user = await registerAccount(t.http, Role.Expert);
    expectProblem(
      await request(t.http).get('/api/admin/queues/api/queues').set(auth(user)),
      403,
      'ROLE_FORBIDDEN',
    );
  });
});
