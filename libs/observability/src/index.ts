export { ObservabilityModule } from './observability.module';
export { METRICS_PATH, recordHttpMetrics, serveMetrics } from './http/metrics-endpoint';
export { UNMATCHED_ROUTE } from './http/route-label';
export { METRIC_PREFIX, MetricsRegistry } from './metrics-registry';
