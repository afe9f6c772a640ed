import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { cappedBackoff, Queues } from '@app/shared';
import { EmailDigest } from './email-digest.service';
import { EmailJobNames, type SendEmailJob } from './email-jobs';
import { EmailSender } from './email-sender.service';

/** Consumes the email queue: single deliveries and the daily digest. */
@Processor(Queues.Email, { concurrency: 8, settings: { backoffStrategy: cappedBackoff } })
export class EmailProcessor extends WorkerHost {
  constructor(
    private readonly sender: EmailSender,
    private readonly digest: EmailDigest,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case EmailJobNames.Send: {
        const { deliveryId } = job.data as SendEmailJob;
        const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        return this.sender.deliver(deliveryId, { finalAttempt });
      }
      case EmailJobNames.Digest:
        return this.digest.sendDue(new Date());
      default:
        return undefined;
    }
  }
}
