import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Histogram } from 'prom-client';
import { METRIC_PREFIX, MetricsRegistry } from '../metrics-registry';
import { methodLabel, mount, routeLabel, statusLabel } from './route-label';

/** Seconds; prom-client's defaults (5 ms … 10 s) suit an API whose target is tens of ms. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Latency of every HTTP request by method, route pattern and status code. */
@Injectable()
export class HttpMetrics {
  private readonly duration: Histogram<'method' | 'route' | 'status_code'>;

  constructor(metrics: MetricsRegistry) {
    this.duration = new Histogram({
      name: `${METRIC_PREFIX}http_request_duration_seconds`,
      help: 'HTTP request latency by method, route pattern (never the raw URL) and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: BUCKETS,
      registers: [metrics.registry],
    });
  }

  /**
   * Express middleware; mount it before everything else so requests the edge refuses count too.
   * One `finish` listener per request; the labels are read when the response is done (the
   * route is known by then). A request whose client went away before the answer is not counted.
   */
  middleware(mountedPrefixes: readonly string[] = []): RequestHandler {
    const duration = this.duration;
    const mounts = mountedPrefixes.map(mount);
    return (req: Request, res: Response, next: NextFunction): void => {
      const started = performance.now();
      res.once('finish', () => {
        duration.observe(
          {
            method: methodLabel(req.method),
            route: routeLabel(req, mounts),
            status_code: statusLabel(res.statusCode),
          },
          (performance.now() - started) / 1000,
        );
      });
      next();
    };
  }
}
