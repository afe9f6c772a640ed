import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { setupHttp } from '../../apps/api/src/setup-http';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { APP_CONFIG, type AppConfig, databaseOptions } from '@app/shared';

let migrated = false;

/** Brings the run's database to the latest schema, once per test process. */
export async function migrateTestDatabase(): Promise<void> {
  if (migrated) return;
  const dataSource = new DataSource(databaseOptions(process.env.DATABASE_URL!));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  migrated = true;
}

export interface TestApp {
  app: INestApplication;
  http: ReturnType<INestApplication['getHttpServer']>;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The real api, configured exactly like main.ts, on the run's database. */
export async function createTestApp(): Promise<TestApp> {
  await migrateTestDatabase();
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: ['error'],
  });
  setupHttp(app, app.get<AppConfig>(APP_CONFIG));
  await app.init();
  return {
    app,
    http: app.getHttpServer(),
    dataSource: app.get<DataSource>(getDataSourceToken()),
    close: () => app.close(),
  };
}

/** The real worker process's modules (the outbox relay), in this process. */
export async function startWorker(): Promise<INestApplicationContext> {
  await migrateTestDatabase();
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
  await worker.init();
  return worker;
}

/** Runs `work` (typically creating an app) with some environment variables overridden. */
export async function withEnv<T>(vars: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await work();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
