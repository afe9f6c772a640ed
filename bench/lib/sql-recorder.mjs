/**
 * Preloaded into the api by bench/bench-stats.mjs (`node --import`): records every SQL statement
 * the app sends through node-postgres (text, parameters, start and end times) as JSON lines in
 * $BENCH_SQL_LOG — only while the file $BENCH_SQL_LOG.on exists (checked every 50 ms; not a
 * signal: Nest's shutdown hooks take SIGUSR2), so the timed phase pays one boolean check per
 * query. The bench replays the statements of its slowest requests under EXPLAIN (ANALYZE,
 * BUFFERS) on the same database.
 */
import { appendFileSync, existsSync } from 'node:fs';
// The CommonJS module the app's TypeORM requires (one module cache): patching its prototype
// patches the app's clients.
import pg from 'pg';

const file = process.env.BENCH_SQL_LOG;
let recording = false;
if (file) {
  setInterval(() => {
    recording = existsSync(`${file}.on`);
  }, 50).unref();
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function recordedQuery(config, values, callback) {
    if (!recording) return original.call(this, config, values, callback);
    const text = typeof config === 'string' ? config : config && config.text;
    const params = Array.isArray(values) ? values : config && config.values;
    const t0 = Date.now();
    const write = () =>
      appendFileSync(file, `${JSON.stringify({ t0, t1: Date.now(), text, params })}\n`);
    const result = original.call(this, config, values, callback);
    if (result && typeof result.then === 'function') result.then(write, write);
    else write();
    return result;
  };
}
