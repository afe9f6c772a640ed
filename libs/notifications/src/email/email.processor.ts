import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Job } from 'bullmq';
import { cappedBackoff, closeWorker, Queues, RunningJobs } from '@app/shared';
import { EmailDigest } from './email-digest.service';
import { EmailJobNames, type SendEmailJob } from './email-jobs';
import { EmailSender } from './email-sender.service';

/** Consumes the email queue: single deliveries and the daily digest. */
@Processor(Queues.Email, { concurrency: 8, settings: { backoffStrategy: cappedBackoff } })
export class EmailProcessor extends WorkerHost implements OnModuleDestroy {
  private readonly logger = new Logger(EmailProcessor.name);
  private readonly running = new RunningJobs();

  constructor(
    private readonly sender: EmailSender,
    private readonly digest: EmailDigest,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.running.track(() => this.handle(job));
  }

  private async handle(job: Job): Promise<unknown> {
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

  /** Redis outages surface here; BullMQ reconnects by itself. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`email worker: ${error.message}`);
  }

  async onModuleDestroy(): Promise<void> {
    await closeWorker(this.worker, () => this.running.size);
  }
}
