import { Logger } from '@nestjs/common';
import { Queue, type QueueOptions } from 'bullmq';

const logger = new Logger('Queues');

/**
 * The queue class @nestjs/bullmq creates (see QueueModule): it listens to its own errors from
 * birth. Without a listener BullMQ prints each failed reconnect of a Redis outage through
 * console.error; here the outage is logged once per queue, and producers see failed adds.
 */
export class ListenedQueue extends Queue {
  constructor(name: string, opts?: QueueOptions) {
    super(name, opts);
    let down = false;
    this.on('error', (error: Error) => {
      if (!down) logger.warn(`queue ${name}: ${error.message}`);
      down = true;
    });
    this.getBackend().on('ready', () => (down = false));
  }
}
