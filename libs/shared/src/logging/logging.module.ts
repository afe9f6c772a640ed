import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from '../config/env.schema';
import type { RequestWithId } from './request-id';

/**
 * Structured JSON logs (pino); credentials are redacted. With HTTP_REQUEST_LOGS off no per-request
 * logging middleware runs at all (pino-http serialises the request into a child logger for every
 * request even when it writes nothing); the request id comes from `assignRequestId` either way.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        forRoutes: config.HTTP_REQUEST_LOGS ? undefined : [],
        pinoHttp: {
          level: config.LOG_LEVEL,
          autoLogging: config.HTTP_REQUEST_LOGS,
          genReqId: (req: RequestWithId) => req.id ?? randomUUID(),
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              'req.body.password',
              'req.body.refreshToken',
            ],
            censor: '[redacted]',
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
