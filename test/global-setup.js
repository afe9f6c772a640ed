// Starts what the end-to-end tests need and gives this run a database and a Redis prefix of its own.
const { randomBytes } = require('node:crypto');
const { Client } = require('pg');

const RUN_ID = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const MEILI_PORT = Number(process.env.E2E_MEILI_PORT ?? 7711);

module.exports = async function globalSetup() {
  const { ensureServices } = await import('../scripts/services.mjs');
  await ensureServices({ log: () => undefined });

  const { startMeili } = await import('../scripts/meili.mjs');
  const key = 'chanjiao-e2e-master-key-0123456789';
  // One data directory per port: runs on different ports never stop each other's Meilisearch.
  const dataDir = `.data/meili-e2e-${MEILI_PORT}`;
  const meili = await startMeili({ port: MEILI_PORT, dataDir, key });

  const adminUrl = process.env.E2E_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `chanjiao_e2e_${RUN_ID}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;

  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379',
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: key,
    JWT_SECRET: randomBytes(32).toString('hex'),
    QUEUE_PREFIX: `e2e_${RUN_ID}`,
    MEILI_INDEX_PREFIX: `e2e_${RUN_ID}`,
    LOG_LEVEL: 'warn',
    HTTP_REQUEST_LOGS: 'false',
    LOGIN_MAX_ATTEMPTS: '5',
    LOGIN_MAX_PER_ADDRESS: '10000',
    EMAIL_REQUESTS_MAX_PER_CLIENT: '10000',
    RATE_LIMIT_PER_MINUTE: '0',
    OUTBOX_POLL_MS: '50',
    // Hand-checked figures are read right after the data changes (the cache: stats-sections.spec).
    INSIGHT_CACHE_SECONDS: '0',
    // No web console, even after `npm run build` wrote dist/web: `/` is a 404 unless a suite
    // points WEB_DIST_DIR at a directory of its own (web-console.e2e-spec, the browser test).
    WEB_DIST_DIR: '',
  });
  globalThis.__E2E__ = { database, adminUrl, meiliStartedByUs: meili.startedByUs, dataDir };
};
