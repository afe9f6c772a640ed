/**
 * What the soak test checks once the load and the faults are over, against PostgreSQL (the source
 * of truth), Meilisearch, the notifications and the own Redis:
 *   writes    every acknowledged write is in PostgreSQL (demands at their last acknowledged
 *             version, connections in their last acknowledged status)
 *   outbox    no unsent row; every event has the receipt of each consumer that keeps them
 *   search    every open demand is in the index at its PostgreSQL version and title, no draft or
 *             closed demand is; and (at the end) `GET /search` finds each by its title's word
 *   inbox     each expected notification exists exactly once (interest → the enterprise,
 *             invitation → the expert, accept → both sides, decline → the initiator, verification
 *             → the enterprise, each open demand → the owners of the saved searches it satisfies),
 *             and no other notification is doubled
 *   emails    none dead (a send cut off by a killed worker is resent by the recovery sweep
 *             after 10 min, so 'sending' rows are reported, not failed)
 *   jobs      no job in any BullMQ failed list (sampled during the run too: Redis forgets)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from '../../bench/lib/http.mjs';

const API = '/api/v1';

/** Everything the checks need from PostgreSQL, in one go. */
async function snapshot(db) {
  const q = async (sql, params) => (await db.query(sql, params)).rows;
  const [demands, connections, notifications, unsent, receipts, emails] = await Promise.all([
    q('SELECT id, status, version, title FROM demands'),
    q(
      `SELECT id, demand_id, owner_id, expert_id, candidate_organization_id, initiated_by, status
         FROM connections`,
    ),
    q(
      `SELECT user_id, kind,
              coalesce(data->>'connectionId', data->>'demandId', data->>'organizationId', '') AS about,
              count(*)::int AS n
         FROM notifications GROUP BY 1, 2, 3`,
    ),
    q('SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL'),
    q(
      `SELECT q.queue, e.event_type, count(*)::int AS n
         FROM outbox_events e CROSS JOIN unnest($1::text[]) AS q(queue)
        WHERE e.published_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM outbox_receipts r WHERE r.event_id = e.id AND r.queue = q.queue)
        GROUP BY 1, 2`,
      [['search-index', 'notifications']],
    ),
    q(
      `SELECT status, count(*)::int AS n,
              count(*) FILTER (WHERE not_before IS NULL OR not_before <= now())::int AS due
         FROM email_deliveries GROUP BY 1`,
    ),
  ]);
  return { demands, connections, notifications, unsent: unsent[0].n, receipts, emails };
}

/** Documents of the demands index (id, version, title); empty when the index is missing. */
async function indexedDemands(meili) {
  const res = await fetch(
    `${meili.url}/indexes/${meili.prefix}_demands/documents?limit=100000&fields=id,version,title`,
    { headers: { authorization: `Bearer ${meili.key}` }, signal: AbortSignal.timeout(10_000) },
  );
  if (res.status === 404) return new Map();
  if (!res.ok) throw new Error(`Meilisearch documents: ${res.status}`);
  return new Map((await res.json()).results.map((d) => [d.id, d]));
}

/**
 * Checks every invariant once. `routes` are the receipt-keeping consumers' routes from the built
 * worker (`{ queue, accepts(type) }`). Returns `{ ok, problems: {name: [lines]}, counts }`.
 */
export async function checkAll({ db, meili, ledger, actors, routes, failedJobs, mailDir }) {
  const problems = {
    writes: [],
    outbox: [],
    search: [],
    inbox: [],
    emails: [],
    jobs: [],
  };
  const counts = { lostWrites: 0, lostNotifications: 0, duplicated: 0, staleIndex: 0 };
  const s = await snapshot(db);

  // writes: acknowledged → in PostgreSQL
  const demands = new Map(s.demands.map((d) => [d.id, d]));
  for (const acked of ledger.demands.values()) {
    const row = demands.get(acked.id);
    const tooOld = row && row.version < acked.version;
    const differs =
      row &&
      !acked.uncertain &&
      (row.version !== acked.version || row.title !== acked.title || row.status !== acked.status);
    if (!row || tooOld || differs) {
      counts.lostWrites += 1;
      problems.writes.push(
        `demand ${acked.id}: acknowledged v${acked.version} ${acked.status} "${acked.title}", ` +
          (row
            ? `PostgreSQL has v${row.version} ${row.status} "${row.title}"`
            : 'not in PostgreSQL'),
      );
    }
  }
  const connections = new Map(s.connections.map((c) => [c.id, c]));
  for (const acked of ledger.connections.values()) {
    const row = connections.get(acked.id);
    if (!row || (!acked.uncertain && row.status !== acked.status)) {
      counts.lostWrites += 1;
      problems.writes.push(
        `connection ${acked.id}: acknowledged ${acked.status}, PostgreSQL has ${row?.status ?? 'nothing'}`,
      );
    }
  }

  // outbox
  if (s.unsent > 0) problems.outbox.push(`${s.unsent} outbox rows not relayed`);
  for (const r of s.receipts) {
    const route = routes.find((x) => x.queue === r.queue);
    if (route?.accepts(r.event_type)) {
      problems.outbox.push(`${r.n} ${r.event_type} events without a ${r.queue} receipt`);
    }
  }

  // search: the index mirrors PostgreSQL
  const docs = await indexedDemands(meili);
  for (const d of s.demands) {
    const doc = docs.get(d.id);
    if (d.status === 'open') {
      if (!doc || doc.version !== d.version || doc.title !== d.title) {
        counts.staleIndex += 1;
        problems.search.push(
          `open demand ${d.id} v${d.version}: index has ${doc ? `v${doc.version} "${doc.title}"` : 'nothing'}`,
        );
      }
    } else if (doc) {
      counts.staleIndex += 1;
      problems.search.push(
        `${d.status} demand ${d.id} v${d.version} is still in the index (v${doc.version})`,
      );
    }
  }
  for (const id of docs.keys()) {
    if (!demands.has(id)) problems.search.push(`indexed demand ${id} is not in PostgreSQL`);
  }

  // inbox: expected notifications, exactly once
  const got = new Map(s.notifications.map((n) => [`${n.user_id}|${n.kind}|${n.about}`, n.n]));
  const expected = [];
  const orgUser = new Map(actors.orgs.map((o) => [o.orgId, o.userId]));
  const expertUser = new Map(actors.experts.map((e) => [e.expertId, e.userId]));
  for (const o of actors.orgs) expected.push([o.userId, 'organization.verified', o.orgId]);
  for (const c of s.connections) {
    // The demand's owner (an enterprise, or a college for a college need) and the candidate
    // (an expert, or a college or enterprise).
    const owner = orgUser.get(c.owner_id);
    const candidate = c.expert_id
      ? expertUser.get(c.expert_id)
      : orgUser.get(c.candidate_organization_id);
    // ConnectionAudiences: the counterpart hears of an interest or invitation, the initiator of
    // a decline, both of a connection.
    const [initiator, counterpart] =
      c.initiated_by === 'owner' ? [owner, candidate] : [candidate, owner];
    const opened = c.initiated_by === 'owner' ? 'invitation.received' : 'interest.received';
    expected.push([counterpart, opened, c.id]);
    if (c.status === 'connected') {
      expected.push([owner, 'match.connected', c.id], [candidate, 'match.connected', c.id]);
    }
    if (c.status === 'declined') expected.push([initiator, 'match.declined', c.id]);
  }
  // Saved-search alerts: each open demand alerts each watcher once (a demand closed before its
  // alert ran tells nobody, so closed ones are only checked for doubles).
  for (const e of actors.experts.filter((x) => x.savedSearch)) {
    for (const d of s.demands.filter((x) => x.status === 'open')) {
      expected.push([e.userId, 'saved_search.alert', d.id]);
    }
  }
  const expectedKeys = new Set();
  for (const [user, kind, about] of expected) {
    const key = `${user}|${kind}|${about}`;
    expectedKeys.add(key);
    const n = got.get(key) ?? 0;
    if (n === 0) {
      counts.lostNotifications += 1;
      problems.inbox.push(`missing: ${kind} about ${about} for user ${user}`);
    }
  }
  for (const [key, n] of got) {
    if (n > 1) {
      counts.duplicated += n - 1;
      problems.inbox.push(
        `${n}×: ${key.replaceAll('|', ' ')}${expectedKeys.has(key) ? '' : ' (not expected at all)'}`,
      );
    }
  }

  // emails: none dead. A send cut off by a killed worker stays 'sending' until the recovery
  // sweep finds it stale (STALE_SENDING_MS, 10 min; at least once, same Message-ID): reported by
  // the totals, not a violation within a run of a few minutes.
  const emails = Object.fromEntries(s.emails.map((e) => [e.status, e]));
  if (emails.dead?.n) problems.emails.push(`${emails.dead.n} email deliveries dead`);
  // Every delivery recorded as sent reached the SMTP sink (a resend carries the same Message-ID).
  // (Rows first: one recorded as sent after the sink was read would look lost.)
  const sent = mailDir
    ? (await db.query(`SELECT id, message_id FROM email_deliveries WHERE status = 'sent'`)).rows
    : [];
  const mail = mailDir ? sinkMessageIds(mailDir) : null;
  if (mail) {
    const lost = sent.filter((d) => !mail.ids.has(d.message_id));
    if (lost.length) {
      problems.emails.push(
        `${lost.length} deliveries recorded as sent never reached the SMTP sink: ${lost
          .slice(0, 3)
          .map((d) => d.id)
          .join(', ')}`,
      );
    }
  }

  // jobs
  for (const line of failedJobs()) problems.jobs.push(line);

  const ok = Object.values(problems).every((list) => list.length === 0);
  return {
    ok,
    problems,
    counts,
    totals: {
      demands: s.demands.length,
      open: s.demands.filter((d) => d.status === 'open').length,
      connections: s.connections.length,
      expectedNotifications: expected.length,
      notifications: s.notifications.reduce((sum, n) => sum + n.n, 0),
      emails: Object.fromEntries(s.emails.map((e) => [e.status, e.n])),
      indexed: docs.size,
      mails: mail ? { received: mail.files, resent: mail.files - mail.ids.size } : undefined,
    },
  };
}

/** Message-IDs of the mails the SMTP sink wrote (`<id@domain>`), and how many files. */
function sinkMessageIds(dir) {
  let files = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
  } catch {
    return { files: 0, ids: new Set() };
  }
  const ids = new Set();
  for (const f of files) {
    const head = readFileSync(join(dir, f), 'utf8').split(/\r?\n\r?\n/)[0];
    const m = /^message-id:\s*(<[^>]+>)/im.exec(head);
    if (m) ids.add(m[1]);
  }
  return { files: files.length, ids };
}

/**
 * The user's view: `GET /search?type=demands&q=<the title's first word>` finds each open demand.
 * Returns the ids it does not find.
 */
export async function searchableThroughApi(db, port) {
  const { rows } = await db.query(`SELECT id, title FROM demands WHERE status = 'open'`);
  const missing = [];
  for (const d of rows) {
    const word = d.title.split(' ')[0];
    const res = await request({
      port,
      path: `${API}/search?type=demands&q=${encodeURIComponent(word)}`,
    }).catch(() => ({ status: 0 }));
    const found = res.status === 200 && res.body.items?.some((i) => i.id === d.id);
    if (!found) missing.push(`${d.id} "${d.title}" (${res.status})`);
  }
  return { checked: rows.length, missing };
}

/**
 * Samples the failed lists of every queue in the own Redis now and then (a Redis restart empties
 * them, so a check at the end alone could miss a job that failed before). Keeps every failed job
 * seen: `queue job-id name: reason`.
 */
export class FailedJobWatch {
  constructor({ redisUrl, prefix, queues }) {
    Object.assign(this, { redisUrl, prefix, queues });
    this.seen = new Map();
    this.samples = 0;
  }

  async connect() {
    const { Redis } = await import('ioredis');
    this.redis = new Redis(this.redisUrl, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      retryStrategy: () => 200,
      lazyConnect: true,
    });
    this.redis.on('error', () => {});
    await this.redis.connect().catch(() => {});
  }

  async sample() {
    if (this.redis?.status !== 'ready') return false;
    try {
      for (const queue of this.queues) {
        const ids = await this.redis.zrange(`${this.prefix}:${queue}:failed`, 0, -1);
        for (const id of ids) {
          const key = `${queue} ${id}`;
          if (this.seen.has(key)) continue;
          const [name, reason] = await this.redis.hmget(
            `${this.prefix}:${queue}:${id}`,
            'name',
            'failedReason',
          );
          this.seen.set(key, `${name ?? '?'}: ${(reason ?? '').slice(0, 200)}`);
        }
      }
      this.samples += 1;
      return true;
    } catch {
      return false;
    }
  }

  lines() {
    return [...this.seen].map(([key, what]) => `${key} ${what}`);
  }

  close() {
    this.redis?.disconnect();
  }
}
