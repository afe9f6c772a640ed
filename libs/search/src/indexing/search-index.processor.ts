import { Processor } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap, Optional } from '@nestjs/common';
import type { Job } from 'bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  cappedBackoff,
  DOMAIN_EVENTS,
  type DomainEventMessage,
  type JobHandlers,
  JobProcessor,
  jobWorkerOptions,
  outageBackoff,
  postponeWhileSearchUnavailable,
  Queues,
  recordReceipts,
} from '@app/shared';
import { CoalescingBatcher } from './coalescing-batcher';
import type { AggregateRef } from './document-loader';
import { IndexedSignal } from './indexed-signal';
import { searchIndexQueue, type SearchIndexQueue } from './search-index.queue';
import { SEARCH_SOURCES, type SearchSource } from './search-sources';
import { SearchIndexer } from './search-indexer.service';

const MAX_BATCH = 500;
/**
 * Lets the jobs of one relay batch (fetched from Redis one by one) share a write. Under load the
 * batches grow while the previous one is written, so a longer window would only add latency.
 */
const WINDOW_MS = 10;

interface Event {
  ref: AggregateRef;
  eventId: string;
  /** Someone waits for "indexed" (IndexedSignal): its receipt is recorded after the signal. */
  signalled: boolean;
}

/**
 * Consumes the search-index queue. Many jobs are taken at once and folded into batches
 * (CoalescingBatcher), so Meilisearch gets a few larger writes instead of one tiny task per event
 * under load, while a lone event is written after a few milliseconds. Batches are written one
 * after another, in the order their jobs arrived; a job completes once its batch is enqueued in
 * Meilisearch, or, if someone waits for "indexed" (IndexedSignal), once Meilisearch applied it
 * and the signal is queued: that wait is the job's own, so the next batches do not wait for it.
 */
@Processor(
  Queues.SearchIndex,
  jobWorkerOptions({ concurrency: MAX_BATCH, settings: { backoffStrategy: cappedBackoff } }),
)
export class SearchIndexProcessor
  extends JobProcessor<SearchIndexQueue>
  implements OnApplicationBootstrap
{
  readonly definition: SearchIndexQueue;
  readonly handlers: JobHandlers<SearchIndexQueue> = {
    [DOMAIN_EVENTS]: (job, token) => this.index(job, token),
  };
  private readonly batcher = new CoalescingBatcher<Event, number[]>((e) => this.write(e), {
    maxBatch: MAX_BATCH,
    windowMs: WINDOW_MS,
  });

  constructor(
    private readonly indexer: SearchIndexer,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly signal: IndexedSignal,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(SEARCH_SOURCES) sources: readonly SearchSource[] = [],
  ) {
    super();
    this.definition = searchIndexQueue(sources.flatMap((s) => s.events));
  }

  /** Indexes and settings are ready before the first event, so it is not slowed down by them. */
  async onApplicationBootstrap(): Promise<void> {
    await this.indexer.warmUp();
  }

  /** While Meilisearch is unavailable the job is postponed, never failed (see search-outage.ts). */
  private index(job: Job<DomainEventMessage>, token?: string): Promise<void> {
    const backoff = outageBackoff(this.config.SEARCH_OUTAGE_RETRY_MAX_MS);
    return postponeWhileSearchUnavailable(job, token, backoff, async () => {
      const event = job.data;
      const signalled = this.signal.wants(event);
      const taskUids = await this.batcher.add({
        ref: { type: event.aggregateType, id: event.aggregateId },
        eventId: event.eventId,
        signalled,
      });
      if (!signalled) return;
      await this.signal.afterIndexed(taskUids, event);
      // Only now: if Redis loses the signal before this, the relay replays the event to us.
      await recordReceipts(this.dataSource.manager, Queues.SearchIndex, [event.eventId]);
    });
  }

  /** Meilisearch applies its tasks in order, so once enqueued the events count as handled. */
  private async write(events: Event[]): Promise<number[]> {
    const taskUids = await this.indexer.apply(events.map((e) => e.ref));
    await recordReceipts(
      this.dataSource.manager,
      Queues.SearchIndex,
      events.filter((e) => !e.signalled).map((e) => e.eventId),
    );
    return taskUids;
  }
}
