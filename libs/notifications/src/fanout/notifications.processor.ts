import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { SEARCH_INDEXED_JOB, type SearchIndexedJob } from '@app/search';
import {
  APP_CONFIG,
  type AppConfig,
  cappedBackoff,
  closeWorker,
  type DomainEventMessage,
  outageBackoff,
  postponeWhileSearchUnavailable,
  Queues,
  RunningJobs,
} from '@app/shared';
import { AudiencePlanner, type Plan } from './audience-planner';
import { FanOutWriter } from './fan-out-writer';
import { OvertakenEvents } from './overtaken-events';
import type { NotifiableEvent } from './notifications.route';

/** The queue's jobs: a domain event from the relay, or the search indexer's "indexed" signal. */
type NotificationsJob = Job<DomainEventMessage<NotifiableEvent>> | Job<SearchIndexedJob>;

const isIndexedSignal = (job: NotificationsJob): job is Job<SearchIndexedJob> =>
  job.name === SEARCH_INDEXED_JOB;

/**
 * Consumes the notifications queue: one domain event → its audiences → deliveries. While
 * Meilisearch is unavailable (matching, saved-search alerts) a job is postponed without using up
 * an attempt, so an outage of any length fails nothing and other jobs keep flowing. Other errors
 * are retried (capped backoff); a job that still fails stays in BullMQ's failed list, where admins
 * see and retry it.
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
    private readonly overtaken: OvertakenEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  process(job: NotificationsJob, token?: string): Promise<{ audiences: number }> {
    const backoff = outageBackoff(this.config.SEARCH_OUTAGE_RETRY_MAX_MS);
    return this.running.track(() =>
      postponeWhileSearchUnavailable(job, token, backoff, async () => {
        const event: DomainEventMessage = isIndexedSignal(job) ? job.data.event : job.data;
        const plan: Plan = isIndexedSignal(job)
          ? await this.planner.afterIndexed(job.data.event)
          : (await this.overtaken.isOvertaken(job.data))
            ? { audiences: [], complete: true }
            : await this.planner.plan(job.data);
        // No receipt while part of the event waits for a signal: a Redis data loss replays it.
        const receipt = plan.complete
          ? { queue: Queues.Notifications, eventId: event.eventId }
          : undefined;
        await this.writer.write(plan.audiences, receipt);
        return { audiences: plan.audiences.length };
      }),
    );
  }

  /** Redis outages surface here; BullMQ reconnects by itself. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`notifications worker: ${error.message}`);
  }

  async onModuleDestroy(): Promise<void> {
    await closeWorker(this.worker, () => this.running.size, { graceMs: 5_000 });
  }
}
