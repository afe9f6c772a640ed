import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig, REDIS, RedisDataLoss } from '@app/shared';
import { EmailOutbox } from '../email/email-outbox.service';
import { DeadlineReminders } from '../reminders/deadline-reminders.service';
import { WebhookOutbox } from '../webhooks/webhook-outbox.service';

/** How often the worker looks for a Redis that lost its data (RedisDataLoss). */
const CHECK_MS = 10_000;
/** How often undelivered rows are re-queued anyway (a queue add that failed after a commit). */
const SWEEP_MS = 5 * 60_000;

/**
 * PostgreSQL holds every delivery and reminder; Redis only the jobs. When Redis comes back empty
 * (it keeps nothing on disk here) or a queue add failed after a commit, this re-queues from
 * PostgreSQL what is not delivered yet. Job ids make re-adding a job Redis still holds a no-op.
 * Unhandled domain events themselves are replayed by the outbox relay (receipts).
 */
@Injectable()
export class DeliveryRecovery implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryRecovery.name);
  private timer?: NodeJS.Timeout;
  private lastSweep = 0;
  private running?: Promise<void>;
  private readonly loss: RedisDataLoss;

  constructor(
    private readonly email: EmailOutbox,
    private readonly webhooks: WebhookOutbox,
    private readonly reminders: DeadlineReminders,
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.loss = new RedisDataLoss(async () => redis, config.QUEUE_PREFIX);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.check(), CHECK_MS);
    void this.check();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass; public so tests and operators can trigger it. */
  check(): Promise<void> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<void> {
    try {
      const lost = await this.loss.repairIfLost('notifications', async () => {
        const [emails, hooks, reminders] = await this.requeue();
        if (emails + hooks + reminders > 0) {
          this.logger.warn(
            `Redis had lost its data: re-queued ${emails} emails, ${hooks} webhook deliveries, ${reminders} reminders`,
          );
        }
      });
      if (!lost && Date.now() - this.lastSweep >= SWEEP_MS) await this.requeue();
    } catch (error) {
      this.logger.warn(`Delivery recovery failed (retried): ${(error as Error).message}`);
    }
  }

  private async requeue(): Promise<number[]> {
    const counts = await Promise.all([
      this.email.requeuePending(),
      this.webhooks.requeuePending(),
      this.reminders.requeuePending(),
    ]);
    this.lastSweep = Date.now();
    return counts;
  }
}
