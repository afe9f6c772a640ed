/** The measurements: match and search endpoints, the ILIKE baseline, Meilisearch direct, lag. */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ok, request } from './http.mjs';
import { now, rng, since, summarize } from './stats.mjs';

/** Marks the demands created by the lag measurement (excluded from sampling and scale-up). */
export const LAG_TITLE_PREFIX = '延迟测试';

/** Open, indexed demands to sample from (verified enterprise, not ours from the lag run). */
export async function sampleDemands(pg, count, seed) {
  const { rows } = await pg.query(
    `SELECT d.id, d.kind, d.title, d.description, d.details, d.skills, d.tags, d.industry_code
       FROM demands d JOIN organizations o ON o.id = d.organization_id
      WHERE d.status = 'open' AND o.status = 'verified' AND d.title NOT LIKE $1
      ORDER BY d.id`,
    [`${LAG_TITLE_PREFIX}%`],
  );
  const random = rng(seed);
  return Array.from({ length: count }, () => rows[Math.floor(random() * rows.length)]);
}

/** Search queries drawn from demand titles and skills (what a user would type). */
export function searchQueries(demands, seed) {
  const random = rng(seed);
  return demands.map((d) => {
    const words = [...d.skills, ...d.tags];
    if (words.length === 0 || random() < 0.4) return d.title;
    return words[Math.floor(random() * words.length)];
  });
}

/**
 * Times `fn(item)` sequentially over `items` after `warmup` untimed calls; stops early once
 * `budgetMs` is spent (bounded in count and time). Returns the summary plus the error count.
 */
export async function timeSequential(items, fn, { warmup = 20, budgetMs = 120_000 } = {}) {
  for (const item of items.slice(0, warmup)) await fn(item);
  const samples = [];
  let errors = 0;
  const deadline = Date.now() + budgetMs;
  for (const item of items.slice(warmup)) {
    if (Date.now() > deadline) break;
    const start = now();
    try {
      await fn(item);
      samples.push(since(start));
    } catch (err) {
      errors += 1;
      if (errors <= 3) console.error(`  ! ${err.message}`);
    }
  }
  return { ...summarize(samples), errors };
}

export const matchRequest = (port, token) => async (demand) => {
  const body = await ok({
    port,
    path: `/api/v1/demands/${demand.id}/matches?kind=expert&limit=10`,
    token,
  });
  if (!Array.isArray(body)) throw new Error('matches: not an array');
  return body;
};

export const searchRequest = (port) => async (q) =>
  ok({ port, path: `/api/v1/search?type=experts&q=${encodeURIComponent(q)}` });

/**
 * The naive implementation: rank public experts by how many of the demand's keywords (skills and
 * tags kept whole, plus the title) appear, with ILIKE over name, fields, skills and bio.
 */
export const BASELINE_SQL = `
SELECT e.id, e.name, count(k.word) AS hits
  FROM experts e
  JOIN unnest($1::text[]) AS k(word)
    ON (e.name || ' ' || array_to_string(e.fields, ' ') || ' ' || array_to_string(e.skills, ' ')
        || ' ' || e.bio) ILIKE '%' || k.word || '%'
 WHERE e.is_public
 GROUP BY e.id, e.name
 ORDER BY hits DESC, e.id
 LIMIT 10`;

export function baselineKeywords(demand) {
  return [...new Set([...demand.skills, ...demand.tags, demand.title])].slice(0, 10);
}

export const baselineQuery = (pg) => async (demand) =>
  pg.query(BASELINE_SQL, [baselineKeywords(demand)]);

/**
 * The candidate multi-search the matcher sends, built by the matcher's own compiled code
 * (libs/matching/src/candidate-queries.ts, query/demand-query.ts: the same multi-search and industry filter) and sent straight to
 * Meilisearch: the floor under the match endpoint. Unlike the API it has no corpus statistics
 * (every word of the query is sent), which can only make it slower.
 */
export function meiliDirect({ meiliUrl, key, prefix, root }) {
  const require = createRequire(join(root, 'package.json'));
  const dist = (path) => require(join(root, 'dist/apps/api/libs/matching/src', path));
  require('reflect-metadata');
  const { demandQuery } = dist('query/demand-query.js');
  const { candidateSearch, industryFilterOf } = dist('candidate-queries.js');
  const uid = `${prefix}_experts`;
  const meiliPort = Number(new URL(meiliUrl).port);
  return async (demand) => {
    const query = demandQuery({ ...demand, details: demand.details ?? {} });
    const body = candidateSearch(uid, 'experts', query, industryFilterOf(demand.industry_code));
    // Same transport as the app (keep-alive node:http), not fetch: see "after the keep-alive transport".
    const res = await request({
      port: meiliPort,
      method: 'POST',
      path: '/multi-search',
      token: key,
      body,
    });
    if (res.status !== 200)
      throw new Error(
        `meili multi-search ${res.status}: ${JSON.stringify(res.body).slice(0, 200)}`,
      );
    return res.body;
  };
}

/** Resolves the uid actually used by the experts index (`<prefix>_experts` or similar). */
export async function expertsIndexUid(meiliUrl, key, prefix) {
  const res = await fetch(`${meiliUrl}/indexes?limit=100`, {
    headers: { authorization: `Bearer ${key}` },
  });
  const { results } = await res.json();
  return results.map((r) => r.uid).find((uid) => uid.startsWith(prefix) && uid.endsWith('experts'));
}

function randomWord(random) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from({ length: 10 }, () => letters[Math.floor(random() * 26)]).join('');
}

/**
 * Posting → searchable: creates and publishes `count` demands as an enterprise, then polls
 * GET /search?type=demands&q=<unique word> every `pollMs` until the demand is found (at most
 * `maxWaitMs`). Lag = publish response received → first poll that finds it.
 */
export async function measureLag({
  port,
  token,
  count = 30,
  pollMs = 20,
  maxWaitMs = 10_000,
  seed,
  trace,
}) {
  const random = rng(seed);
  const lags = [];
  const samples = [];
  let missed = 0;
  for (let i = 0; i < count; i++) {
    const word = `bench${randomWord(random)}`;
    const draft = await ok({
      port,
      method: 'POST',
      path: '/api/v1/demands',
      token,
      body: {
        kind: 'rnd',
        title: `${LAG_TITLE_PREFIX} ${word} 钢化工艺优化`,
        description: '基准测试：发布到可搜索的延迟。',
        skills: [word],
        rnd: {
          problemType: 'technical_problem',
          budgetMin: 100000,
          budgetMax: 300000,
          ipTerms: 'shared',
        },
      },
    });
    await ok({ port, method: 'POST', path: `/api/v1/demands/${draft.id}/publish`, token });
    const start = now();
    const publishedAt = Date.now();
    let found = false;
    while (since(start) < maxWaitMs) {
      const res = await request({ port, path: `/api/v1/search?type=demands&q=${word}` });
      if (res.status === 200 && res.body?.items?.some((hit) => hit.id === draft.id)) {
        found = true;
        break;
      }
      await new Promise((r) => setTimeout(r, pollMs));
    }
    if (found) {
      lags.push(since(start));
      samples.push({ id: draft.id, publishedAt, foundAt: Date.now(), lag: lags.at(-1) });
    } else missed += 1;
    // One posting at a time: the worker also tells the demand's best matches and saved searches
    // (matching queries on the same 2 cores); the next sample starts once that fan-out is done.
    if (trace?.db) await notificationsDone(trace.db, draft.id);
  }
  const stages = trace ? await traceStages(samples, trace) : undefined;
  return { ...summarize(lags), missed, stages };
}

/**
 * Where the lag goes, per sample: publish response → outbox row relayed (published_at) →
 * Meilisearch task enqueued → started → finished → first poll that finds it. The Meilisearch
 * task of a sample is the first demands-index document task enqueued after its relay (tasks do
 * not name their documents), so with back-to-back samples this is an approximation.
 */
async function traceStages(samples, { db, meiliUrl, key, demandsIndex }) {
  if (samples.length === 0) return undefined;
  const { rows } = await db.query(
    `SELECT aggregate_id AS id, occurred_at, published_at FROM outbox_events
      WHERE event_type = 'demand.published' AND aggregate_id = ANY($1)`,
    [samples.map((s) => s.id)],
  );
  const relayed = new Map(rows.map((r) => [r.id, r]));
  const after = new Date(Math.min(...samples.map((s) => s.publishedAt)) - 1000).toISOString();
  const res = await fetch(`${meiliUrl}/tasks?afterEnqueuedAt=${after}&limit=1000`, {
    headers: { authorization: `Bearer ${key}` },
  });
  const all = res.ok ? (await res.json()).results : [];
  const tasks = all
    .filter((t) => t.indexUid === demandsIndex && t.type === 'documentAdditionOrUpdate')
    .map((t) => ({
      batchUid: t.batchUid,
      enqueued: Date.parse(t.enqueuedAt),
      started: Date.parse(t.startedAt),
      finished: Date.parse(t.finishedAt),
    }))
    .sort((a, b) => a.enqueued - b.enqueued);
  // Anything but document writes (a settings update re-indexes a whole index) has no place here.
  const first = Math.min(...samples.map((s) => s.publishedAt));
  const others = new Map();
  for (const t of all.filter(
    (t) => !/^document/.test(t.type) && Date.parse(t.enqueuedAt) >= first,
  )) {
    const name = `${t.type} on ${t.indexUid ?? '(all)'}`;
    others.set(name, (others.get(name) ?? 0) + 1);
  }
  console.log(
    `  other Meilisearch tasks while sampling: ${
      others.size === 0 ? 'none' : [...others].map(([n, c]) => `${c}× ${n}`).join(', ')
    }`,
  );
  const parts = { relay: [], toMeili: [], meiliQueue: [], meiliWork: [], poll: [] };
  for (const s of samples) {
    const row = relayed.get(s.id);
    if (!row?.published_at) continue;
    const relayedAt = row.published_at.getTime();
    const task = tasks.find((t) => t.enqueued >= relayedAt);
    parts.relay.push(relayedAt - s.publishedAt);
    if (!task) continue;
    parts.toMeili.push(task.enqueued - relayedAt);
    parts.meiliQueue.push(task.started - task.enqueued);
    parts.meiliWork.push(task.finished - task.started);
    parts.poll.push(s.foundAt - task.finished);
  }
  const slowest = tasks.reduce(
    (a, t) => (t.finished - t.started > a.finished - a.started ? t : a),
    tasks[0],
  );
  if (slowest) {
    const batch = await fetch(`${meiliUrl}/batches/${slowest.batchUid}`, {
      headers: { authorization: `Bearer ${key}` },
    }).then((r) => (r.ok ? r.json() : null));
    if (batch) console.log(`  slowest Meilisearch batch: ${describeBatch(batch)}`);
  }
  return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, summarize(v)]));
}

/** Milliseconds of a progressTrace duration such as "2.32s", "21.44ms" or "73.60µs". */
export function traceMs(text) {
  const match = /^([\d.]+)(ns|µs|ms|s)$/.exec(String(text));
  if (!match) return 0;
  return Number(match[1]) * { ns: 1e-6, µs: 1e-3, ms: 1, s: 1000 }[match[2]];
}

/**
 * One line for a Meilisearch batch: its duration, documents, the traced steps of ≥ 1 ms and,
 * per step, the time its sub-steps do not account for ("untraced": e.g. buffers allocated before
 * the first sub-step, or waiting for a CPU).
 */
export function describeBatch(batch) {
  const trace = batch.stats?.progressTrace ?? {};
  const steps = Object.entries(trace).map(([name, text]) => ({ name, ms: traceMs(text) }));
  const parts = [];
  for (const { name, ms } of steps) {
    if (ms < 1) continue;
    const children = steps.filter(
      (s) => s.name.startsWith(`${name} > `) && !s.name.slice(name.length + 3).includes(' > '),
    );
    const untraced = ms - children.reduce((sum, c) => sum + c.ms, 0);
    const short = name.replace(/^processing tasks > /, '');
    parts.push(
      children.length > 0 && untraced >= 1
        ? `${short} ${ms.toFixed(1)} (untraced ${untraced.toFixed(1)})`
        : `${short} ${ms.toFixed(1)}`,
    );
  }
  const ms = Date.parse(batch.finishedAt) - Date.parse(batch.startedAt);
  const docs = batch.details?.receivedDocuments ?? '?';
  return `#${batch.uid} ${ms} ms, ${docs} document(s), ${batch.stats?.totalNbTasks} task(s); steps ≥ 1 ms: ${parts.join('; ')}`;
}

/**
 * Waits (≤ `timeoutMs`) until Meilisearch has no enqueued or processing task (e.g. the deletion of
 * the indexes a reindex swapped out), so that lag samples do not queue behind them. Returns how
 * many tasks were still pending at the deadline.
 */
export async function meiliIdle({ meiliUrl, key }, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${meiliUrl}/tasks?statuses=enqueued,processing&limit=1`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const pending = res.ok ? (await res.json()).total : 0;
    if (pending === 0 || Date.now() > deadline) return pending;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Waits (≤ 15 s) until the notifications consumer has a receipt for the demand's publication. */
async function notificationsDone(db, demandId) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const { rows } = await db.query(
      `SELECT 1 FROM outbox_receipts r JOIN outbox_events e ON e.id = r.event_id
        WHERE r.queue = 'notifications' AND e.aggregate_id = $1
          AND e.event_type = 'demand.published'`,
      [demandId],
    );
    if (rows.length > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Waits (≤ `timeoutMs`) until every relayed event has been handled by the search and
 * notifications consumers (receipts), so that timings start from a quiet worker.
 */
export async function workerIdle(db, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM outbox_events e
        WHERE e.published_at IS NULL
           OR (e.event_type IN ('demand.published', 'demand.updated', 'demand.closed',
                 'interest.expressed', 'invitation.sent', 'match.connected', 'match.declined',
                 'match.withdrawn', 'organization.verified', 'organization.rejected')
               AND NOT EXISTS (SELECT 1 FROM outbox_receipts r
                                WHERE r.queue = 'notifications' AND r.event_id = e.id))`,
    );
    if (rows[0].n === 0) return 0;
    if (Date.now() > deadline) return rows[0].n;
    await new Promise((r) => setTimeout(r, 500));
  }
}
