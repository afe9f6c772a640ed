import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { type Job, UnrecoverableError, type Worker } from 'bullmq';
import { closeWorker, RunningJobs } from './close-worker';
import {
  type AnyQueueDefinition,
  DOMAIN_EVENTS,
  type JobHandler,
  type JobHandlers,
} from './job-registry';

/** A job whose name its queue does not declare: a producer and the processor disagree. */
export class UnknownJobError extends UnrecoverableError {
  constructor(queue: string, name: string) {
    super(`Queue ${queue} declares no job named "${name}"`);
    this.name = 'UnknownJobError';
  }
}

/**
 * The one way a queue is consumed: jobs are dispatched by name through `handlers` (one per name
 * the queue's definition declares), an unknown name fails the job without retries, and shutdown
 * is bounded (see closeWorker). Subclasses add `@Processor(definition.name, jobWorkerOptions({...}))`.
 */
export abstract class JobProcessor<D extends AnyQueueDefinition>
  extends WorkerHost
  implements OnModuleDestroy
{
  abstract readonly definition: D;
  abstract readonly handlers: JobHandlers<D>;
  protected readonly logger = new Logger(this.constructor.name);
  /** On shutdown, running jobs get this long before they are cut (and retried as stalled). */
  protected readonly shutdownGraceMs: number = 5_000;
  private readonly running = new RunningJobs();

  async process(job: Job, token?: string): Promise<unknown> {
    const handler = this.handlerFor(job.name);
    return this.running.track(() => handler(job, token));
  }

  /** Redis outages surface here; BullMQ reconnects by itself. */
  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.logger.warn(`${this.definition.name} worker: ${error.message}`);
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.startedWorker();
    if (!worker) return;
    await closeWorker(worker, () => this.running.size, {
      graceMs: this.shutdownGraceMs,
      cut: () => this.cutRunningJobs(),
    });
  }

  /**
   * Starts taking jobs. Workers are declared with `autorun: false` and
   * started by JobRegistryCheck once the registry is consistent, so no job runs before.
   */
  start(): void {
    this.worker.run().catch((error: unknown) => {
      this.logger.error(`${this.definition.name} worker stopped: ${(error as Error).message}`);
    });
  }

  /** Called when jobs outlive the shutdown grace: a chance to abort what they wait on. */
  protected cutRunningJobs(): void {}

  private handlerFor(name: string): JobHandler<unknown> {
    const byName = this.handlers as unknown as Partial<Record<string, JobHandler<unknown>>>;
    const named = Object.hasOwn(byName, name) ? byName[name] : undefined;
    if (named) return named;
    const events = this.handlers as { [DOMAIN_EVENTS]?: JobHandler<unknown> };
    if (this.definition.events?.accepts(name) && events[DOMAIN_EVENTS]) {
      return events[DOMAIN_EVENTS];
    }
    const error = new UnknownJobError(this.definition.name, name);
    this.logger.error(error.message);
    throw error;
  }

  /** Undefined when the app never started this worker (it is created at bootstrap). */
  private startedWorker(): Worker | undefined {
    try {
      return this.worker;
    } catch {
      return undefined;
    }
  }
}
