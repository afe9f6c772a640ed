import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobsOptions, Queue } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  defineQueue,
  JobProducer,
  payload,
  Queues,
  withTimeout,
} from '@app/shared';
import type { DeliveryChannel, WebhookRequest } from '../channels';
import { type RetryPolicy, retryPolicyFor, WEBHOOK_BACKOFF } from './retry-policy';
import { ALL_EVENTS } from './webhook-endpoint.entity';
import { webhookPayload, type WebhookPayload } from './webhook-payload';

/** What a job of the webhooks queue carries. */
export interface WebhookJob {
  deliveryId: string;
  /** The delivery's `replays` when queued: a job of an older series is stale and does nothing. */
  series: number;
  retry: RetryPolicy;
}

/** The webhooks queue: one job per delivery (and series). */
export const WEBHOOKS_QUEUE = defineQueue(Queues.Webhooks, { deliver: payload<WebhookJob>() });

/** A delivery to queue: its id and series. */
export interface QueuedDelivery {
  id: string;
  replays: number;
}

export const webhookJobId = (d: QueuedDelivery) =>
  d.replays === 0 ? `webhook-${d.id}` : `webhook-${d.id}-r${d.replays}`;

/** BullMQ waits for Redis indefinitely; past this the add counts as failed (requeuePending redoes it). */
const ENQUEUE_TIMEOUT_MS = 3_000;
const REQUEUE_BATCH = 500;

interface EndpointRow {
  id: string;
  organization_id: string;
  event_types: string[];
}

export interface NewDeliveryRow {
  endpoint_id: string;
  idempotency_key: string;
  event_type: string;
  payload: WebhookPayload;
}

/**
 * The webhook channel: records one delivery per subscribed endpoint inside the caller's
 * transaction, queues them after the commit, and re-queues whatever is neither delivered nor dead.
 */
@Injectable()
export class WebhookOutbox implements DeliveryChannel<WebhookRequest>, OnModuleInit {
  private readonly logger = new Logger(WebhookOutbox.name);
  private readonly retry: RetryPolicy;
  private readonly jobs: JobProducer<typeof WEBHOOKS_QUEUE>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(Queues.Webhooks) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.retry = retryPolicyFor(config);
    this.jobs = new JobProducer(WEBHOOKS_QUEUE, queue);
  }

  onModuleInit(): void {
    // Connection errors also surface as failed adds, which are logged there.
    this.queue.on('error', () => undefined);
  }

  async record(manager: EntityManager, requests: WebhookRequest[]): Promise<string[]> {
    if (requests.length === 0) return [];
    const orgIds = [...new Set(requests.map((r) => r.organizationId))];
    const endpoints: EndpointRow[] = await manager.query(
      `SELECT id, organization_id, event_types FROM webhook_endpoints
        WHERE organization_id = ANY($1::uuid[]) AND enabled ORDER BY created_at, id`,
      [orgIds],
    );
    if (endpoints.length === 0) return [];
    const rows: NewDeliveryRow[] = [];
    for (const request of requests) {
      const kind = request.content.kind;
      const payload = webhookPayload(request.content, this.config.PUBLIC_WEB_URL);
      for (const e of endpoints) {
        if (e.organization_id !== request.organizationId) continue;
        if (!e.event_types.includes(kind) && !e.event_types.includes(ALL_EVENTS)) continue;
        rows.push({
          endpoint_id: e.id,
          idempotency_key: `${request.idempotencyKey}:${e.id}`,
          event_type: kind,
          payload,
        });
      }
    }
    return this.insert(manager, rows);
  }

  /** Inserts deliveries; a key already recorded is skipped. Returns the new ids. */
  async insert(manager: EntityManager, rows: NewDeliveryRow[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO webhook_deliveries (endpoint_id, idempotency_key, event_type, payload)
       SELECT r.endpoint_id, r.idempotency_key, r.event_type, r.payload
         FROM jsonb_to_recordset($1::jsonb)
           AS r(endpoint_id uuid, idempotency_key text, event_type text, payload jsonb)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING id`,
      [JSON.stringify(rows)],
    );
    return inserted.map((r) => r.id);
  }

  async dispatch(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    try {
      const rows: QueuedDelivery[] = await this.dataSource.query(
        `SELECT id, replays FROM webhook_deliveries
          WHERE id = ANY($1::uuid[]) AND status IN ('pending', 'failed')`,
        [ids],
      );
      await this.enqueue(rows);
    } catch (error) {
      this.logger.warn(
        `Could not queue ${ids.length} webhook deliveries (re-queued later): ${(error as Error).message}`,
      );
    }
  }

  async requeuePending(): Promise<number> {
    let count = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: QueuedDelivery[] = await this.dataSource.query(
        `SELECT id, replays FROM webhook_deliveries
          WHERE status IN ('pending', 'failed') AND id > $1 ORDER BY id LIMIT $2`,
        [after, REQUEUE_BATCH],
      );
      if (rows.length === 0) return count;
      await this.enqueue(rows);
      count += rows.length;
      after = rows[rows.length - 1].id;
    }
  }

  /**
   * Adds one job per delivery. The job id names the delivery and its series, so adding one that
   * BullMQ already holds is a no-op: dispatching or requeueing twice sends nothing twice.
   */
  async enqueue(deliveries: QueuedDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    const opts = (d: QueuedDelivery): JobsOptions => ({
      jobId: webhookJobId(d),
      attempts: this.retry.attempts,
      backoff: { type: WEBHOOK_BACKOFF },
    });
    await withTimeout(
      this.jobs.addBulk(
        deliveries.map((d) => ({
          name: 'deliver' as const,
          data: { deliveryId: d.id, series: d.replays, retry: this.retry },
          opts: opts(d),
        })),
      ),
      ENQUEUE_TIMEOUT_MS,
    );
  }
}
