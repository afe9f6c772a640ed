import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { type DataSource, IsNull } from 'typeorm';
import { DemandReader, DemandStatus } from '@app/demands';
import { closeWorker, Queues, RunningJobs } from '@app/shared';
import { FanOutWriter } from '../fanout/fan-out-writer';
import { renderMessage } from '../fanout/messages';
import { Recipients } from '../fanout/recipients';
import { NotificationKinds as K } from '../notification-kinds';
import { DemandReminder } from './demand-reminder.entity';
import type { ReminderJob } from './deadline-reminders.service';

/** A demand's deadline is near → its enterprise's members (and webhooks). */
@Processor(Queues.Reminders)
export class DeadlineReminderProcessor extends WorkerHost implements OnModuleDestroy {
  private readonly logger = new Logger(DeadlineReminderProcessor.name);
  private readonly running = new RunningJobs();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly demands: DemandReader,
    private readonly recipients: Recipients,
    private readonly writer: FanOutWriter,
  ) {
    super();
  }

  process(job: Job<ReminderJob>): Promise<'sent' | 'stale'> {
    return this.running.track(() => this.remind(job));
  }

  private async remind(job: Job<ReminderJob>): Promise<'sent' | 'stale'> {
    const { demandId, deadline } = job.data;
    const reminder = await this.dataSource
      .getRepository(DemandReminder)
      .findOneBy({ demandId, deadline, sentAt: IsNull() });
    const demand = await this.demands.byId(demandId);
    if (!reminder || demand?.status !== DemandStatus.Open || demand.deadline !== deadline) {
      return 'stale';
    }
    const { title, body } = renderMessage(K.DeadlineApproaching, {
      demandTitle: demand.title,
      deadline,
    });
    await this.writer.write([
      {
        dedupeKey: `${K.DeadlineApproaching}:${demandId}:${deadline}`,
        userIds: await this.recipients.membersOf([demand.organizationId]),
        organizationIds: [demand.organizationId],
        content: {
          kind: K.DeadlineApproaching,
          title,
          body,
          link: { type: 'demand', id: demandId },
          data: { demandId, deadline },
          sourceEventId: null,
          occurredAt: new Date().toISOString(),
        },
      },
    ]);
    await this.dataSource
      .getRepository(DemandReminder)
      .update({ demandId, deadline }, { sentAt: new Date() });
    return 'sent';
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`reminders worker: ${error.message}`);
  }

  async onModuleDestroy(): Promise<void> {
    await closeWorker(this.worker, () => this.running.size);
  }
}
