import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import request from 'supertest';
import { LiveSessionCache } from '@app/identity';
import { redisOptionsFromUrl, Role } from '@app/shared';
import {
  API,
  auth,
  createTestApp,
  eventually,
  expectProblem,
  registerAccount,
  type TestApp,
  withEnv,
} from './support';

/** The session id (`sid`) and user id (`sub`) inside an access token. */
function claimsOf(token: string): { sid: string; sub: string } {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
}

/**
 * Two api instances on one database and one Redis, as in production behind a load balancer.
 * Their session caches trust a live session for a minute, so a revocation that reaches the other
 * instance within the test's seconds can only have come through the broadcast.
 */
describe('session cache across api instances', () => {
  let a: TestApp;
  let b: TestApp;
  let redis: Redis;
  const cacheOf = (t: TestApp) => t.app.get(LiveSessionCache);

  beforeAll(async () => {
    [a, b] = await withEnv({ SESSION_CACHE_TTL_MS: '60000' }, async () => [
      await createTestApp(),
      await createTestApp(),
    ]);
    redis = new Redis(redisOptionsFromUrl(process.env.REDIS_URL!));
    await eventually(async () => cacheOf(a).begin() !== undefined || undefined);
    await eventually(async () => cacheOf(b).begin() !== undefined || undefined);
  });
  afterAll(async () => {
    await redis.quit();
    await a.close();
    await b.close();
  });

  async function cachedOnB(token: string) {
    await request(b.http).get(`${API}/me`).set(auth({ token })).expect(200);
    const { sid, sub } = claimsOf(token);
    expect(cacheOf(b).isLive(sid, sub)).toBe(true);
  }

  const refusedOnB = (token: string) =>
    eventually(async () => {
      const res = await request(b.http).get(`${API}/me`).set(auth({ token }));
      return res.status === 401 ? res : undefined;
    }, 5000);

  it('a logout on one instance ends the session on the other at once', async () => {
    const account = await registerAccount(a.http, Role.Expert);
    await cachedOnB(account.token);
    await request(a.http)
      .post(`${API}/auth/logout`)
      .send({ refreshToken: account.refreshToken })
      .expect(204);
    expectProblem(await refusedOnB(account.token), 401, 'SESSION_REVOKED');
  });

  it('a replayed refresh token on one instance ends the session on the other', async () => {
    const account = await registerAccount(a.http, Role.Enterprise);
    const rotated = await request(a.http)
      .post(`${API}/auth/refresh`)
      .send({ refreshToken: account.refreshToken })
      .expect(200);
    await cachedOnB(rotated.body.accessToken);
    await request(a.http)
      .post(`${API}/auth/refresh`)
      .send({ refreshToken: account.refreshToken })
      .expect(401);
    expectProblem(await refusedOnB(rotated.body.accessToken), 401, 'SESSION_REVOKED');
  });

  it('trusts nothing it cached once its subscription drops', async () => {
    const account = await registerAccount(a.http, Role.College);
    await cachedOnB(account.token);
    const { sid, sub } = claimsOf(account.token);
    const name = `${process.env.QUEUE_PREFIX}:session-revocations`;
    const clients = (await redis.client('LIST')) as string;
    const ids = clients
      .split('\n')
      .filter((line) => line.includes(` name=${name} `))
      .map((line) => /\bid=(\d+)/.exec(line)![1]!);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const id of ids) await redis.client('KILL', 'ID', id);
    await eventually(async () => !cacheOf(b).isLive(sid, sub) || undefined);
    // Revoked behind the caches' back (no broadcast): only PostgreSQL can know.
    await b.dataSource.query(`UPDATE auth_sessions SET revoked_at = now() WHERE id = $1`, [sid]);
    expectProblem(
      await request(b.http).get(`${API}/me`).set(auth(account)),
      401,
      'SESSION_REVOKED',
    );
    // And it comes back by itself.
    await eventually(async () => cacheOf(b).begin() !== undefined || undefined);
  });
});
