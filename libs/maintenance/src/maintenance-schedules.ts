import { InjectQueue } from '@nestjs/bullmq';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Job, Queue, RepeatOptions } from 'bullmq';
import { APP_CONFIG, type AppConfig, JobProducer, Queues, withTimeout } from '@app/shared';
import {
  INSIGHT_REFRESH_SCHEDULER_ID,
  MAINTENANCE_QUEUE,
  MILESTONE_CHECK_HOUR,
  MILESTONES_SCHEDULER_ID,
  PARTNERSHIP_CHECK_HOUR,
  PARTNERSHIPS_SCHEDULER_ID,
  PRUNE_SCHEDULER_ID,
} from './maintenance.queue';

/** BullMQ waits for Redis indefinitely; past this an install counts as failed (tried again). */
const REDIS_TIMEOUT_MS = 3_000;
/** How often the schedules are installed again: Redis here keeps nothing on disk. */
const REINSTALL_MS = 60 * 60_000;

type MaintenanceJob = 'prune' | 'milestones_overdue' | 'partnerships_stalled' | 'insight_refresh';

interface Schedule {
  id: string;
  job: MaintenanceJob;
  what: string;
  repeat: (config: AppConfig) => Omit<RepeatOptions, 'key'>;
  /** How long finished runs (their reports) stay visible in the queue dashboard. */
  keepSeconds: number;
}

const daily = (hour: number) => (config: AppConfig) => ({
  pattern: `0 ${hour} * * *`,
  tz: config.NOTIFY_TIMEZONE,
});
const WEEK = 7 * 24 * 3600;

/** The maintenance queue's recurring jobs. */
export const SCHEDULES: readonly Schedule[] = [
  // Daily, at PRUNE_HOUR: rows past their retention (ADR 0011).
  {
    id: PRUNE_SCHEDULER_ID,
    job: 'prune',
    what: 'pruning',
    repeat: (c) => daily(c.PRUNE_HOUR)(c),
    keepSeconds: WEEK,
  },
  // The start of a working day: cooperation-project milestones found overdue (ADR 0019).
  {
    id: MILESTONES_SCHEDULER_ID,
    job: 'milestones_overdue',
    what: 'milestone check',
    repeat: daily(MILESTONE_CHECK_HOUR),
    keepSeconds: WEEK,
  },
  // After it (it counts overdue milestones): stalled enterprise–college partnerships.
  {
    id: PARTNERSHIPS_SCHEDULER_ID,
    job: 'partnerships_stalled',
    what: 'partnership check',
    repeat: daily(PARTNERSHIP_CHECK_HOUR),
    keepSeconds: WEEK,
  },
  // The city's statistics: the materialised views behind them (ADR 0020).
  {
    id: INSIGHT_REFRESH_SCHEDULER_ID,
    job: 'insight_refresh',
    what: 'statistics refresh',
    repeat: (c) => ({ every: c.INSIGHT_REFRESH_MINUTES * 60_000 }),
    keepSeconds: 24 * 3600,
  },
];

/**
 * Installs the maintenance queue's recurring jobs as BullMQ job schedulers. A scheduler keeps one
 * next job in Redis, so however many workers run, each slot has one run. Every worker upserts them
 * at boot and hourly (idempotent), so they come back by themselves after Redis lost its data or
 * was down at boot.
 */
@Injectable()
export class MaintenanceSchedules implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MaintenanceSchedules.name);
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

  /** Creates or updates one schedule; returns its next job. */
  install(schedule: Schedule): Promise<Job> {
    return withTimeout(
      this.jobs.upsertScheduler(schedule.id, schedule.repeat(this.config), {
        name: schedule.job,
        data: {},
        opts: {
          attempts: 3,
          backoff: { type: 'exponential', delay: 60_000 },
          removeOnComplete: { age: schedule.keepSeconds },
        },
      }),
      REDIS_TIMEOUT_MS,
    );
  }

  private async installOrWarn(): Promise<void> {
    for (const schedule of SCHEDULES) {
      try {
        await this.install(schedule);
      } catch (error) {
        this.logger.warn(
          `Could not install the ${schedule.what} schedule (tried again within the hour): ${(error as Error).message}`,
        );
      }
    }
  }
}
