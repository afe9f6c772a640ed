import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import {
  APP_CONFIG,
  type AppConfig,
  CAPPED_BACKOFF,
  defineQueue,
  JobProducer,
  payload,
  Queues,
  withTimeout,
} from '@app/shared';

export interface SendEmailJob {
  deliveryId: string;
}

/** The email queue's jobs. */
export const EMAIL_QUEUE = defineQueue(Queues.Email, {
  /** Sends one row of email_deliveries. */
  send: payload<SendEmailJob>(),
  /** Daily, at DIGEST_HOUR in NOTIFY_TIMEZONE: fold held notifications into digests. */
  digest: payload<Record<string, never>>(),
});

/**
 * Tries per delivery (counted in PostgreSQL, so also across re-queues). With the capped backoff
 * (1 s, 2 s, 4 s … then once a minute) an email is retried for about an hour before it is dead.
 */
export const EMAIL_MAX_ATTEMPTS = 60;
export const DIGEST_SCHEDULER_ID = 'email-digest';
/** BullMQ waits for Redis indefinitely; past this an add counts as failed (re-queued later). */
const REDIS_TIMEOUT_MS = 3_000;
const ADD_CHUNK = 500;

export const emailJobId = (deliveryId: string) => `email-${deliveryId}`;

export interface QueuedDelivery {
  id: string;
  notBefore: Date;
}

/** The email queue: one job per delivery (job id `email-<id>`) and the digest scheduler. */
@Injectable()
export class EmailJobs implements OnModuleInit {
  private readonly logger = new Logger(EmailJobs.name);
  private readonly jobs: JobProducer<typeof EMAIL_QUEUE>;

  constructor(
    @InjectQueue(Queues.Email) readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.jobs = new JobProducer(EMAIL_QUEUE, queue);
  }

  onModuleInit(): void {
    // Connection errors surface as failed adds, which the callers log.
    this.queue.on('error', () => undefined);
  }

  /**
   * Adds one send job per delivery, delayed until its `notBefore`. A job id BullMQ still holds
   * is not added twice. With `replaceFinished`, a finished job (completed or failed) of a
   * delivery that is still undelivered is removed first so that the delivery runs again.
   */
  async enqueue(
    deliveries: readonly QueuedDelivery[],
    options: { replaceFinished?: boolean } = {},
  ): Promise<void> {
    for (let i = 0; i < deliveries.length; i += ADD_CHUNK) {
      let batch = deliveries.slice(i, i + ADD_CHUNK);
      if (options.replaceFinished) batch = await this.withoutLiveJobs(batch);
      if (batch.length === 0) continue;
      const now = Date.now();
      await withTimeout(
        this.jobs.addBulk(
          batch.map((d) => ({
            name: 'send' as const,
            data: { deliveryId: d.id },
            opts: {
              ...SEND_OPTIONS,
              jobId: emailJobId(d.id),
              delay: Math.max(0, d.notBefore.getTime() - now),
            },
          })),
        ),
        REDIS_TIMEOUT_MS,
      );
    }
  }

  /** The daily digest at DIGEST_HOUR:00 in NOTIFY_TIMEZONE; idempotent. */
  async installDigestScheduler(): Promise<void> {
    await withTimeout(
      this.jobs.upsertScheduler(
        DIGEST_SCHEDULER_ID,
        { pattern: `0 ${this.config.DIGEST_HOUR} * * *`, tz: this.config.NOTIFY_TIMEZONE },
        { name: 'digest', data: {}, opts: { attempts: 10, backoff: { type: CAPPED_BACKOFF } } },
      ),
      REDIS_TIMEOUT_MS,
    );
  }

  private async withoutLiveJobs(deliveries: readonly QueuedDelivery[]): Promise<QueuedDelivery[]> {
    const keep = await withTimeout(
      Promise.all(deliveries.map((d) => this.needsJob(emailJobId(d.id)))),
      REDIS_TIMEOUT_MS,
    );
    return deliveries.filter((_, i) => keep[i]);
  }

  private async needsJob(jobId: string): Promise<boolean> {
    const state = await this.queue.getJobState(jobId);
    if (state === 'unknown') return true;
    if (state !== 'completed' && state !== 'failed') return false;
    // 0 when the job is locked (being processed right now): then it is live after all.
    return (await this.queue.remove(jobId)) === 1;
  }

  logFailure(what: string, error: unknown): void {
    this.logger.warn(`${what}: ${(error as Error)?.message ?? String(error)}`);
  }
}

const SEND_OPTIONS: JobsOptions = {
  attempts: EMAIL_MAX_ATTEMPTS,
  backoff: { type: CAPPED_BACKOFF },
};
