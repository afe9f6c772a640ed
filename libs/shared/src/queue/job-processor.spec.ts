import { describe, expect, it, jest } from '@jest/globals';
import type { Job, Worker } from 'bullmq';
import { JobProcessor, UnknownJobError } from './job-processor';
import {
  defineQueue,
  DOMAIN_EVENTS,
  domainEvents,
  type JobHandlers,
  payload,
} from './job-registry';

const MAIL = defineQueue('email', { send: payload<{ to: string }>() });
const EVENTS = defineQueue(
  'notifications',
  { ping: payload<object>() },
  domainEvents({ accepts: (type) => type === 'demand.published' }),
);

class MailProcessor extends JobProcessor<typeof MAIL> {
  readonly definition = MAIL;
  readonly sent: string[] = [];
  readonly handlers: JobHandlers<typeof MAIL> = {
    send: async (job) => this.sent.push(job.data.to),
  };
}

class EventProcessor extends JobProcessor<typeof EVENTS> {
  readonly definition = EVENTS;
  readonly seen: string[] = [];
  readonly handlers: JobHandlers<typeof EVENTS> = {
    ping: async () => this.seen.push('ping'),
    [DOMAIN_EVENTS]: async (job) => this.seen.push(job.data.eventType),
  };
}

const job = (name: string, data: object = {}) => ({ name, data }) as unknown as Job;

describe('JobProcessor', () => {
  it('dispatches a declared job name to its handler', async () => {
    const p = new MailProcessor();
    await p.process(job('send', { to: 'a@example.cn' }));
    expect(p.sent).toEqual(['a@example.cn']);
  });

  it('fails a job with an undeclared name, without retries, and logs it', async () => {
    const p = new MailProcessor();
    const logged = jest.spyOn(p['logger'], 'error').mockImplementation(() => undefined);
    await expect(p.process(job('digest'))).rejects.toThrow(UnknownJobError);
    await expect(p.process(job('toString'))).rejects.toThrow(
      'Queue email declares no job named "toString"',
    );
    expect(logged).toHaveBeenCalledTimes(2);
    expect(new UnknownJobError('email', 'x').name).toBe('UnknownJobError');
  });

  it('hands the domain events its queue takes to the events handler, and no other name', async () => {
    const p = new EventProcessor();
    jest.spyOn(p['logger'], 'error').mockImplementation(() => undefined);
    await p.process(job('demand.published', { eventType: 'demand.published' }));
    await p.process(job('ping'));
    await expect(p.process(job('demand.closed'))).rejects.toThrow(UnknownJobError);
    expect(p.seen).toEqual(['demand.published', 'ping']);
  });

  it('on shutdown lets running jobs finish, cuts them after the grace, then force-closes', async () => {
    class Slow extends MailProcessor {
      protected override readonly shutdownGraceMs = 30;
      cut = 0;
      protected override cutRunningJobs(): void {
        this.cut += 1;
      }
    }
    const p = new Slow();
    const worker = {
      pause: jest.fn(async (_doNotWaitActive?: boolean) => undefined),
      close: jest.fn(async (_force?: boolean) => undefined),
    };
    (p as unknown as { _worker: Worker })._worker = worker as unknown as Worker;
    let finish = () => undefined as void;
    p.handlers.send = () => new Promise<void>((resolve) => (finish = resolve));
    const running = p.process(job('send'));
    await p.onModuleDestroy();
    expect(worker.pause).toHaveBeenCalledWith(true);
    expect(p.cut).toBe(1);
    expect(worker.close).toHaveBeenCalledWith(true);
    finish();
    await running;
  });

  it('shuts down quietly when its worker never started', async () => {
    await expect(new MailProcessor().onModuleDestroy()).resolves.toBeUndefined();
  });
});
