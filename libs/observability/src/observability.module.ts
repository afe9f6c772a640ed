import { Module } from '@nestjs/common';
import { HttpMetrics } from './http/http-metrics';
import { MetricsRegistry } from './metrics-registry';
import { OperationsMetrics } from './operations/operations-metrics';

/**
 * Prometheus metrics of the api: HTTP latency, Node's process metrics and the operational
 * gauges (queues, outbox, search tasks, deliveries, dependencies), read at scrape time. Needs
 * the app's PostgreSQL, Redis and Meilisearch modules; the app wires the HTTP side with
 * `recordHttpMetrics` and `serveMetrics` (see ADR 0010).
 */
@Module({
  providers: [MetricsRegistry, HttpMetrics, OperationsMetrics],
  exports: [MetricsRegistry, HttpMetrics],
})
export class ObservabilityModule {}
