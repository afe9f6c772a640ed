import { Processor } from '@nestjs/bullmq';
import { cappedBackoff, JobProcessor, type JobHandlers, jobWorkerOptions } from '@app/shared';
import { EmailDigest } from './email-digest.service';
import { EMAIL_QUEUE } from './email-jobs';
import { EmailSender } from './email-sender.service';

/** Consumes the email queue: single deliveries and the daily digest. */
// Started by JobRegistryCheck once the registry is consistent.
@Processor(
  EMAIL_QUEUE.name,
  jobWorkerOptions({ concurrency: 8, settings: { backoffStrategy: cappedBackoff } }),
)
export class EmailProcessor extends JobProcessor<typeof EMAIL_QUEUE> {
  readonly definition = EMAIL_QUEUE;
  readonly handlers: JobHandlers<typeof EMAIL_QUEUE> = {
    send: (job) => {
      const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      return this.sender.deliver(job.data.deliveryId, { finalAttempt });
    },
    digest: () => this.digest.sendDue(new Date()),
  };

  constructor(
    private readonly sender: EmailSender,
    private readonly digest: EmailDigest,
  ) {
    super();
  }
}
