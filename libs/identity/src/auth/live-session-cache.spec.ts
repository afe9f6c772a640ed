import { describe, expect, it, jest } from '@jest/globals';
import type { Redis } from 'ioredis';
import { type AppConfig, Role } from '@app/shared';
import { decode, encode, LiveSessionCache } from './live-session-cache';

function cacheWith(ttlMs = 10_000) {
  const publish = jest.fn(async () => 1);
  const config = { SESSION_CACHE_TTL_MS: ttlMs, QUEUE_PREFIX: 'unit' } as AppConfig;
  const cache = new LiveSessionCache(config, { publish } as unknown as Redis);
  return { cache, publish };
}

describe('LiveSessionCache', () => {
  it('trusts nothing until it is subscribed to revocations', () => {
    const { cache } = cacheWith();
    expect(cache.begin()).toBeUndefined();
    cache.remember('s1', 'u1', cache.begin());
    expect(cache.isLive('s1', 'u1')).toBe(false);
    cache.onSubscribed();
    cache.remember('s1', 'u1', cache.begin());
    expect(cache.isLive('s1', 'u1')).toBe(true);
  });

  it('forgets entries after the TTL and for another user id', () => {
    const { cache } = cacheWith(1000);
    cache.onSubscribed();
    cache.remember('s1', 'u1', cache.begin(), 0);
    expect(cache.isLive('s1', 'u2', 10)).toBe(false);
    cache.remember('s1', 'u1', cache.begin(), 0);
    expect(cache.isLive('s1', 'u1', 999)).toBe(true);
    expect(cache.isLive('s1', 'u1', 1000)).toBe(false);
  });

  it("keeps the account read with the session (a district operator's scope) until a user revocation", async () => {
    const { cache } = cacheWith();
    cache.onSubscribed();
    const account = { role: Role.Operator, districts: ['130302'] };
    cache.remember('s1', 'u1', cache.begin(), undefined, account);
    expect(cache.account('s1', 'u1')).toEqual(account);
    expect(cache.account('s1', 'u2')).toBeUndefined();
    // A grant changed: the admin's service broadcasts the user, the next request reads again.
    await cache.revoke({ userId: 'u1' });
    expect(cache.account('s1', 'u1')).toBeUndefined();
  });

  it('does not store a lookup that was in flight when a revocation arrived', async () => {
    const { cache } = cacheWith();
    cache.onSubscribed();
    const lookup = cache.begin();
    await cache.revoke({ sessionId: 'other-session' });
    cache.remember('s1', 'u1', lookup);
    expect(cache.isLive('s1', 'u1')).toBe(false);
  });

  it('revokes one session or every session of a user, here and by broadcast', async () => {
    const { cache, publish } = cacheWith();
    cache.onSubscribed();
    for (const [s, u] of [
      ['s1', 'u1'],
      ['s2', 'u1'],
      ['s3', 'u2'],
    ])
      cache.remember(s, u, cache.begin());
    await cache.revoke({ sessionId: 's3' });
    expect(cache.isLive('s3', 'u2')).toBe(false);
    expect(cache.isLive('s1', 'u1')).toBe(true);
    await cache.revoke({ userId: 'u1' });
    expect(cache.isLive('s1', 'u1')).toBe(false);
    expect(cache.isLive('s2', 'u1')).toBe(false);
    expect(publish.mock.calls).toEqual([
      ['unit:auth:revoked', 's:s3'],
      ['unit:auth:revoked', 'u:u1'],
    ]);
  });

  it('empties itself when the subscription drops', () => {
    const { cache } = cacheWith();
    cache.onSubscribed();
    const lookup = cache.begin();
    cache.remember('s1', 'u1', lookup);
    cache.onUnsubscribed();
    expect(cache.isLive('s1', 'u1')).toBe(false);
    cache.onSubscribed();
    expect(cache.isLive('s1', 'u1')).toBe(false);
    cache.remember('s1', 'u1', lookup);
    expect(cache.isLive('s1', 'u1')).toBe(false);
  });

  it('keeps working locally when the broadcast fails', async () => {
    const { cache, publish } = cacheWith();
    publish.mockRejectedValueOnce(new Error('Redis down'));
    cache.onSubscribed();
    cache.remember('s1', 'u1', cache.begin());
    await expect(cache.revoke({ sessionId: 's1' })).resolves.toBeUndefined();
    expect(cache.isLive('s1', 'u1')).toBe(false);
  });

  it('is off with a TTL of 0', async () => {
    const { cache, publish } = cacheWith(0);
    cache.onModuleInit();
    await cache.revoke({ sessionId: 's1' });
    expect(publish).not.toHaveBeenCalled();
    expect(cache.begin()).toBeUndefined();
  });

  it('encodes revocations both ways and ignores garbage', () => {
    expect(decode(encode({ sessionId: 'a' }))).toEqual({ sessionId: 'a' });
    expect(decode(encode({ userId: 'b' }))).toEqual({ userId: 'b' });
    expect(decode('x:1')).toBeUndefined();
    expect(decode('s:')).toBeUndefined();
  });
});
