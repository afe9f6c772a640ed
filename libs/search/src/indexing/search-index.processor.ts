import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Job } from 'bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { cappedBackoff, type DomainEventMessage, Queues, recordReceipts } from '@app/shared';
import type { AggregateRef } from './document-loader';
import { SearchIndexer } from './search-indexer.service';

const MAX_BATCH = 500;
const WAIT_MS = 50;

interface Pending {
  ref: AggregateRef;
  eventId: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Consumes the search-index queue. Many jobs are taken at once and folded into one batch per
 * short window, so Meilisearch gets a few large writes instead of one tiny task per event.
 * Batches are written one after another, in the order their jobs arrived.
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
  private pending: Pending[] = [];
  private timer?: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();

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
    const ref = { type: job.data.aggregateType, id: job.data.aggregateId };
    return new Promise((resolve, reject) => {
      this.pending.push({ ref, eventId: job.data.eventId, resolve, reject });
      if (this.pending.length >= MAX_BATCH) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), WAIT_MS);
    });
  }

  /**
   * Stops taking jobs, writes what it holds, then closes without waiting on Redis: BullMQ's
   * graceful close never returns while Redis is unreachable. A job taken in between is retried
   * elsewhere (at least once; indexing is idempotent).
   */
  async onModuleDestroy(): Promise<void> {
    await this.worker.pause(true);
    this.flush();
    await this.writing;
    await this.worker.close(true);
  }

  /** Redis outages surface here; BullMQ reconnects by itself. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`search-index worker: ${error.message}`);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending.splice(0);
    if (batch.length === 0) return;
    this.writing = this.writing.then(() =>
      this.write(batch).then(
        () => batch.forEach((p) => p.resolve()),
        (error: unknown) => batch.forEach((p) => p.reject(error)),
      ),
    );
  }

  /** Meilisearch applies its tasks in order, so once enqueued the events count as handled. */
  private async write(batch: Pending[]): Promise<void> {
    await this.indexer.apply(batch.map((p) => p.ref));
    await recordReceipts(
      this.dataSource.manager,
      Queues.SearchIndex,
      batch.map((p) => p.eventId),
    );
  }
}
