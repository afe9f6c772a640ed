import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Meilisearch } from 'meilisearch';
import {
  CAPPED_BACKOFF,
  defineQueue,
  type DomainEventMessage,
  JobProducer,
  MEILISEARCH,
  payload,
  Queues,
  waitForTask,
} from '@app/shared';

/** Job name of the "now searchable" signal on the notifications queue. */
export const SEARCH_INDEXED_JOB = 'search.indexed';

/** The event whose aggregate Meilisearch now shows (at its version or later). */
export interface SearchIndexedJob {
  event: DomainEventMessage;
}

/** The job search adds to the notifications queue (whose consumer declares it too). */
export const INDEXED_SIGNAL_JOBS = defineQueue(Queues.Notifications, {
  [SEARCH_INDEXED_JOB]: payload<SearchIndexedJob>(),
});

/** The signal's job id: one per event, so a re-indexed event signals once while BullMQ keeps it. */
export const searchIndexedJobId = (eventId: string) => `indexed-${eventId}`;

/**
 * Events whose consumers must act only once search shows them: saved-search alerts ask
 * Meilisearch whether the new demand satisfies each saved search (ADR 0008).
 */
const SIGNALLED_EVENTS = new Set(['demand.published']);

/** Task polling: a one-document task takes ~10–20 ms, so a coarse interval would be most of it. */
const TASK_POLL_MS = 10;
/** Beyond this the task queue is backed up: treated like an outage (the job is postponed). */
const TASK_WAIT_MS = 60_000;

/**
 * Tells the notifications consumer "event X's aggregate is searchable" once the Meilisearch tasks
 * that carried it have succeeded, instead of that consumer polling Meilisearch for it. Waiting
 * happens per job, after its batch was enqueued, so batches keep flowing meanwhile.
 */
@Injectable()
export class IndexedSignal {
  /** One poll per task however many jobs wait for it. */
  private readonly tasks = new Map<number, Promise<void>>();
  private readonly notifications: JobProducer<typeof INDEXED_SIGNAL_JOBS>;

  constructor(
    @InjectQueue(Queues.Notifications) queue: Queue,
    @Inject(MEILISEARCH) private readonly meili: Meilisearch,
  ) {
    this.notifications = new JobProducer(INDEXED_SIGNAL_JOBS, queue);
  }

  wants(event: DomainEventMessage): boolean {
    return SIGNALLED_EVENTS.has(event.eventType);
  }

  /** Resolves once `taskUids` succeeded and the signal is queued; rejects if a task failed. */
  async afterIndexed(taskUids: number[], event: DomainEventMessage): Promise<void> {
    await Promise.all(taskUids.map((uid) => this.succeeded(uid)));
    await this.notifications.add(
      SEARCH_INDEXED_JOB,
      { event },
      {
        jobId: searchIndexedJobId(event.eventId),
        attempts: 30,
        backoff: { type: CAPPED_BACKOFF },
      },
    );
  }

  private succeeded(uid: number): Promise<void> {
    let waiting = this.tasks.get(uid);
    if (!waiting) {
      waiting = waitForTask(this.meili, uid, { intervalMs: TASK_POLL_MS, timeoutMs: TASK_WAIT_MS })
        .then((task) => {
          if (task.status !== 'succeeded')
            throw new Error(`Meilisearch task ${uid} ${task.status}: ${task.error?.message ?? ''}`);
        })
        .finally(() => this.tasks.delete(uid));
      this.tasks.set(uid, waiting);
    }
    return waiting;
  }
}
