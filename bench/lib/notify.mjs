/**
 * Helpers of bench/bench-notifications.mjs: bench recipients (SQL), publishing a demand, and the
 * observers of one fan-out — PostgreSQL rows, the live inbox announcements on Redis, the SMTP
 * sink, and the BullMQ job of the event.
 *
 * Clock: every timestamp here is in milliseconds since the epoch on this machine. PostgreSQL
 * timestamps are read as `extract(epoch FROM …) * 1000` (microseconds kept) and corrected by the
 * measured offset between the database's clock_timestamp() and Date.now() (same machine, so the
 * offset is ~0; it is measured and printed anyway).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { ok } from './http.mjs';

export const ALERT_KIND = 'saved_search.alert';
const EPOCH_MS = (col) => `extract(epoch FROM ${col}) * 1000`;

// ---- clock ---------------------------------------------------------------------------------

/**
 * Offset (ms) to add to a PostgreSQL timestamp to put it on Date.now()'s clock: the sample with
 * the shortest round trip of `SELECT clock_timestamp()`, against the midpoint of the round trip.
 */
export async function clockOffset(db, samples = 15) {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < samples; i++) {
    const before = performance.timeOrigin + performance.now();
    const { rows } = await db.query(`SELECT ${EPOCH_MS('clock_timestamp()')} AS t`);
    const after = performance.timeOrigin + performance.now();
    const rtt = after - before;
    if (rtt < best.rtt) best = { rtt, offset: (before + after) / 2 - Number(rows[0].t) };
  }
  return best;
}

/** Date.now() with sub-millisecond precision. */
export const nowMs = () => performance.timeOrigin + performance.now();

// ---- recipients ----------------------------------------------------------------------------

/**
 * `count` users (role expert, a dummy password hash nobody can log in with), each with one
 * saved search of demands for `word` with alerts on. With `email`, each also has preferences
 * asking for saved-search alerts by email (and in the inbox); without, preference rows are written
 * only when `explicitInAppOnly` (otherwise the defaults apply). Returns the ids and seconds.
 */
export async function insertRecipients(db, { tag, word, count, email, explicitInAppOnly }) {
  const started = nowMs();
  await db.query('BEGIN');
  try {
    const { rows } = await db.query(
      `INSERT INTO users (email, password_hash, display_name, role, locale)
       SELECT 'n' || g || '.' || $1 || '@bench.chanjiao.local', 'bench-no-login',
              '基准用户' || $1 || g, 'expert', 'zh-CN'
         FROM generate_series(1, $2::int) AS g
       RETURNING id`,
      [tag, count],
    );
    const ids = rows.map((r) => r.id);
    await db.query(
      `INSERT INTO saved_searches (user_id, name, type, q, filters, alerts_enabled)
       SELECT id, '基准订阅 ' || $2, 'demands', $2, '{}'::jsonb, true FROM unnest($1::uuid[]) AS id`,
      [ids, word],
    );
    if (email || explicitInAppOnly) {
      await db.query(
        `INSERT INTO notification_preferences (user_id, locale, channels, digest, version)
         SELECT id, 'zh-CN', $2::jsonb, false, 1 FROM unnest($1::uuid[]) AS id`,
        [ids, JSON.stringify({ [ALERT_KIND]: { inApp: true, email: Boolean(email) } })],
      );
    }
    await db.query('COMMIT');
    await db.query('ANALYZE users, saved_searches, notification_preferences');
    return { ids, seconds: (nowMs() - started) / 1000 };
  } catch (err) {
    await db.query('ROLLBACK');
    throw err;
  }
}

/**
 * The channels a user without preferences gets for saved-search alerts, read from the built
 * worker (libs/notifications/src/preferences/channel-defaults.ts); null if it cannot be read.
 */
export function defaultAlertChannels(root) {
  const file = join(
    root,
    'dist/apps/worker/libs/notifications/src/preferences/channel-defaults.js',
  );
  if (!existsSync(file)) return null;
  try {
    const { DEFAULT_CHANNELS } = createRequire(import.meta.url)(file);
    return DEFAULT_CHANNELS?.[ALERT_KIND] ?? null;
  } catch {
    return null;
  }
}

// ---- publishing ----------------------------------------------------------------------------

/** Creates a draft rnd demand whose title contains `word`; returns its id. */
export async function createDemand(port, token, word) {
  const draft = await ok({
    port,
    method: 'POST',
    path: '/api/v1/demands',
    token,
    body: {
      kind: 'rnd',
      title: `通知基准 ${word} 钢化玻璃工艺优化`,
      description: '基准测试：需求发布后通知保存了相应搜索的用户。',
      skills: [word, '钢化玻璃'],
      rnd: {
        problemType: 'technical_problem',
        budgetMin: 100000,
        budgetMax: 300000,
        ipTerms: 'shared',
      },
    },
  });
  return draft.id;
}

/**
 * Publishes the draft. Returns `{ sent, t0 }` on Date.now()'s clock: `sent` just before the
 * request, `t0` when the response arrived (the reference of every latency).
 */
export async function publishDemand(port, token, demandId) {
  const sent = nowMs();
  await ok({ port, method: 'POST', path: `/api/v1/demands/${demandId}/publish`, token });
  return { sent, t0: nowMs() };
}

/** The demand.published outbox row of the demand (id, occurred_at, published_at in ms). */
export async function outboxEvent(db, demandId) {
  const { rows } = await db.query(
    `SELECT id::text AS id, ${EPOCH_MS('occurred_at')} AS occurred,
            ${EPOCH_MS('published_at')} AS relayed
       FROM outbox_events
      WHERE event_type = 'demand.published' AND aggregate_id = $1
      ORDER BY id DESC LIMIT 1`,
    [demandId],
  );
  const r = rows[0];
  return r
    ? {
        id: r.id,
        occurred: Number(r.occurred),
        relayed: r.relayed === null ? null : Number(r.relayed),
      }
    : null;
}

// ---- observers -----------------------------------------------------------------------------

/**
 * Subscribes to the live inbox channel (`<QUEUE_PREFIX>:inbox`, where the worker announces
 * committed inbox entries as [userId, seq] pairs) and records when each watched user was
 * first announced.
 */
export async function watchAnnouncements(redisUrl, channel) {
  const sub = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: null });
  await sub.connect();
  let watched = new Set();
  let seen = new Map();
  let messages = 0;
  sub.on('message', (_channel, message) => {
    const at = nowMs();
    messages += 1;
    let pairs;
    try {
      pairs = JSON.parse(message);
    } catch {
      return;
    }
    for (const [userId] of pairs)
      if (watched.has(userId) && !seen.has(userId)) seen.set(userId, at);
  });
  await sub.subscribe(channel);
  return {
    /** Starts a new observation for these users. */
    watch(ids) {
      watched = new Set(ids);
      seen = new Map();
      messages = 0;
    },
    get count() {
      return seen.size;
    },
    get messages() {
      return messages;
    },
    times: () => [...seen.values()],
    close: () => sub.quit().catch(() => sub.disconnect()),
  };
}

/**
 * Polls PostgreSQL until `expected` inbox rows of `kind` about `demandId` exist or `timeoutMs`
 * passes. Each poll is cheap — the rows of a sample of the recipients (`sample`, ≤ 200 ids,
 * found through the user_id index) — and a full `count(*)` (a scan) runs only when the sample
 * changed, once it is complete, or at least every second. Records the curve (time → full count)
 * so that each row gets the time of the first count that saw it ("visible"). Returns
 * `{ curve, count, polls }` (polls = statements sent).
 */
export async function pollInbox(
  db,
  { demandId, expected, sample, kind = ALERT_KIND, intervalMs = 50, timeoutMs },
) {
  const step = Math.max(1, Math.floor(sample.length / 200));
  const probeIds = sample.filter((_, i) => i % step === 0).slice(0, 200);
  const curve = [];
  const deadline = nowMs() + timeoutMs;
  let count = 0;
  let sampled = 0;
  let polls = 0;
  let lastFull = -Infinity;
  while (count < expected && nowMs() < deadline) {
    const probe = await db.query(
      `SELECT count(*)::int AS n FROM notifications
        WHERE user_id = ANY($3::uuid[]) AND kind = $1 AND data->>'demandId' = $2`,
      [kind, demandId, probeIds],
    );
    polls += 1;
    const changed = probe.rows[0].n > sampled;
    sampled = probe.rows[0].n;
    if (changed || sampled >= probeIds.length || nowMs() - lastFull >= 1000) {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM notifications WHERE kind = $1 AND data->>'demandId' = $2`,
        [kind, demandId],
      );
      polls += 1;
      lastFull = nowMs();
      if (rows[0].n > count) {
        curve.push({ at: lastFull, count: rows[0].n });
        count = rows[0].n;
      }
    }
    if (count < expected) await sleep(intervalMs);
  }
  return { curve, count, polls };
}

/** Per-row visibility times from a poll curve: row i is visible at the first poll with count > i. */
export function visibleTimes(curve) {
  const times = [];
  let prev = 0;
  for (const { at, count } of curve) {
    for (let i = prev; i < count; i++) times.push(at);
    prev = count;
  }
  return times;
}

/** created_at (ms, DB clock) of the inbox rows about the demand, and how many INSERT timestamps. */
export async function inboxRows(db, { demandId, kind = ALERT_KIND }) {
  const { rows } = await db.query(
    `SELECT ${EPOCH_MS('created_at')} AS created, count(*)::int AS n
       FROM notifications WHERE kind = $1 AND data->>'demandId' = $2
      GROUP BY created_at ORDER BY created_at`,
    [kind, demandId],
  );
  return rows.map((r) => ({ created: Number(r.created), n: r.n }));
}

/** How many email deliveries of saved-search alerts for the demand are in each status. */
export async function emailProgress(db, demandId) {
  const { rows } = await db.query(
    `SELECT status, count(*)::int AS n FROM email_deliveries
      WHERE kind = $1 AND content->'data'->>'demandId' = $2 GROUP BY status`,
    [ALERT_KIND, demandId],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** Email deliveries of saved-search alerts for the demand: status counts and sent rows. */
export async function emailRows(db, demandId) {
  const { rows } = await db.query(
    `SELECT status, count(*)::int AS n,
            array_agg(${EPOCH_MS('sent_at')} ORDER BY sent_at) FILTER (WHERE sent_at IS NOT NULL) AS sent,
            min(${EPOCH_MS('created_at')}) AS created, max(attempts) AS max_attempts,
            (array_agg(last_error) FILTER (WHERE last_error IS NOT NULL))[1] AS an_error
       FROM email_deliveries
      WHERE kind = $1 AND content->'data'->>'demandId' = $2
      GROUP BY status`,
    [ALERT_KIND, demandId],
  );
  const byStatus = Object.fromEntries(rows.map((r) => [r.status, r.n]));
  const sent = rows.find((r) => r.status === 'sent')?.sent?.map(Number) ?? [];
  const created = rows.length ? Math.min(...rows.map((r) => Number(r.created))) : NaN;
  const maxAttempts = Math.max(0, ...rows.map((r) => Number(r.max_attempts ?? 0)));
  const anError = rows.find((r) => r.an_error)?.an_error ?? null;
  return { byStatus, sent, created, maxAttempts, anError };
}

/** Commits + rollbacks of the database so far (pg_stat_database; flushed within ~1 s). */
export async function transactions(db, dbName) {
  const { rows } = await db.query(
    'SELECT (xact_commit + xact_rollback)::bigint AS n FROM pg_stat_database WHERE datname = $1',
    [dbName],
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * Meilisearch tasks of `index` (every index when null) enqueued after `afterMs` (ms, this machine's clock), oldest first:
 * `{ uid, type, status, enqueued, started, finished }` (ms). Tasks do not name their documents,
 * so the caller picks the first document task enqueued after the event's relay.
 */
export async function meiliTasks({ meiliUrl, key, index, afterMs }) {
  const after = new Date(afterMs).toISOString();
  const res = await fetch(
    `${meiliUrl}/tasks?${index ? `indexUids=${index}&` : ''}afterEnqueuedAt=${after}&limit=1000`,
    { headers: { authorization: `Bearer ${key}` } },
  ).catch(() => null);
  if (!res?.ok) return [];
  return (await res.json()).results
    .map((t) => ({
      uid: t.uid,
      batchUid: t.batchUid,
      index: t.indexUid,
      type: t.type,
      status: t.status,
      enqueued: Date.parse(t.enqueuedAt),
      started: t.startedAt ? Date.parse(t.startedAt) : NaN,
      finished: t.finishedAt ? Date.parse(t.finishedAt) : NaN,
    }))
    .sort((a, b) => a.uid - b.uid);
}

/** The slowest steps (≥ `minMs`) of a Meilisearch batch's progress trace, e.g. "indexing > … 812ms". */
export async function meiliBatchTrace({ meiliUrl, key, batchUid, minMs = 50 }) {
  const res = await fetch(`${meiliUrl}/batches/${batchUid}`, {
    headers: { authorization: `Bearer ${key}` },
  }).catch(() => null);
  if (!res?.ok) return null;
  const batch = await res.json();
  const toMs = (d) => {
    const m = /^([\d.]+)(ms|s|µs|ns)$/.exec(String(d));
    if (!m) return NaN;
    return Number(m[1]) * { s: 1000, ms: 1, µs: 1e-3, ns: 1e-6 }[m[2]];
  };
  const steps = Object.entries(batch.stats?.progressTrace ?? {})
    .map(([step, d]) => [step, toMs(d)])
    .filter(([, d]) => d >= minMs)
    .sort((a, b) => b[1] - a[1]);
  return { duration: batch.duration, steps };
}

// ---- CPU -----------------------------------------------------------------------------------

const CLK_TCK = 100;

function procCpu(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      s: (Number(rest[11]) + Number(rest[12])) / CLK_TCK,
      // Children that exited and were waited for (PostgreSQL backends that ended).
      children: (Number(rest[13]) + Number(rest[14])) / CLK_TCK,
    };
  } catch {
    return null;
  }
}

/**
 * CPU seconds (user + system) so far of the given processes (`{ label: pid }`), of every process
 * whose command name is in `byName` (`{ label: 'postgres' }`: all of PostgreSQL's processes,
 * other databases' backends included), and of this benchmark. Linux /proc only; {} elsewhere.
 */
export function cpuSnapshot({ pids = {}, byName = {} }) {
  if (!existsSync('/proc/self/stat')) return {};
  const out = {};
  for (const [label, pid] of Object.entries(pids)) {
    const c = pid ? procCpu(pid) : null;
    if (c) out[label] = c.s;
  }
  const wanted = new Map(Object.entries(byName).map(([label, comm]) => [comm, label]));
  for (const label of wanted.values()) out[label] = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const c = procCpu(entry);
    const label = c && wanted.get(c.comm);
    if (label) out[label] += c.s + c.children;
  }
  const self = process.cpuUsage();
  out.benchmark = (self.user + self.system) / 1e6;
  // The whole machine: busy = user + nice + system + irq + softirq + steal; and iowait.
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, , iowait, irq, softirq, steal] = ticks.map(Number);
  out.machine = (user + nice + system + irq + softirq + (steal || 0)) / CLK_TCK;
  out.iowait = iowait / CLK_TCK;
  return out;
}

/**
 * `after − before` per label, in seconds; with `machine`, also `others` = the machine's busy
 * time not spent in the labelled processes (other work on the host during the measurement).
 */
export function cpuDelta(before, after) {
  const d = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - (before[k] ?? 0)]));
  if ('machine' in d) {
    const ours = Object.entries(d)
      .filter(([k]) => k !== 'machine' && k !== 'iowait')
      .reduce((sum, [, v]) => sum + v, 0);
    d.others = Math.max(0, d.machine - ours);
  }
  return d;
}

// ---- queues --------------------------------------------------------------------------------

/** BullMQ queues of the apps (same prefix), read-only use: counts and one job's timeline. */
export function openQueues(redisUrl, prefix, names) {
  const url = new URL(redisUrl);
  const connection = {
    host: url.hostname,
    port: Number(url.port || 6379),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    db: Number(url.pathname.slice(1) || 0),
  };
  const queues = Object.fromEntries(names.map((n) => [n, new Queue(n, { prefix, connection })]));
  return {
    queues,
    /** `{ waiting, active, delayed, prioritized, failed, completed }` of one queue. */
    counts: (name) =>
      queues[name].getJobCounts(
        'waiting',
        'active',
        'delayed',
        'prioritized',
        'failed',
        'completed',
      ),
    /**
     * The timeline of job `event-<outboxId>` on `name` (ms), or null; with `prefix` 'indexed' the
     * search indexer's "indexed" signal job of that event (it runs the saved-search alerts).
     */
    async eventJob(name, outboxId, prefix = 'event') {
      const job = await queues[name].getJob(`${prefix}-${outboxId}`);
      if (!job) return null;
      return {
        added: job.timestamp,
        processedOn: job.processedOn ?? null,
        finishedOn: job.finishedOn ?? null,
        attemptsMade: job.attemptsMade,
        failedReason: job.failedReason || null,
        errors: (job.stacktrace ?? []).map((s) => String(s).split('\n')[0]),
        returnvalue: job.returnvalue ?? null,
        state: await job.getState(),
      };
    },
    close: () => Promise.all(Object.values(queues).map((q) => q.close())),
  };
}

// ---- SMTP sink -----------------------------------------------------------------------------

/**
 * The local SMTP sink of scripts/mail-sink.mjs on a free port (writing into `dir`), or, when
 * that script is missing, an equivalent smtp-server started here. Records when each recipient
 * address was received. Returns `{ url, count, received(address) → ms|undefined, times(filter), stop }`.
 */
export async function startSink({ root, dir }) {
  const received = new Map();
  const note = (to) => {
    const at = nowMs();
    for (const address of to.split(/,\s*/))
      if (address && !received.has(address)) received.set(address, at);
  };
  const script = join(root, 'scripts', 'mail-sink.mjs');
  let sink;
  let source;
  if (existsSync(script)) {
    const { startMailSink } = await import(script);
    sink = await startMailSink({
      port: 0,
      dir,
      log: (line) => {
        const m = /^\[mail-sink\] to (.*?): /.exec(line);
        if (m) note(m[1]);
      },
    });
    source = 'scripts/mail-sink.mjs';
  } else {
    sink = await inlineSink(note);
    source = 'smtp-server started by the benchmark (scripts/mail-sink.mjs absent)';
  }
  return {
    url: sink.url,
    source,
    get count() {
      return sink.count;
    },
    /** Receipt times of the addresses that pass `filter`. */
    times: (filter) => [...received].filter(([a]) => filter(a)).map(([, t]) => t),
    stop: () => sink.stop(),
  };
}

async function inlineSink(note) {
  const { SMTPServer } = await import('smtp-server');
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    hideSTARTTLS: true,
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => {});
      stream.on('error', callback);
      stream.on('end', () => {
        count += 1;
        note(session.envelope.rcptTo.map((r) => r.address).join(', '));
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.server.address();
  return {
    url: `smtp://127.0.0.1:${port}`,
    get count() {
      return count;
    },
    stop: () => new Promise((done) => server.close(() => done())),
  };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
