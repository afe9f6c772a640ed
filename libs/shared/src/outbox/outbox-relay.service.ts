import { getQueueToken } from '@nestjs/bullmq';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env.schema';
import { RedisDataLoss } from '../queue/redis-data-loss';
import { withTimeout } from '../queue/with-timeout';
import { OUTBOX_NOTIFY_CHANNEL } from './domain-event';
import { EVENT_ROUTES, type EventRoute } from './event-routes';
import { replayUnhandled } from './outbox-replay';
import { type OutboxRow, toMessage } from './outbox-row';

const BATCH_SIZE = 200;
/** Any fixed number: one relay in the whole deployment holds this advisory lock. */
const RELAY_LOCK_KEY = 712_400_001;
const MAX_BACKOFF_MS = 10_000;
/** BullMQ waits for a connection indefinitely; past this the batch counts as failed and is retried. */
const ENQUEUE_TIMEOUT_MS = 3_000;
/** How often the leader checks whether Redis still holds its data. */
const REDIS_CHECK_MS = 5_000;

/**
 * Moves outbox rows to the consumers' BullMQ queues, at least once and in id order. One relay leads (advisory lock),
 * so events of one aggregate are never enqueued out of order; on a Redis failure it stops at
 * the failed row and retries with backoff, never skipping ahead.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private listener?: Client;
  private running = false;
  private isLeader = false;
  private wake?: () => void;
  private loop?: Promise<void>;
  private failures = 0;
  private routes: { queue: Queue; route: EventRoute }[] = [];
  private nextRedisCheck = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_ROUTES) private readonly eventRoutes: readonly EventRoute[],
  ) {}

  onApplicationBootstrap(): void {
    this.routes = this.eventRoutes.map((route) => {
      const queue = this.moduleRef.get<Queue>(getQueueToken(route.queue), { strict: false });
      // Connection errors also surface as failed adds, which the loop logs with backoff.
      queue.on('error', () => undefined);
      return { queue, route };
    });
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (!this.isLeader) await this.becomeLeader();
        if (this.isLeader) {
          while (this.running && (await this.relayBatch()) === BATCH_SIZE);
          await this.repairRedisLoss();
          this.failures = 0;
        }
      } catch (error) {
        this.failures += 1;
        this.logger.warn(`Outbox relay failed (${this.failures}): ${(error as Error).message}`);
        if (this.listener && !(await this.isListenerAlive())) await this.resetListener();
      }
      if (this.running)
        await this.sleep(this.failures > 0 ? this.backoffMs() : this.config.OUTBOX_POLL_MS);
    }
  }

  private async becomeLeader(): Promise<void> {
    if (!this.listener) {
      const client = new Client({ connectionString: this.config.DATABASE_URL });
      client.on('error', () => void this.resetListener());
      client.on('notification', () => this.wake?.());
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_NOTIFY_CHANNEL}`);
      this.listener = client;
    }
    const { rows } = await this.listener.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1) AS locked',
      [RELAY_LOCK_KEY],
    );
    this.isLeader = rows[0].locked;
  }

  private async relayBatch(): Promise<number> {
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT id, event_type, aggregate_type, aggregate_id, aggregate_version, payload, occurred_at
         FROM outbox_events WHERE published_at IS NULL ORDER BY id LIMIT $1`,
      [BATCH_SIZE],
    );
    if (rows.length === 0) return 0;
    try {
      // Re-adding an id BullMQ already holds is a no-op, so a retried batch duplicates nothing.
      await withTimeout(
        Promise.all(
          this.routes.map(({ queue, route }) => {
            const jobs = rows.filter((row) => route.accepts(row.event_type));
            return jobs.length === 0
              ? undefined
              : queue.addBulk(
                  jobs.map((row) => ({
                    name: row.event_type,
                    data: toMessage(row),
                    opts: { ...route.jobOptions, jobId: `event-${row.id}` },
                  })),
                );
          }),
        ),
        ENQUEUE_TIMEOUT_MS,
      );
    } catch (error) {
      await this.dataSource.query(
        'UPDATE outbox_events SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])',
        [rows.map((r) => r.id), String((error as Error).message).slice(0, 500)],
      );
      throw error;
    }
    await this.dataSource.query(
      'UPDATE outbox_events SET published_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])',
      [rows.map((r) => r.id)],
    );
    return rows.length;
  }

  /**
   * After Redis lost its data (RedisDataLoss), re-enqueues what was relayed but not handled.
   * Checked at most every few seconds.
   */
  private async repairRedisLoss(): Promise<void> {
    if (Date.now() < this.nextRedisCheck || this.routes.length === 0) return;
    const queue = this.routes[0].queue;
    const loss = new RedisDataLoss(
      () => queue.getBackend().client,
      this.config.QUEUE_PREFIX,
      ENQUEUE_TIMEOUT_MS,
    );
    await loss.repairIfLost('outbox', async () => {
      const replayed = await replayUnhandled(this.dataSource, this.routes);
      if (replayed > 0) this.logger.warn(`Redis had lost its data: re-enqueued ${replayed} events`);
    });
    this.nextRedisCheck = Date.now() + REDIS_CHECK_MS;
  }

  private backoffMs(): number {
    return Math.min(MAX_BACKOFF_MS, 200 * 2 ** Math.min(this.failures, 6));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async isListenerAlive(): Promise<boolean> {
    try {
      await this.listener?.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  private async resetListener(): Promise<void> {
    const old = this.listener;
    this.listener = undefined;
    this.isLeader = false;
    await old?.end().catch(() => undefined);
  }
}
