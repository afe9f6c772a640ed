import { setMaxListeners } from 'node:events';
import { Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Job, type MinimalJob, UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  type JobHandlers,
  JobProcessor,
  jobWorkerOptions,
} from '@app/shared';
import { isRetryable, PRODUCTION_RETRY, retryDelay } from './retry-policy';
import { messageId, signedHeaders } from './signing';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import type { WebhookEndpoint } from './webhook-endpoint.entity';
import { WEBHOOKS_QUEUE, type WebhookJob } from './webhook-outbox.service';
import { type SendResult, sendWebhook } from './webhook-sender';

/** Deliveries sent at once by one worker (each waits on a remote server, not on us). */
const CONCURRENCY = 16;

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
@Processor(
  WEBHOOKS_QUEUE.name,
  jobWorkerOptions({ concurrency: CONCURRENCY, settings: { backoffStrategy: webhookBackoff } }),
)
export class WebhookDeliveryProcessor extends JobProcessor<typeof WEBHOOKS_QUEUE> {
  readonly definition = WEBHOOKS_QUEUE;
  readonly handlers: JobHandlers<typeof WEBHOOKS_QUEUE> = {
    deliver: (job) => this.deliver(job),
  };
  /** Aborts every in-flight request at shutdown: one listener per running job, up to CONCURRENCY. */
  private readonly stopping = webhookStopSignal();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  /**
   * Tries still in flight when the shutdown grace is over are cut: recorded as failed tries and
   * retried after the restart.
   */
  protected override cutRunningJobs(): void {
    this.stopping.abort();
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

function webhookStopSignal(): AbortController {
  const controller = new AbortController();
  // Node warns above 10 listeners on one signal; CONCURRENCY jobs each listen while sending.
  setMaxListeners(CONCURRENCY + 1, controller.signal);
  return controller;
}
