import { Inject } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { INDEXED_SIGNAL_JOBS, SEARCH_INDEXED_JOB } from '@app/search';
import {
  APP_CONFIG,
  type AppConfig,
  cappedBackoff,
  defineQueue,
  DOMAIN_EVENTS,
  type DomainEventMessage,
  domainEvents,
  type JobHandlers,
  JobProcessor,
  jobWorkerOptions,
  outageBackoff,
  postponeWhileSearchUnavailable,
  Queues,
} from '@app/shared';
import { AccountEmails, isAccountEmail } from '../email/account-emails';
import { AudiencePlanner, type Plan } from './audience-planner';
import { FanOutWriter } from './fan-out-writer';
import { OvertakenEvents } from './overtaken-events';
import { NOTIFICATIONS_ROUTE, type NotifiableEvent } from './notifications.route';

/** The queue's jobs: the domain events of its route, and the search indexer's "indexed" signal. */
export const NOTIFICATIONS_QUEUE = defineQueue(
  Queues.Notifications,
  INDEXED_SIGNAL_JOBS.jobs,
  domainEvents<NotifiableEvent>(NOTIFICATIONS_ROUTE),
);

/**
 * Consumes the notifications queue: one domain event → its audiences → deliveries. While
 * Meilisearch is unavailable (matching, saved-search alerts) a job is postponed without using up
 * an attempt, so an outage of any length fails nothing and other jobs keep flowing. Other errors
 * are retried (capped backoff); a job that still fails stays in BullMQ's failed list, where admins
 * see and retry it.
 */
@Processor(
  NOTIFICATIONS_QUEUE.name,
  jobWorkerOptions({ concurrency: 4, settings: { backoffStrategy: cappedBackoff } }),
)
export class NotificationsProcessor extends JobProcessor<typeof NOTIFICATIONS_QUEUE> {
  readonly definition = NOTIFICATIONS_QUEUE;
  readonly handlers: JobHandlers<typeof NOTIFICATIONS_QUEUE> = {
    [DOMAIN_EVENTS]: (job, token) =>
      isAccountEmail(job.data)
        ? this.accountEmails.send(job.data)
        : this.fanOut(job, token, job.data, async () =>
            (await this.overtaken.isOvertaken(job.data))
              ? { audiences: [], complete: true }
              : this.planner.plan(job.data),
          ),
    [SEARCH_INDEXED_JOB]: (job, token) =>
      this.fanOut(job, token, job.data.event, () => this.planner.afterIndexed(job.data.event)),
  };

  constructor(
    private readonly planner: AudiencePlanner,
    private readonly accountEmails: AccountEmails,
    private readonly writer: FanOutWriter,
    private readonly overtaken: OvertakenEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  private fanOut(
    job: Job,
    token: string | undefined,
    event: DomainEventMessage,
    planned: () => Promise<Plan>,
  ): Promise<{ audiences: number }> {
    const backoff = outageBackoff(this.config.SEARCH_OUTAGE_RETRY_MAX_MS);
    return postponeWhileSearchUnavailable(job, token, backoff, async () => {
      const plan = await planned();
      // No receipt while part of the event waits for a signal: a Redis data loss replays it.
      const receipt = plan.complete
        ? { queue: Queues.Notifications, eventId: event.eventId }
        : undefined;
      await this.writer.write(plan.audiences, receipt);
      return { audiences: plan.audiences.length };
    });
  }
}
