import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { claimVersions, Queues } from '@app/shared';
import { createTestApp, type TestApp } from './support';

describe('stale events (claimVersions on the real database)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const ref = (aggregateId: string, version: number, scope = 'demand:demand.updated') => ({
    scope,
    aggregateId,
    version,
  });
  const claim = (...refs: ReturnType<typeof ref>[]) =>
    claimVersions(t.dataSource.manager, Queues.Notifications, refs);

  it('applies newer versions and redeliveries, drops what a newer event overtook', async () => {
    const id = randomUUID();
    expect(await claim(ref(id, 2))).toHaveLength(1);
    expect(await claim(ref(id, 4))).toHaveLength(1);
    // v3 arrives late (a retry, a Redis replay): v4 was already applied.
    expect(await claim(ref(id, 3))).toEqual([]);
    // v4 again (at least once delivery after a failure): applied again, idempotently.
    expect(await claim(ref(id, 4))).toEqual([ref(id, 4)]);
  });

  it('keeps scopes and consumers apart and takes the newest of one batch', async () => {
    const id = randomUUID();
    const other = randomUUID();
    expect(await claim(ref(id, 5))).toHaveLength(1);
    // Another kind of event of the same aggregate is not overtaken by demand.updated v5.
    expect(await claim(ref(id, 1, 'demand:demand.closed'))).toHaveLength(1);
    const searchClaims = await claimVersions(t.dataSource.manager, Queues.SearchIndex, [
      ref(id, 1),
    ]);
    expect(searchClaims).toHaveLength(1);
    const batch = await claim(ref(other, 1), ref(other, 3), ref(other, 2), ref(id, 4));
    expect(batch).toEqual([ref(other, 3)]);
  });
});
