import { withTimeout } from './with-timeout';

/** The two Redis commands the detector needs (ioredis and BullMQ's client both have them). */
export interface MarkerStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<unknown>;
}

/**
 * The one detector of a Redis that lost its data (restart without persistence, failover to an
 * empty replica, a new instance). Each consumer that can repair from PostgreSQL keeps a marker
 * key; a Redis without it has lost (or never had) what that consumer queued. The marker is written
 * only after the repair succeeded, so a failed repair runs again at the next check, and each
 * consumer has its own marker, so one consumer's repair never hides the loss from another.
 * Every call is bounded: ioredis and BullMQ wait for a connection indefinitely.
 */
export class RedisDataLoss {
  constructor(
    private readonly store: () => Promise<MarkerStore>,
    private readonly prefix: string,
    private readonly timeoutMs = 3_000,
  ) {}

  /** Runs `repair` when Redis lost its data since `consumer` last repaired; true if it did. */
  async repairIfLost(consumer: string, repair: () => Promise<void>): Promise<boolean> {
    const store = await withTimeout(this.store(), this.timeoutMs);
    const key = `${this.prefix}:${consumer}:epoch`;
    if ((await withTimeout(store.get(key), this.timeoutMs)) !== null) return false;
    await repair();
    await withTimeout(store.set(key, new Date().toISOString()), this.timeoutMs);
    return true;
  }
}
