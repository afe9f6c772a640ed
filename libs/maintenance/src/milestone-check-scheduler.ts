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
import {
  MAINTENANCE_QUEUE,
  MILESTONE_CHECK_HOUR,
  MILESTONES_SCHEDULER_ID,
  PARTNERSHIP_CHECK_HOUR,
  PARTNERSHIPS_SCHEDULER_ID,
} from './maintenance.queue';

const REDIS_TIMEOUT_MS = 3_000;
const REINSTALL_MS = 60 * 60_000;

/**
 * Installs the daily overdue-milestone check (cooperation projects, ADR 0019) as a BullMQ job
 * scheduler at MILESTONE_CHECK_HOUR:00 in NOTIFY_TIMEZONE, like the pruning (PruningScheduler):
 * one next job in Redis whatever the number of workers, upserted at boot and hourly. The
 * stalled-partnership check (same pattern) follows at PARTNERSHIP_CHECK_HOUR:00.
 */
@Injectable()
export class MilestoneCheckScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MilestoneCheckScheduler.name);
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

  /** Both schedulers; returns the milestone check's next job. */
  async install(): Promise<Job> {
    const [milestones] = await Promise.all([this.installMilestones(), this.installPartnerships()]);
    return milestones;
  }

  private installPartnerships(): Promise<Job> {
    return withTimeout(
      this.jobs.upsertScheduler(
        PARTNERSHIPS_SCHEDULER_ID,
        { pattern: `0 ${PARTNERSHIP_CHECK_HOUR} * * *`, tz: this.config.NOTIFY_TIMEZONE },
        {
          name: 'partnerships_stalled',
          data: {},
          opts: {
            attempts: 3,
            backoff: { type: 'exponential', delay: 60_000 },
            removeOnComplete: { age: 7 * 24 * 3600 },
          },
        },
      ),
      REDIS_TIMEOUT_MS,
    );
  }

  private installMilestones(): Promise<Job> {
    return withTimeout(
      this.jobs.upsertScheduler(
        MILESTONES_SCHEDULER_ID,
        { pattern: `0 ${MILESTONE_CHECK_HOUR} * * *`, tz: this.config.NOTIFY_TIMEZONE },
        {
          name: 'milestones_overdue',
          data: {},
          opts: {
            attempts: 3,
            backoff: { type: 'exponential', delay: 60_000 },
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
        `Could not install the milestone check schedule (tried again within the hour): ${(error as Error).message}`,
      );
    }
  }
}
