import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Express, Request, Response } from 'express';
import { type AppConfig, ConfigValidationError, PROBLEM_CONTENT_TYPE } from '@app/shared';
import { MetricsRegistry } from '../metrics-registry';
import { HttpMetrics } from './http-metrics';
import { MetricsAccess } from './metrics-access';

/** Prometheus' scrape path, outside the API prefix (allow it in the edge's owned paths). */
export const METRICS_PATH = '/metrics';

/**
 * Records the latency of every request. Call it first in the HTTP setup, so that requests the
 * edge refuses (unknown paths, hostile input) are measured too. `mountedPrefixes` are paths
 * served by a sub-application (one label each).
 */
export function recordHttpMetrics(
  app: NestExpressApplication,
  mountedPrefixes: readonly string[] = [],
): void {
  app.use(app.get(HttpMetrics).middleware(mountedPrefixes));
}

/**
 * `GET /metrics` in Prometheus' text format. With `METRICS_TOKEN` set it requires
 * `Authorization: Bearer <METRICS_TOKEN>` (401 problem+json otherwise); production refuses to
 * start without one (the worker and CLI do not serve metrics). A plain Express route: no JWT guard, no rate limit, not in the OpenAPI.
 */
export function serveMetrics(
  app: NestExpressApplication,
  config: Pick<AppConfig, 'METRICS_TOKEN' | 'NODE_ENV'>,
): void {
  requireTokenInProduction(config);
  const metrics = app.get(MetricsRegistry);
  const access = new MetricsAccess(config.METRICS_TOKEN);
  const logger = new Logger('Metrics');
  const express = app.getHttpAdapter().getInstance() as Express;
  express.get(METRICS_PATH, async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    if (!access.allows(req.headers.authorization)) {
      problem(res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"'), 401, 'AUTH_REQUIRED');
      return;
    }
    try {
      const body = await metrics.metrics();
      res.status(200).type(metrics.contentType).send(body);
    } catch (error) {
      logger.error(`metrics could not be gathered: ${(error as Error).message}`);
      problem(res, 500, 'INTERNAL');
    }
  });
}

/**
 * Production never serves metrics to anyone who asks. Checked where /metrics is served (the api)
 * rather than in the shared config, so the worker and the CLI do not need a token they never use.
 */
export function requireTokenInProduction(
  config: Pick<AppConfig, 'METRICS_TOKEN' | 'NODE_ENV'>,
): void {
  if (config.NODE_ENV === 'production' && !config.METRICS_TOKEN)
    throw new ConfigValidationError(
      'Invalid configuration (see README "Environment variables"):\n' +
        '  - METRICS_TOKEN is missing (the api requires it in production: /metrics reveals operational detail)',
    );
}

function problem(res: Response, status: 401 | 500, code: string): void {
  const title = status === 401 ? 'Send the metrics token as a bearer token' : 'Internal error';
  res
    .status(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ type: 'about:blank', title, status, code, detail: title }));
}
