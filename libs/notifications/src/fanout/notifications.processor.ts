import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Job } from 'bullmq';
import {
  cappedBackoff,
  closeWorker,
  type DomainEventMessage,
  Queues,
  RunningJobs,
} from '@app/shared';
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
  private readonly running = new RunningJobs();

  constructor(
    private readonly planner: AudiencePlanner,
    private readonly writer: FanOutWriter,
  ) {
    super();
  }

  process(job: Job<DomainEventMessage>): Promise<{ audiences: number }> {
    return this.running.track(async () => {
      const audiences = await this.planner.plan(job.data);
      await this.writer.write(audiences, {
        queue: Queues.Notifications,
        eventId: job.data.eventId,
      });
      return { audiences: audiences.length };
    });
  }

  /** Redis outages surface here; BullMQ reconnects by itself. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`notifications worker: ${error.message}`);
  }

  async onModuleDestroy(): Promise<void> {
    await closeWorker(this.worker, () => this.running.size);
  }
}
