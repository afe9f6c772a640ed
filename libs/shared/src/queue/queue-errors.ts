import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Queue } from 'bullmq';

/**
 * Gives every BullMQ queue of the app an error listener. Without one BullMQ prints each failed
 * reconnect of a Redis outage to stderr (console.error); with it the outage is logged once per
 * queue and comes back as failed adds, which producers handle.
 */
@Injectable()
export class QueueErrors implements OnApplicationBootstrap {
  private readonly logger = new Logger('Queues');

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const queues = new Set(
      this.discovery
        .getProviders()
        .map((wrapper): unknown => wrapper.instance)
        .filter((instance): instance is Queue => instance instanceof Queue),
    );
    for (const queue of queues) {
      let down = false;
      queue.on('error', (error: Error) => {
        if (!down) this.logger.warn(`queue ${queue.name}: ${error.message}`);
        down = true;
      });
      queue.getBackend().on('ready', () => (down = false));
    }
  }
}
