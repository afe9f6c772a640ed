import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig, REDIS, redisOptionsFromUrl, type Role } from '@app/shared';

const MAX_ENTRIES = 50_000;

/** What a revocation message names: one session, or every session of a user. */
export type Revocation = { sessionId: string } | { userId: string };

/**
 * What the session check read about the account besides "live": its role and, for a district
 * operator, the districts granted (ADR 0016). A change of either is broadcast like a revocation
 * (`revoke({ userId })`), so a cached answer never outlives a changed grant.
 */
export interface LiveAccount {
  role: Role;
  districts?: readonly string[];
}

interface Entry {
  userId: string;
  until: number;
  account?: LiveAccount;
}

/**
 * Sessions seen live in the last few seconds, so that an authenticated request needs no database
 * round trip. It is safe because every revocation (logout, refresh-token reuse, and later password
 * changes and disabled accounts) is broadcast on a Redis channel that every api instance listens
 * to, and the cache is used only while this instance is subscribed: when the subscription drops,
 * the cache is emptied and every request reads PostgreSQL until it is back (ADR 0012).
 *
 * A lookup that was in flight when a revocation arrived does not store its answer (`generation`),
 * so an answer read just before a revocation's commit cannot outlive it.
 */
@Injectable()
export class LiveSessionCache implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(LiveSessionCache.name);
  private readonly entries = new Map<string, Entry>();
  private readonly channel: string;
  private subscriber?: Redis;
  private listening = false;
  private generation = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    this.channel = `${config.QUEUE_PREFIX}:auth:revoked`;
  }

  get enabled(): boolean {
    return this.config.SESSION_CACHE_TTL_MS > 0;
  }

  onModuleInit(): void {
    if (!this.enabled) return;
    const subscriber = new Redis({
      ...redisOptionsFromUrl(this.config.REDIS_URL),
      autoResubscribe: false,
      connectionName: `${this.config.QUEUE_PREFIX}:session-revocations`,
    });
    subscriber.on('ready', () => {
      subscriber.subscribe(this.channel).then(
        () => this.onSubscribed(),
        (error: Error) => this.logger.warn(`Cannot subscribe to revocations: ${error.message}`),
      );
    });
    for (const event of ['close', 'reconnecting', 'end']) {
      subscriber.on(event, () => this.onUnsubscribed());
    }
    subscriber.on('error', () => this.onUnsubscribed());
    subscriber.on('message', (_channel: string, message: string) => this.apply(message));
    this.subscriber = subscriber;
  }

  async onApplicationShutdown(): Promise<void> {
    this.onUnsubscribed();
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  /** A token whose lookup may be stored with `remember`; undefined when the cache is off. */
  begin(): number | undefined {
    return this.listening ? this.generation : undefined;
  }

  isLive(sessionId: string, userId: string, now = Date.now()): boolean {
    return this.entry(sessionId, userId, now) !== undefined;
  }

  /** The account read with the session check, while the session is cached as live. */
  account(sessionId: string, userId: string, now = Date.now()): LiveAccount | undefined {
    return this.entry(sessionId, userId, now)?.account;
  }

  private entry(sessionId: string, userId: string, now: number): Entry | undefined {
    const entry = this.listening ? this.entries.get(sessionId) : undefined;
    if (!entry) return undefined;
    if (entry.until <= now || entry.userId !== userId) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry;
  }

  remember(
    sessionId: string,
    userId: string,
    token: number | undefined,
    now = Date.now(),
    account?: LiveAccount,
  ): void {
    if (token === undefined || token !== this.generation || !this.listening) return;
    if (this.entries.size >= MAX_ENTRIES) {
      // Maps iterate in insertion order: the first key is the oldest entry.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(sessionId, {
      userId,
      until: now + this.config.SESSION_CACHE_TTL_MS,
      ...(account ? { account } : {}),
    });
  }

  /**
   * Forgets the sessions here at once and tells every other instance. Call it after the
   * revocation has committed. A lost broadcast leaves other instances trusting the session for at
   * most SESSION_CACHE_TTL_MS; it is logged.
   */
  async revoke(revocation: Revocation): Promise<void> {
    const message = encode(revocation);
    this.apply(message);
    if (!this.enabled) return;
    try {
      await this.redis.publish(this.channel, message);
    } catch (error) {
      this.logger.warn(
        `Revocation not broadcast (${(error as Error).message}); other instances forget it within ${this.config.SESSION_CACHE_TTL_MS} ms`,
      );
    }
  }

  private apply(message: string): void {
    this.generation++;
    const revocation = decode(message);
    if (!revocation) return;
    if ('sessionId' in revocation) {
      this.entries.delete(revocation.sessionId);
      return;
    }
    for (const [sessionId, entry] of this.entries) {
      if (entry.userId === revocation.userId) this.entries.delete(sessionId);
    }
  }

  /** The subscription is up: start trusting fresh lookups (nothing older is kept). */
  onSubscribed(): void {
    this.entries.clear();
    this.generation++;
    this.listening = true;
  }

  /** The subscription is down: revocations may be missed, so trust nothing until it is back. */
  onUnsubscribed(): void {
    if (!this.listening) return;
    this.listening = false;
    this.entries.clear();
    this.generation++;
  }
}

export function encode(revocation: Revocation): string {
  return 'sessionId' in revocation ? `s:${revocation.sessionId}` : `u:${revocation.userId}`;
}

export function decode(message: string): Revocation | undefined {
  const id = message.slice(2);
  if (!id) return undefined;
  if (message.startsWith('s:')) return { sessionId: id };
  if (message.startsWith('u:')) return { userId: id };
  return undefined;
}
