import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type JobType, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Meilisearch } from 'meilisearch';
import { Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import { indexUid, SEARCH_TYPES } from '@app/search';
import { APP_CONFIG, type AppConfig, MEILISEARCH, Queues, REDIS } from '@app/shared';
import { METRIC_PREFIX, MetricsRegistry } from '../metrics-registry';
import { ageSeconds, within } from './bounded';
import { dueAt } from './queue-age';
import {
  type DeliveryOutcomeCount,
  deliveryOutcomes,
  type DeliveryStatusCount,
} from './delivery-outcomes';

/** Longest a scrape waits for one dependency; it then reports that dependency as down. */
export const DEPENDENCY_TIMEOUT_MS = 2000;
/** The unpublished-outbox count stops here, so a huge backlog cannot make a scrape slow. */
export const OUTBOX_COUNT_CAP = 100_000;
/** Delivery totals are counted at most this often per api instance (see ADR 0010). */
export const DELIVERY_COUNTS_MAX_AGE_MS = 60_000;

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const satisfies JobType[];
type QueueState = (typeof QUEUE_STATES)[number];
type Dependency = 'postgres' | 'redis' | 'meilisearch';

interface QueueStats {
  queue: string;
  counts: Record<QueueState, number>;
  oldestWaitingAgeSeconds: number;
}
interface OutboxLag {
  unpublished: number;
  oldestAgeSeconds: number;
}
interface SearchTaskLag {
  pending: number;
  oldestAgeSeconds: number;
}
interface Snapshot {
  up: Record<Dependency, boolean>;
  queues?: QueueStats[];
  outbox?: OutboxLag;
  searchTasks?: SearchTaskLag;
  deliveries?: DeliveryOutcomeCount[];
}

const OUTBOX_LAG_SQL = `
  SELECT (SELECT count(*) FROM (SELECT 1 FROM outbox_events WHERE published_at IS NULL LIMIT ${OUTBOX_COUNT_CAP}) AS backlog)::int AS unpublished,
         (SELECT extract(epoch FROM now() - occurred_at) FROM outbox_events
           WHERE published_at IS NULL ORDER BY id LIMIT 1)::float8 AS oldest_age_seconds`;

const DELIVERY_COUNTS_SQL = `
  SELECT 'email' AS channel, status::text AS status, count(*)::int AS count FROM email_deliveries GROUP BY status
  UNION ALL
  SELECT 'webhook', status::text, count(*)::int FROM webhook_deliveries GROUP BY status`;

/**
 * The operational gauges, gathered when Prometheus scrapes (prom-client `collect()`): BullMQ
 * queue depth and age, outbox lag, Meilisearch task lag, notification deliveries by channel and
 * outcome, and whether each dependency answered. All gauges of one scrape share one gathering
 * (concurrent scrapes too); each dependency is read with a time limit, and a dependency that is
 * down only takes its own gauges out of the answer (`chanjiao_dependency_up` says which).
 * The values are global (shared state), identical on every api instance: aggregate them with
 * `max`, not `sum`.
 */
@Injectable()
export class OperationsMetrics implements OnModuleDestroy {
  private readonly indexUids: string[];
  private queues: Queue[] | undefined;
  private gathering: Promise<Snapshot> | undefined;
  /** The last count (or failure: no counts), reused for DELIVERY_COUNTS_MAX_AGE_MS. */
  private deliveryCache: { at: number; counts?: DeliveryOutcomeCount[] } | undefined;

  constructor(
    metrics: MetricsRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(MEILISEARCH) private readonly meili: Meilisearch,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.indexUids = SEARCH_TYPES.map((type) => indexUid(config.MEILI_INDEX_PREFIX, type));
    this.registerGauges(metrics);
  }

  async onModuleDestroy(): Promise<void> {
    await this.dropQueues();
  }

  /** One gathering per scrape: every gauge's collect() of that scrape awaits the same one. */
  snapshot(): Promise<Snapshot> {
    this.gathering ??= this.gather().finally(() => (this.gathering = undefined));
    return this.gathering;
  }

  private async gather(): Promise<Snapshot> {
    const [queues, outbox, searchTasks, deliveries] = await Promise.allSettled([
      within(DEPENDENCY_TIMEOUT_MS, 'Redis', () => this.readQueues()),
      within(DEPENDENCY_TIMEOUT_MS, 'PostgreSQL', () => this.readOutboxLag()),
      within(DEPENDENCY_TIMEOUT_MS, 'Meilisearch', () => this.readSearchTaskLag()),
      within(DEPENDENCY_TIMEOUT_MS, 'PostgreSQL', () => this.readDeliveries()),
    ]);
    if (queues.status === 'rejected') void this.dropQueues();
    return {
      up: {
        postgres: outbox.status === 'fulfilled',
        redis: queues.status === 'fulfilled',
        meilisearch: searchTasks.status === 'fulfilled',
      },
      queues: valueOf(queues),
      outbox: valueOf(outbox),
      searchTasks: valueOf(searchTasks),
      deliveries: valueOf(deliveries),
    };
  }

  private async readQueues(): Promise<QueueStats[]> {
    // Never queue commands on a client that is reconnecting: say "down" at once.
    if (this.redis.status !== 'ready') throw new Error(`Redis is ${this.redis.status}`);
    const now = Date.now();
    return Promise.all(
      this.openQueues().map(async (queue) => {
        const [counts, [oldest]] = await Promise.all([
          queue.getJobCounts(...QUEUE_STATES),
          // The oldest waiting job (one job hash is read).
          queue.getJobs(['waiting'], 0, 0, true),
        ]);
        return {
          queue: queue.name,
          counts: Object.fromEntries(QUEUE_STATES.map((s) => [s, counts[s] ?? 0])) as Record<
            QueueState,
            number
          >,
          oldestWaitingAgeSeconds: ageSeconds(oldest && dueAt(oldest), now),
        };
      }),
    );
  }

  /** Read-only BullMQ queues on the shared fail-fast Redis client (no offline queue). */
  private openQueues(): Queue[] {
    this.queues ??= Object.values(Queues).map((name) => {
      const queue = new Queue(name, { connection: this.redis, prefix: this.config.QUEUE_PREFIX });
      queue.on('error', () => undefined);
      return queue;
    });
    return this.queues;
  }

  /** After a Redis failure the next scrape starts from fresh queue objects. */
  private async dropQueues(): Promise<void> {
    const queues = this.queues;
    this.queues = undefined;
    await Promise.all((queues ?? []).map((queue) => queue.close().catch(() => undefined)));
  }

  /** Indexed: the partial index ix_outbox_unpublished covers both subqueries. */
  private async readOutboxLag(): Promise<OutboxLag> {
    const [row] = await this.boundedQuery<{
      unpublished: number;
      oldest_age_seconds: number | null;
    }>(OUTBOX_LAG_SQL);
    return {
      unpublished: row.unpublished,
      oldestAgeSeconds: Math.max(0, row.oldest_age_seconds ?? 0),
    };
  }

  private async readSearchTaskLag(): Promise<SearchTaskLag> {
    const page = await this.meili.tasks.getTasks({
      statuses: ['enqueued', 'processing'],
      indexUids: this.indexUids,
      // Oldest first: the one task read is the one that has waited longest.
      reverse: true,
      limit: 1,
    });
    const oldest = page.results[0]?.enqueuedAt;
    return {
      pending: page.total ?? page.results.length,
      oldestAgeSeconds: ageSeconds(oldest ? Date.parse(oldest) : undefined, Date.now()),
    };
  }

  /**
   * Delivery totals from the delivery tables (the truth, whichever worker sent what). Counting
   * every row is a scan, so it runs at most once a minute per instance, under a statement
   * timeout. A failure reports no totals (never stale ones) and is retried a minute later.
   */
  private async readDeliveries(): Promise<DeliveryOutcomeCount[]> {
    const now = Date.now();
    const cached = this.deliveryCache;
    if (cached && now - cached.at < DELIVERY_COUNTS_MAX_AGE_MS) {
      if (cached.counts) return cached.counts;
      throw new Error('the last delivery count failed; next try after a minute');
    }
    // A failure (a timeout on a large table) is not retried on every scrape either.
    this.deliveryCache = { at: now };
    const rows = await this.boundedQuery<DeliveryStatusCount>(DELIVERY_COUNTS_SQL);
    const counts = deliveryOutcomes(rows);
    this.deliveryCache = { at: now, counts };
    return counts;
  }

  private boundedQuery<T>(sql: string): Promise<T[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL statement_timeout = ${DEPENDENCY_TIMEOUT_MS}`);
      return (await manager.query(sql)) as T[];
    });
  }

  private registerGauges(metrics: MetricsRegistry): void {
    const registers = [metrics.registry];
    const snapshot = () => this.snapshot();
    const gauge = <L extends string>(
      name: string,
      help: string,
      labelNames: readonly L[],
      fill: (gauge: Gauge<L>, snapshot: Snapshot) => void,
    ) =>
      new Gauge<L>({
        name: `${METRIC_PREFIX}${name}`,
        help,
        labelNames,
        registers,
        async collect() {
          const current = await snapshot();
          this.reset();
          // A gauge without labels would read 0 after reset: absent says "unknown" instead.
          if (labelNames.length === 0) this.remove();
          fill(this, current);
        },
      });

    gauge(
      'dependency_up',
      'Whether the dependency answered this scrape (1) or not (0); its own gauges are absent while it is down',
      ['dependency'],
      (g, s) => {
        for (const [dependency, up] of Object.entries(s.up)) g.set({ dependency }, up ? 1 : 0);
      },
    );
    gauge(
      'queue_jobs',
      'BullMQ jobs per queue and state (waiting, active, delayed, failed)',
      ['queue', 'state'],
      (g, s) => {
        for (const q of s.queues ?? [])
          for (const state of QUEUE_STATES) g.set({ queue: q.queue, state }, q.counts[state]);
      },
    );
    gauge(
      'queue_oldest_waiting_age_seconds',
      'Age of the oldest waiting job per BullMQ queue (0 when none waits)',
      ['queue'],
      (g, s) => {
        for (const q of s.queues ?? []) g.set({ queue: q.queue }, q.oldestWaitingAgeSeconds);
      },
    );
    gauge(
      'outbox_unpublished_events',
      `Outbox events not yet relayed to the queues (counted up to ${OUTBOX_COUNT_CAP})`,
      [],
      (g, s) => s.outbox && g.set(s.outbox.unpublished),
    );
    gauge(
      'outbox_oldest_unpublished_age_seconds',
      'Age of the oldest outbox event not yet relayed (0 when none)',
      [],
      (g, s) => s.outbox && g.set(s.outbox.oldestAgeSeconds),
    );
    gauge(
      'search_tasks_pending',
      'Meilisearch tasks enqueued or processing on the live search indexes',
      [],
      (g, s) => s.searchTasks && g.set(s.searchTasks.pending),
    );
    gauge(
      'search_oldest_pending_task_age_seconds',
      'Age of the oldest enqueued or processing Meilisearch task on the live indexes (0 when none)',
      [],
      (g, s) => s.searchTasks && g.set(s.searchTasks.oldestAgeSeconds),
    );
    gauge(
      'notification_deliveries',
      'Email and webhook deliveries by channel and outcome (rows in PostgreSQL, at most a minute old)',
      ['channel', 'outcome'],
      (g, s) => {
        for (const d of s.deliveries ?? [])
          g.set({ channel: d.channel, outcome: d.outcome }, d.count);
      },
    );
  }
}

function valueOf<T>(result: PromiseSettledResult<T>): T | undefined {
  return result.status === 'fulfilled' ? result.value : undefined;
}
