import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Job } from 'bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { cappedBackoff, type DomainEventMessage, Queues, recordReceipts } from '@app/shared';
import { CoalescingBatcher } from './coalescing-batcher';
import type { AggregateRef } from './document-loader';
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
}

/**
 * Consumes the search-index queue. Many jobs are taken at once and folded into batches
 * (CoalescingBatcher), so Meilisearch gets a few larger writes instead of one tiny task per event
 * under load, while a lone event is written after a few milliseconds. Batches are written one
 * after another, in the order their jobs arrived; a job completes once its batch is enqueued in
 * Meilisearch.
 */
@Processor(Queues.SearchIndex, {
  concurrency: MAX_BATCH,
  settings: { backoffStrategy: cappedBackoff },
})
export class SearchIndexProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger(SearchIndexProcessor.name);
  private readonly batcher = new CoalescingBatcher<Event>((events) => this.write(events), {
    maxBatch: MAX_BATCH,
    windowMs: WINDOW_MS,
  });

  constructor(
    private readonly indexer: SearchIndexer,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super();
  }

  /** Indexes and settings are ready before the first event, so it is not slowed down by them. */
  async onApplicationBootstrap(): Promise<void> {
    await this.indexer.warmUp();
  }

  process(job: Job<DomainEventMessage>): Promise<void> {
    return this.batcher.add({
      ref: { type: job.data.aggregateType, id: job.data.aggregateId },
      eventId: job.data.eventId,
    });
  }

  /**
   * Stops taking jobs, writes what it holds, then closes without waiting on Redis: BullMQ's
   * graceful close never returns while Redis is unreachable. A job taken in between is retried
   * elsewhere (at least once; indexing is idempotent).
   */
  async onModuleDestroy(): Promise<void> {
    await this.worker.pause(true);
    await this.batcher.drain();
    await this.worker.close(true);
  }

  /** Redis outages surface here; BullMQ reconnects by itself. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`search-index worker: ${error.message}`);
  }

  /** Meilisearch applies its tasks in order, so once enqueued the events count as handled. */
  private async write(events: Event[]): Promise<void> {
    await this.indexer.apply(events.map((e) => e.ref));
    await recordReceipts(
      this.dataSource.manager,
      Queues.SearchIndex,
      events.map((e) => e.eventId),
    );
  }
}
