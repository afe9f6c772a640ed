import { describe, expect, it } from '@jest/globals';
import { MAX_STALLED_COUNT } from '@app/shared';
import { EmailProcessor } from './email/email.processor';
import { NotificationsProcessor } from './fanout/notifications.processor';
import { DeadlineReminderProcessor } from './reminders/deadline-reminder.processor';
import { WebhookDeliveryProcessor } from './webhooks/webhook-delivery.processor';

/** Where @nestjs/bullmq keeps a @Processor's worker options. */
const WORKER_METADATA = 'bullmq:worker_metadata';

describe('notification workers and worker crashes', () => {
  // BullMQ's default (1) failed a job that two worker kills caught running: the soak test
  // (npm run soak -- --faults worker --gap 3-6) left fan-out jobs in the failed list.
  it.each([
    NotificationsProcessor,
    EmailProcessor,
    WebhookDeliveryProcessor,
    DeadlineReminderProcessor,
  ])('%p runs a job found stalled again, up to MAX_STALLED_COUNT times', (processor) => {
    const options = Reflect.getMetadata(WORKER_METADATA, processor) as {
      maxStalledCount?: number;
      autorun?: boolean;
    };
    expect(options.maxStalledCount).toBe(MAX_STALLED_COUNT);
    // Started by JobRegistryCheck, never by BullMQ on construction.
    expect(options.autorun).toBe(false);
    expect(MAX_STALLED_COUNT).toBeGreaterThan(1);
  });
});
