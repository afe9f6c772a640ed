import type { Job, JobsOptions, Queue, RepeatOptions } from 'bullmq';
import type { AnyQueueDefinition, JobName, JobOf, PayloadOf } from './job-registry';

/** A job to add: a declared name, its payload type, and BullMQ options. */
export type JobToAdd<D extends AnyQueueDefinition> = JobOf<D> & { opts?: JobsOptions };

/**
 * Adds jobs to a queue under the names its definition declares, with their payload types, so a
 * producer and the queue's processor cannot disagree. `queue` stays available for the rest of
 * BullMQ's API (job states, removal).
 */
export class JobProducer<D extends AnyQueueDefinition> {
  constructor(
    readonly definition: D,
    readonly queue: Queue,
  ) {
    if (queue.name !== definition.name) {
      throw new Error(`A producer for queue ${definition.name} was given queue ${queue.name}`);
    }
    // Without a listener BullMQ prints every reconnect attempt of a Redis outage to stderr;
    // the outage already surfaces as failed adds, which the callers handle.
    queue.on('error', () => undefined);
  }

  add<N extends JobName<D>>(name: N, data: PayloadOf<D, N>, opts?: JobsOptions): Promise<Job> {
    return this.queue.add(name, data, opts);
  }

  addBulk(jobs: readonly JobToAdd<D>[]): Promise<Job[]> {
    return this.queue.addBulk([...jobs]);
  }

  /** Creates or updates a repeatable job of a declared name. */
  upsertScheduler<N extends JobName<D>>(
    id: string,
    repeat: Omit<RepeatOptions, 'key'>,
    job: { name: N; data: PayloadOf<D, N>; opts?: Omit<JobsOptions, 'jobId' | 'repeat'> },
  ): Promise<Job> {
    return this.queue.upsertJobScheduler(id, repeat, job);
  }
}
