import { Processor } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { type DataSource, IsNull } from 'typeorm';
import { DemandReader, DemandStatus } from '@app/demands';
import { type JobHandlers, JobProcessor, jobWorkerOptions } from '@app/shared';
import { FanOutWriter } from '../fanout/fan-out-writer';
import { renderMessage } from '../fanout/messages';
import { Recipients } from '../fanout/recipients';
import { NotificationKinds as K } from '../notification-kinds';
import { DemandReminder } from './demand-reminder.entity';
import { REMINDERS_QUEUE, type ReminderJob } from './deadline-reminders.service';

/** A demand's deadline is near → its enterprise's members (and webhooks). */
// Started by JobRegistryCheck once the registry is consistent.
@Processor(REMINDERS_QUEUE.name, jobWorkerOptions())
export class DeadlineReminderProcessor extends JobProcessor<typeof REMINDERS_QUEUE> {
  readonly definition = REMINDERS_QUEUE;
  readonly handlers: JobHandlers<typeof REMINDERS_QUEUE> = {
    deadline: (job) => this.remind(job),
  };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly demands: DemandReader,
    private readonly recipients: Recipients,
    private readonly writer: FanOutWriter,
  ) {
    super();
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
}
