import { InjectQueue } from '@nestjs/bullmq';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig, JobProducer, Queues, withTimeout } from '@app/shared';
import { MAINTENANCE_QUEUE, PRUNE_SCHEDULER_ID } from './maintenance.queue';

/** BullMQ waits for Redis indefinitely; past this the install counts as failed (tried again). */
const REDIS_TIMEOUT_MS = 3_000;
/** How often the scheduler is installed again: Redis here keeps nothing on disk. */
const REINSTALL_MS = 60 * 60_000;

/**
 * Installs the daily pruning as a BullMQ job scheduler (PRUNE_HOUR:00 in NOTIFY_TIMEZONE). A
 * scheduler keeps one next job in Redis, so however many workers run, each day has one run.
 * Every worker upserts it at boot and hourly (idempotent), so it comes back by itself after
 * Redis lost its data or was down at boot.
 */
@Injectable()
export class PruningScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PruningScheduler.name);
  private readonly jobs: JobProducer<typeof MAINTENANCE_QUEUE>;
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectQueue(Queues.Maintenance) queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.jobs = new JobProducer(MAINTENANCE_QUEUE, queue);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.installOrWarn(), REINSTALL_MS);
    this.timer.unref();
    void this.installOrWarn();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Creates or updates the scheduler; returns its next job. */
  install(): Promise<Job> {
    return withTimeout(
      this.jobs.upsertScheduler(
        PRUNE_SCHEDULER_ID,
        { pattern: `0 ${this.config.PRUNE_HOUR} * * *`, tz: this.config.NOTIFY_TIMEZONE },
        {
          name: 'prune',
          data: {},
          opts: {
            attempts: 3,
            backoff: { type: 'exponential', delay: 60_000 },
            // A week of runs (their reports) stays visible in the queue dashboard.
            removeOnComplete: { age: 7 * 24 * 3600 },
          },
        },
      ),
      REDIS_TIMEOUT_MS,
    );
  }

  private async installOrWarn(): Promise<void> {
    try {
      await this.install();
    } catch (error) {
      this.logger.warn(
        `Could not install the pruning schedule (tried again within the hour): ${(error as Error).message}`,
      );
    }
  }
}
