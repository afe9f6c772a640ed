import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Job } from 'bullmq';
import { cappedBackoff, type DomainEventMessage, Queues } from '@app/shared';
import { AudiencePlanner } from './audience-planner';
import { FanOutWriter } from './fan-out-writer';

/**
 * Consumes the notifications queue: one domain event → its audiences → deliveries. Retries
 * (capped backoff) cover Meilisearch or PostgreSQL hiccups and a demand not indexed yet; a job
 * that still fails stays in BullMQ's failed list, where admins see and retry it.
 */
@Processor(Queues.Notifications, {
  concurrency: 4,
  settings: { backoffStrategy: cappedBackoff },
})
export class NotificationsProcessor extends WorkerHost implements OnModuleDestroy {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(
    private readonly planner: AudiencePlanner,
    private readonly writer: FanOutWriter,
  ) {
    super();
  }

  async process(job: Job<DomainEventMessage>): Promise<{ audiences: number }> {
    const audiences = await this.planner.plan(job.data);
    await this.writer.write(audiences, {
      queue: Queues.Notifications,
      eventId: job.data.eventId,
    });
    return { audiences: audiences.length };
  }

  /** Redis outages surface here; BullMQ reconnects by itself. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`notifications worker: ${error.message}`);
  }

  /** Bounded: BullMQ's graceful close never returns while Redis is unreachable. */
  async onModuleDestroy(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.worker.close(),
      new Promise((resolve) => (timer = setTimeout(resolve, 10_000))),
    ]);
    clearTimeout(timer);
  }
}
