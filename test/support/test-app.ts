import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { setupHttp } from '../../apps/api/src/setup-http';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { APP_CONFIG, type AppConfig, databaseOptions, Queues } from '@app/shared';

const migrated = new Set<string>();

/** Brings the database of DATABASE_URL to the latest schema, once per test process. */
export async function migrateTestDatabase(): Promise<void> {
  const url = process.env.DATABASE_URL!;
  if (migrated.has(url)) return;
  const dataSource = new DataSource(databaseOptions(url));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  migrated.add(url);
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
  const testApp: TestApp = {
    app,
    http: app.getHttpServer(),
    dataSource: app.get<DataSource>(getDataSourceToken()),
    close: () => app.close(),
  };
  appsByServer.set(testApp.http, testApp);
  return testApp;
}

const appsByServer = new WeakMap<object, TestApp>();

/** The test app serving this HTTP handle (factories given only `t.http` reach its database). */
export function testAppOf(http: TestApp['http']): TestApp {
  const app = appsByServer.get(http);
  if (!app) throw new Error('This HTTP handle was not made by createTestApp');
  return app;
}

/** The real worker process's modules (the outbox relay), in this process. */
export async function startWorker(
  options: { settle?: boolean } = {},
): Promise<INestApplicationContext> {
  await migrateTestDatabase();
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
  await worker.init();
  if (options.settle ?? true) await settleBacklog(worker);
  return worker;
}

/** Queues whose backlog a suite's own events would wait behind. */
const BACKLOG_QUEUES = [Queues.SearchIndex, Queues.Notifications, Queues.Email, Queues.Webhooks];

/**
 * Waits until the worker has relayed and consumed what earlier suites left in the run's shared
 * outbox. Suites without a worker leave their events unsent and the next worker drains them all
 * first: a suite's short `eventually` deadlines should time its own events, not that backlog.
 * Suites that start a worker with a service down pass `settle: false`.
 */
export async function settleBacklog(
  worker: INestApplicationContext,
  timeoutMs = 100_000,
): Promise<void> {
  const dataSource = worker.get<DataSource>(getDataSourceToken(), { strict: false });
  const queues = BACKLOG_QUEUES.map((name) =>
    worker.get<Queue>(getQueueToken(name), { strict: false }),
  );
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ unsent }] = await dataSource.query<{ unsent: number }[]>(
      'SELECT count(*)::int AS unsent FROM outbox_events WHERE published_at IS NULL',
    );
    let pending = unsent;
    for (const queue of queues) {
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
      pending += Object.values(counts).reduce((sum, n) => sum + n, 0);
    }
    if (pending === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`the worker left ${pending} events and jobs after ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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

export interface IsolatedRun {
  /** Environment for `withEnv`: its own database, index prefix and queue prefix. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * A database, Meilisearch index prefix and queue prefix of a suite's own, for suites whose data
 * would disturb the others that share the run's (the hostile-input sweep creates hundreds of odd
 * experts, demands and events). Migrated by the first app created under `env`.
 */
export async function createIsolatedRun(name: string): Promise<IsolatedRun> {
  const base = new URL(process.env.DATABASE_URL!);
  const database = `${base.pathname.slice(1)}_${name}`.slice(0, 63);
  const admin = new URL(base);
  admin.pathname = '/postgres';
  const query = async (sql: string) => {
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await query(`CREATE DATABASE "${database}"`);
  const url = new URL(base);
  url.pathname = `/${database}`;
  return {
    env: {
      DATABASE_URL: url.toString(),
      MEILI_INDEX_PREFIX: `${process.env.MEILI_INDEX_PREFIX}_${name}`,
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}_${name}`,
    },
    drop: async () => {
      await query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await deleteRedisKeys(`${process.env.QUEUE_PREFIX}_${name}:*`);
    },
  };
}

async function deleteRedisKeys(pattern: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
