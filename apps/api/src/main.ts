import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { apiDocsEnabled, APP_CONFIG, type AppConfig } from '@app/shared';
import { AppModule } from './app.module';
import { setupHttp } from './setup-http';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  const config = app.get<AppConfig>(APP_CONFIG);
  setupHttp(app, config);
  await app.listen(config.PORT, '0.0.0.0');
  const docs = apiDocsEnabled(config) ? 'docs at /api/docs' : 'docs off';
  app.get(Logger).log(`Chanjiao api listening on :${config.PORT} (${docs})`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
