// Drops this run's database and Redis keys; stops Meilisearch if the run started it.
const { Client } = require('pg');

module.exports = async function globalTeardown() {
  const run = globalThis.__E2E__;
  if (!run) return;
  if (!process.env.E2E_KEEP_DB) {
    const admin = new Client({ connectionString: run.adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${run.database}" WITH (FORCE)`);
    await admin.end();
  }
  const { Redis } = require('ioredis');
  const redis = new Redis(process.env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${process.env.QUEUE_PREFIX}:*`,
        'COUNT',
        1000,
      );
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  if (run.meiliStartedByUs) {
    const { stopMeili } = await import('../scripts/meili.mjs');
    await stopMeili({ dataDir: run.dataDir });
  }
};
