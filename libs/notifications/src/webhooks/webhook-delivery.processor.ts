import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Job, type MinimalJob, UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, Queues } from '@app/shared';
import { isRetryable, PRODUCTION_RETRY, retryDelay } from './retry-policy';
import { messageId, signedHeaders } from './signing';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import type { WebhookEndpoint } from './webhook-endpoint.entity';
import type { WebhookJob } from './webhook-outbox.service';
import { type SendResult, sendWebhook } from './webhook-sender';

/** Deliveries sent at once by one worker (each waits on a remote server, not on us). */
const CONCURRENCY = 16;
/** On shutdown, tries in flight get this long to finish before they are cut (and retried). */
const SHUTDOWN_GRACE_MS = 5_000;

/** The wait before the next try: the policy travels with the job, so producers choose it. */
export function webhookBackoff(
  attemptsMade: number,
  _type?: string,
  _error?: Error,
  job?: MinimalJob,
): number {
  const data = job?.data as Partial<WebhookJob> | undefined;
  return retryDelay(data?.retry ?? PRODUCTION_RETRY, attemptsMade);
}

/**
 * Sends one webhook delivery per job. A 2xx marks it delivered; any other answer is recorded
 * in the log and retried with backoff; the last try (or an answer that cannot improve, see
 * `isRetryable`) marks it dead, where it waits in the dead-letter list for a replay.
 * Idempotent: a delivered or dead delivery, or a job of an older series, does nothing.
 */
@Processor(Queues.Webhooks, {
  concurrency: CONCURRENCY,
  settings: { backoffStrategy: webhookBackoff },
})
export class WebhookDeliveryProcessor extends WorkerHost implements OnModuleDestroy {
  private readonly logger = new Logger(WebhookDeliveryProcessor.name);
  private readonly inFlight = new Set<Promise<void>>();
  private readonly stopping = new AbortController();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  process(job: Job<WebhookJob>): Promise<void> {
    const work = this.deliver(job);
    this.inFlight.add(work);
    const forget = () => void this.inFlight.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** Redis outages surface here; BullMQ reconnects by itself. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`webhooks worker: ${error.message}`);
  }

  /**
   * Stops taking jobs, lets tries in flight finish for a few seconds, cuts the rest (they are
   * recorded as failed tries and retried), then closes without waiting on Redis: BullMQ's
   * graceful close never returns while Redis is unreachable.
   */
  async onModuleDestroy(): Promise<void> {
    let worker;
    try {
      worker = this.worker;
    } catch {
      return; // never started
    }
    await worker.pause(true);
    if (!(await settlesWithin([...this.inFlight], SHUTDOWN_GRACE_MS))) {
      this.stopping.abort();
      await settlesWithin([...this.inFlight], 2_000);
    }
    await worker.close(true);
  }

  private async deliver(job: Job<WebhookJob>): Promise<void> {
    const { deliveryId, series } = job.data;
    const delivery = await this.dataSource.manager.findOne(WebhookDelivery, {
      where: { id: deliveryId },
      relations: { endpoint: true },
    });
    // Gone with its endpoint, already settled, or superseded by a replay: nothing to do.
    if (!delivery?.endpoint) return;
    if (
      delivery.status === WebhookDeliveryStatus.Delivered ||
      delivery.status === WebhookDeliveryStatus.Dead ||
      delivery.replays !== series
    ) {
      return;
    }
    const endpoint = delivery.endpoint;
    if (!endpoint.enabled) {
      await this.markDead(delivery.id, 'WEBHOOK_DISABLED: the webhook was disabled');
      return;
    }

    const body = JSON.stringify(delivery.payload);
    const startedAt = new Date();
    const headers = signedHeaders(
      secretsOf(endpoint, startedAt),
      messageId(delivery.id),
      Math.floor(startedAt.getTime() / 1000),
      body,
    );
    const result = await sendWebhook(
      endpoint.url,
      body,
      { ...headers },
      {
        timeoutMs: this.config.WEBHOOK_TIMEOUT_MS,
        allowPrivate: this.config.WEBHOOK_ALLOW_PRIVATE_URLS,
        signal: this.stopping.signal,
      },
    );

    const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const status = result.ok
      ? WebhookDeliveryStatus.Delivered
      : lastTry || !isRetryable(result.statusCode, result.errorCode)
        ? WebhookDeliveryStatus.Dead
        : WebhookDeliveryStatus.Failed;
    const nextAttemptAt =
      status === WebhookDeliveryStatus.Failed
        ? new Date(Date.now() + retryDelay(job.data.retry, job.attemptsMade + 1))
        : null;
    await this.recordAttempt(delivery.id, startedAt, result, status, nextAttemptAt);

    if (status === WebhookDeliveryStatus.Failed) throw new Error(result.error ?? 'failed');
    if (status === WebhookDeliveryStatus.Dead) {
      this.logger.warn(`Webhook delivery ${delivery.id} is dead: ${result.error}`);
      // Keeps BullMQ from trying again; the delivery waits in the dead-letter list.
      throw new UnrecoverableError(result.error ?? 'dead');
    }
  }

  /** One statement: the delivery's counters and status, and its numbered line in the log. */
  private async recordAttempt(
    id: string,
    at: Date,
    result: SendResult,
    status: WebhookDeliveryStatus,
    nextAttemptAt: Date | null,
  ): Promise<void> {
    await this.dataSource.query(
      `WITH d AS (
         UPDATE webhook_deliveries
            SET attempts = attempts + 1,
                status = CASE WHEN status = 'delivered' THEN status
                              ELSE $2::webhook_delivery_status END,
                last_status_code = $3,
                last_error = $4,
                next_attempt_at = $5,
                delivered_at = CASE WHEN $2 = 'delivered' THEN now() ELSE delivered_at END
          WHERE id = $1
          RETURNING attempts)
       INSERT INTO webhook_delivery_attempts
              (delivery_id, attempt, at, status_code, duration_ms, error, response_excerpt)
       SELECT $1, d.attempts, $6, $3, $7, $4, $8 FROM d`,
      [
        id,
        status,
        result.statusCode,
        result.error,
        nextAttemptAt,
        at,
        result.durationMs,
        result.responseExcerpt,
      ],
    );
  }

  private async markDead(id: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = 'dead', last_error = $2, next_attempt_at = NULL
        WHERE id = $1 AND status NOT IN ('delivered', 'dead')`,
      [id, reason],
    );
  }
}

/** The current secret, and the one rotated out while it is still honoured. */
function secretsOf(endpoint: WebhookEndpoint, now: Date): string[] {
  const previous =
    endpoint.previousSecret &&
    endpoint.previousSecretExpiresAt &&
    endpoint.previousSecretExpiresAt > now
      ? [endpoint.previousSecret]
      : [];
  return [endpoint.secret, ...previous];
}

async function settlesWithin(work: Promise<unknown>[], ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([Promise.allSettled(work).then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
