import { describe, expect, it } from '@jest/globals';
import { type MarkerStore, RedisDataLoss } from './redis-data-loss';

function memoryRedis(): MarkerStore & { keys: Map<string, string> } {
  const keys = new Map<string, string>();
  return {
    keys,
    get: async (key) => keys.get(key) ?? null,
    set: async (key, value) => keys.set(key, value),
  };
}

describe('RedisDataLoss', () => {
  it('repairs once per loss and consumer, marking Redis only after the repair', async () => {
    const redis = memoryRedis();
    const loss = new RedisDataLoss(async () => redis, 'p');
    const repaired: string[] = [];
    const repair = (who: string) => async () => void repaired.push(who);

    expect(await loss.repairIfLost('outbox', repair('outbox'))).toBe(true);
    expect(await loss.repairIfLost('outbox', repair('outbox'))).toBe(false);
    // Another consumer's marker is its own: the relay's repair does not hide the loss from it.
    expect(await loss.repairIfLost('notifications', repair('notifications'))).toBe(true);
    expect([...redis.keys.keys()]).toEqual(['p:outbox:epoch', 'p:notifications:epoch']);

    redis.keys.clear(); // Redis restarted empty
    expect(await loss.repairIfLost('outbox', repair('outbox'))).toBe(true);
    expect(repaired).toEqual(['outbox', 'notifications', 'outbox']);
  });

  it('leaves the marker unset when the repair fails, so the next check repairs again', async () => {
    const redis = memoryRedis();
    const loss = new RedisDataLoss(async () => redis, 'p');
    await expect(
      loss.repairIfLost('outbox', async () => {
        throw new Error('PostgreSQL away');
      }),
    ).rejects.toThrow('PostgreSQL away');
    expect(redis.keys.size).toBe(0);
  });

  it('gives up on a Redis that does not answer', async () => {
    const silent: MarkerStore = { get: () => new Promise(() => undefined), set: async () => 'OK' };
    const loss = new RedisDataLoss(async () => silent, 'p', 20);
    await expect(loss.repairIfLost('outbox', async () => undefined)).rejects.toThrow(
      'Redis did not answer within 20 ms',
    );
  });
});
