import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { type DataSource, IsNull } from 'typeorm';
import { DemandReader, DemandStatus } from '@app/demands';
import { APP_CONFIG, type AppConfig, defineQueue, JobProducer, payload, Queues } from '@app/shared';
import { DemandReminder } from './demand-reminder.entity';
import { addDays, localInstant } from '../preferences/clock';

/** Local hour at which reminders go out (office hours, not midnight). */
const REMIND_HOUR = 9;

export interface ReminderJob {
  demandId: string;
  deadline: string;
}

/** The reminders queue: one delayed job per demand and deadline. */
export const REMINDERS_QUEUE = defineQueue(Queues.Reminders, {
  deadline: payload<ReminderJob>(),
});

/**
 * Keeps one deadline reminder per open demand with a deadline: a row in PostgreSQL (the truth)
 * and a delayed BullMQ job named after the deadline, so a moved deadline simply gets a new job
 * and the old one finds nothing to do.
 */
@Injectable()
export class DeadlineReminders {
  private readonly logger = new Logger(DeadlineReminders.name);
  private readonly jobs: JobProducer<typeof REMINDERS_QUEUE>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly demands: DemandReader,
    @InjectQueue(Queues.Reminders) queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.jobs = new JobProducer(REMINDERS_QUEUE, queue);
  }

  /** After any change of the demand: schedule, move or drop its reminder. */
  async sync(demandId: string): Promise<void> {
    const repo = this.dataSource.getRepository(DemandReminder);
    const demand = await this.demands.byId(demandId);
    const deadline = demand?.status === DemandStatus.Open ? demand.deadline : null;
    const last = deadline
      ? localInstant(addDays(deadline, 1), 0, this.config.NOTIFY_TIMEZONE)
      : null;
    if (!deadline || !last || last.getTime() <= Date.now()) {
      await repo.delete({ demandId, sentAt: IsNull() });
      return;
    }
    const existing = await repo.findOneBy({ demandId });
    if (existing?.deadline === deadline) return this.enqueue(existing);
    const wanted = localInstant(
      addDays(deadline, -this.config.DEADLINE_REMINDER_DAYS),
      REMIND_HOUR,
      this.config.NOTIFY_TIMEZONE,
    );
    const reminder = repo.create({
      demandId,
      deadline,
      remindAt: new Date(Math.max(wanted.getTime(), Date.now())),
      sentAt: null,
    });
    await repo.save(reminder);
    await this.enqueue(reminder);
  }

  /** After Redis lost its data: every reminder not yet sent gets its job back. */
  async requeuePending(): Promise<number> {
    const pending = await this.dataSource
      .getRepository(DemandReminder)
      .findBy({ sentAt: IsNull() });
    for (const r of pending) await this.enqueue(r);
    return pending.length;
  }

  private async enqueue(r: DemandReminder): Promise<void> {
    if (r.sentAt) return;
    try {
      await this.jobs.add(
        'deadline',
        { demandId: r.demandId, deadline: r.deadline },
        {
          jobId: `reminder-${r.demandId}-${r.deadline}`,
          delay: Math.max(0, r.remindAt.getTime() - Date.now()),
        },
      );
    } catch (error) {
      // The row stays unsent; recovery re-adds the job.
      this.logger.warn(`Reminder not queued: ${(error as Error).message}`);
    }
  }
}
