import { type INestApplication, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { METRICS_PATH, recordHttpMetrics, serveMetrics } from '@app/observability';
import {
  apiDocsEnabled,
  type AppConfig,
  assignRequestId,
  ProblemDetailsFilter,
  refuseHostileInput,
  validationExceptionFactory,
} from '@app/shared';
import { noStoreForCredentials, notFoundOutside } from './http-edge';
import { buildOpenApiDocument } from './openapi';
import { DASHBOARD_PATH } from './queue-dashboard/queue-dashboard.constants';
import { mountQueueDashboard } from './queue-dashboard/queue-dashboard.mount';
import { serveWebConsole } from './web-console';

export const API_PREFIX = 'api/v1';
export const JSON_BODY_LIMIT = '256kb';
const DOCS_PATH = 'api/docs';
const DOCS_JSON_PATH = 'api/docs-json';

/** Everything the HTTP edge needs, shared by main.ts and the end-to-end tests. */
export function setupHttp(app: NestExpressApplication, config: AppConfig): INestApplication {
  const docs = apiDocsEnabled(config);
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(assignRequestId());
  // First, so that requests refused below are measured too (route label: `unmatched`). The
  // dashboard and the docs UI serve their own sub-paths (assets): one label each.
  recordHttpMetrics(app, [DASHBOARD_PATH, `/${DOCS_PATH}`]);
  app.use(helmet());
  app.enableCors({
    origin: config.CORS_ORIGINS ? config.CORS_ORIGINS.split(',').map((o) => o.trim()) : false,
  });
  app.use(noStoreForCredentials(`/${API_PREFIX}/auth/`));
  // The web console (ADR 0022) at `/`, with a CSP of its own; never anything under /api.
  const console_ = serveWebConsole(config.WEB_DIST_DIR, ['/api', METRICS_PATH]);
  if (console_) app.use(console_);
  app.use(
    notFoundOutside([
      `/${API_PREFIX}`,
      DASHBOARD_PATH,
      METRICS_PATH,
      ...(docs ? [`/${DOCS_PATH}`, `/${DOCS_JSON_PATH}`] : []),
    ]),
  );
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  // Before any pipe: NUL, lone surrogates and nesting that would overflow the validator.
  app.use(refuseHostileInput());
  app.setGlobalPrefix(API_PREFIX);
  mountQueueDashboard(app);
  serveMetrics(app, config);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  if (docs) serveApiDocs(app);
  return app;
}

function serveApiDocs(app: NestExpressApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: DOCS_JSON_PATH });
}
