import { describe, expect, it, jest } from '@jest/globals';
import type { Job } from 'bullmq';
import { UnknownJobError } from '@app/shared';
import type { EmailDigest } from './email-digest.service';
import { EmailProcessor } from './email.processor';
import type { EmailSender } from './email-sender.service';

describe('EmailProcessor', () => {
  const sender = { deliver: jest.fn(async (_id: string, _options: object) => 'sent') };
  const digest = { sendDue: jest.fn(async () => 0) };
  const processor = new EmailProcessor(
    sender as unknown as EmailSender,
    digest as unknown as EmailDigest,
  );
  const job = (name: string, data: object = {}, attemptsMade = 0) =>
    ({ name, data, attemptsMade, opts: { attempts: 3 } }) as unknown as Job;

  it('sends a delivery, telling the sender whether this is the last try', async () => {
    await processor.process(job('send', { deliveryId: 'd1' }, 2));
    expect(sender.deliver).toHaveBeenCalledWith('d1', { finalAttempt: true });
  });

  it('runs the digest', async () => {
    await processor.process(job('digest'));
    expect(digest.sendDue).toHaveBeenCalled();
  });

  // It used to complete silently, so a misnamed job was lost without a trace.
  it('fails a job of an unknown name', async () => {
    jest.spyOn(processor['logger'], 'error').mockImplementation(() => undefined);
    await expect(processor.process(job('sned', { deliveryId: 'd2' }))).rejects.toThrow(
      UnknownJobError,
    );
    expect(sender.deliver).not.toHaveBeenCalledWith('d2', expect.anything());
  });
});
