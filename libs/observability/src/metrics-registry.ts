import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';

/** Every metric name starts with this (Node's process metrics too). */
export const METRIC_PREFIX = 'chanjiao_';

/**
 * The process's metrics registry: one per application (not prom-client's global registry), so
 * several apps in one process (the end-to-end tests) never collide. Node's default process
 * metrics (CPU, memory, event-loop lag, GC, handles) are registered with the `chanjiao_` prefix.
 */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: METRIC_PREFIX });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
