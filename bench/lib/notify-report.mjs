/**
 * Figures of one notification fan-out run (bench/bench-notifications.mjs), its summary table,
 * verdicts against the issue's targets and its section in docs/benchmarks.md (appended).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { machine } from './report.mjs';
import { ms, summarize } from './stats.mjs';

/** Issue 9's targets (issue 7's were 5,000/s and 2 s). */
export const TARGETS = { deliveriesPerSecond: 10_000, inboxP95Ms: 1000, cityRecipients: 10_000 };

const rate = (n, spanMs) => (spanMs > 0 && n > 0 ? (n / spanMs) * 1000 : NaN);
const perSecond = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a');
const triple = (s) => (s.n ? `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}` : '–');
const minOf = (xs) => xs.reduce((a, b) => Math.min(a, b), Infinity);
const maxOf = (xs) => xs.reduce((a, b) => Math.max(a, b), -Infinity);
const at = (x) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${x.toFixed(0)}` : '–');

/**
 * Everything the summary needs from the raw observations of one scenario. All times are on
 * Date.now()'s clock (database times already corrected by the clock offset).
 */
export function figures(o) {
  const rel = (times) => times.map((t) => t - o.t0);
  const createdTimes = o.inbox.flatMap((g) => Array(g.n).fill(g.created));
  const visible = summarize(rel(o.visibleTimes));
  const announced = summarize(rel(o.announced));
  const created = summarize(rel(createdTimes));
  const fromOccurred = summarize(o.visibleTimes.map((t) => t - o.event?.occurred));
  const lastVisible = o.visibleTimes.at(-1);
  const createdSpan = createdTimes.length ? createdTimes.at(-1) - createdTimes[0] : NaN;
  const job = o.job;
  const jobSpan = job?.processedOn && job?.finishedOn ? job.finishedOn - job.processedOn : NaN;
  const f = {
    label: o.label,
    recipients: o.recipients,
    inboxCount: o.visibleTimes.length,
    insertTimestamps: o.inbox.length,
    endToEndRate: rate(o.visibleTimes.length, lastVisible - o.t0),
    jobRate: rate(o.visibleTimes.length, jobSpan),
    createdRate: o.inbox.length > 1 ? rate(createdTimes.length, createdSpan) : NaN,
    writeRate: rate(o.visibleTimes.length, lastVisible - createdTimes[0]),
    visible,
    announced,
    created,
    fromOccurred,
    jobSpan,
    attempts: job?.attemptsMade ?? NaN,
    attemptErrors: job?.errors ?? [],
    jobState: job?.state ?? 'missing',
    transactions: o.transactions,
    cpu: o.cpu ?? {},
    wall: o.wall,
    load: o.load,
    email: null,
  };
  if (o.email) {
    const sent = o.email.sent;
    const sink = o.email.sinkTimes;
    f.email = {
      byStatus: o.email.byStatus,
      sinkCount: sink.length,
      sentRate: rate(sent.length, sent.at(-1) - sent[0]),
      sentEndToEndRate: rate(sent.length, sent.at(-1) - o.t0),
      sinkRate: rate(sink.length, maxOf(sink) - minOf(sink)),
      firstSink: minOf(sink) - o.t0,
      lastSink: maxOf(sink) - o.t0,
      sent: summarize(rel(sent)),
      sink: summarize(rel(sink)),
      firstSent: sent[0] - o.t0,
      lastSent: sent.at(-1) - o.t0,
      recorded: o.email.created - o.t0,
      maxAttempts: o.email.maxAttempts,
      anError: o.email.anError,
    };
  }
  f.stages = [
    ['publish request sent', o.sent - o.t0],
    ['outbox event occurred_at (publish transaction)', o.event?.occurred - o.t0],
    ['outbox event relayed (published_at)', o.event?.relayed - o.t0],
    ['notifications job of the event (matched audience) added', o.eventJob?.added - o.t0],
    ['notifications job of the event finished', o.eventJob?.finishedOn - o.t0],
    ['search-index job of the event finished (signal queued)', o.searchJob?.finishedOn - o.t0],
    ['"indexed" signal job (saved-search alerts) added', job?.added - o.t0],
    ['Meilisearch task of the demand enqueued', o.meiliTask?.enqueued - o.t0],
    ['Meilisearch task started', o.meiliTask?.started - o.t0],
    ['Meilisearch task finished (demand searchable)', o.meiliTask?.finished - o.t0],
    ['signal job: final attempt started', job?.processedOn - o.t0],
    ['fan-out transaction started (inbox created_at)', createdTimes[0] - o.t0],
    ['first inbox row visible (poll)', o.visibleTimes[0] - o.t0],
    ['last inbox row visible (poll)', lastVisible - o.t0],
    ['first live announcement', minOf(o.announced) - o.t0],
    ['last live announcement', maxOf(o.announced) - o.t0],
    ['signal job finished', job?.finishedOn - o.t0],
  ];
  if (f.email) {
    f.stages.push(
      ['email deliveries recorded (created_at)', f.email.recorded],
      ['first email sent (sent_at)', f.email.firstSent],
      ['last email sent (sent_at)', f.email.lastSent],
      ['first email at the sink', f.email.firstSink],
      ['last email at the sink', f.email.lastSink],
    );
  }
  return f;
}

export function summaryRows(results) {
  const row = (label, fn) => `| ${label} | ${results.map(fn).join(' | ')} |`;
  const em = (fn) => (r) => (r.email ? fn(r.email) : '–');
  return [
    `| | ${results.map((r) => r.label).join(' | ')} |`,
    `| --- | ${results.map(() => '---').join(' | ')} |`,
    row('recipients (matching saved searches)', (r) => r.recipients.toLocaleString('en-US')),
    row(
      'inbox rows written (distinct created_at)',
      (r) => `${r.inboxCount} (${r.insertTimestamps})`,
    ),
    row(
      '**in-app deliveries/s, end to end** (N / (last visible − publish))',
      (r) => `**${perSecond(r.endToEndRate)}**`,
    ),
    row('in-app deliveries/s, fan-out job (N / job final attempt)', (r) => perSecond(r.jobRate)),
    row('in-app deliveries/s, created_at spread', (r) =>
      r.insertTimestamps > 1 ? perSecond(r.createdRate) : 'n/a (one timestamp)',
    ),
    row('in-app deliveries/s, write (N / (last visible − INSERT tx start))', (r) =>
      perSecond(r.writeRate),
    ),
    row('**publish → inbox visible** p50 / p95 / p99 (ms)', (r) => `**${triple(r.visible)}**`),
    row('publish → live announcement p50 / p95 / p99 (ms)', (r) => triple(r.announced)),
    row('publish → inbox created_at p50 / p95 (ms)', (r) =>
      r.created.n ? `${ms(r.created.p50)} / ${ms(r.created.p95)}` : '–',
    ),
    row('outbox occurred_at → inbox visible p50 / p95 (ms)', (r) =>
      r.fromOccurred.n ? `${ms(r.fromOccurred.p50)} / ${ms(r.fromOccurred.p95)}` : '–',
    ),
    row(
      'alerts job ("indexed" signal): attempts, final attempt (ms)',
      (r) => `${r.attempts}, ${ms(r.jobSpan)}`,
    ),
    row('DB transactions during the fan-out (bench polls excluded)', (r) =>
      Number.isFinite(r.transactions) ? r.transactions.toLocaleString('en-US') : '–',
    ),
    row('host 1-min load average before the publish', (r) =>
      Number.isFinite(r.load) ? r.load.toFixed(2) : '–',
    ),
    row('CPU seconds during the scenario (wall seconds)', (r) =>
      Object.keys(r.cpu).length
        ? `${Object.entries(r.cpu)
            .map(([k, v]) => `${k} ${v.toFixed(1)}`)
            .join(', ')} (${r.wall.toFixed(1)})`
        : '–',
    ),
    row(
      'email deliveries by status',
      em(
        (e) =>
          Object.entries(e.byStatus)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ') || 'none',
      ),
    ),
    row(
      'emails received by the SMTP sink',
      em((e) => String(e.sinkCount)),
    ),
    row(
      '**emails/s** (sent_at spread)',
      em((e) => `**${perSecond(e.sentRate)}**`),
    ),
    row(
      'emails/s end to end (N / (last sent_at − publish))',
      em((e) => perSecond(e.sentEndToEndRate)),
    ),
    row(
      'emails/s at the sink (first → last receipt)',
      em((e) => perSecond(e.sinkRate)),
    ),
    row(
      '**publish → email sent_at** p50 / p95 / p99 (ms)',
      em((e) => `**${triple(e.sent)}**`),
    ),
    row(
      'publish → email at the sink p50 / p95 / p99 (ms)',
      em((e) => triple(e.sink)),
    ),
  ];
}

export function stageRows(results) {
  const labels = results[0].stages.map(([l]) => l);
  for (const r of results) for (const [l] of r.stages) if (!labels.includes(l)) labels.push(l);
  return [
    `| stage (ms after the publish response) | ${results.map((r) => r.label).join(' | ')} |`,
    `| --- | ${results.map(() => '---:').join(' | ')} |`,
    ...labels.map(
      (l) =>
        `| ${l} | ${results.map((r) => at(r.stages.find(([x]) => x === l)?.[1])).join(' | ')} |`,
    ),
  ];
}

export function verdicts(results) {
  const lines = [];
  const check = (label, okay, detail) =>
    lines.push(`- ${okay ? 'MET' : 'MISSED'}: ${label} — ${detail}`);
  const inApp = results[0];
  const scale =
    inApp.recipients >= TARGETS.cityRecipients
      ? ''
      : ` (measured with ${inApp.recipients} recipients; the target is for ${TARGETS.cityRecipients.toLocaleString('en-US')})`;
  const complete = inApp.inboxCount >= inApp.recipients;
  check(
    `≥ ${TARGETS.deliveriesPerSecond.toLocaleString('en-US')} in-app deliveries/s, end to end${scale}`,
    complete && inApp.endToEndRate >= TARGETS.deliveriesPerSecond,
    `${perSecond(inApp.endToEndRate)}/s${complete ? '' : ` (only ${inApp.inboxCount} of ${inApp.recipients} rows)`}`,
  );
  check(
    `≥ ${TARGETS.deliveriesPerSecond.toLocaleString('en-US')} in-app deliveries/s, fan-out job alone${scale}`,
    complete && inApp.jobRate >= TARGETS.deliveriesPerSecond,
    `${perSecond(inApp.jobRate)}/s (final attempt ${ms(inApp.jobSpan)} ms)`,
  );
  for (const r of results) {
    const done = r.inboxCount >= r.recipients;
    check(
      `publish → inbox p95 ≤ ${TARGETS.inboxP95Ms / 1000} s, ${r.label}${r.recipients >= TARGETS.cityRecipients ? '' : ` (${r.recipients} recipients)`}`,
      done && r.visible.p95 <= TARGETS.inboxP95Ms,
      `${ms(r.visible.p95)} ms${done ? '' : ` (only ${r.inboxCount} of ${r.recipients} rows)`}`,
    );
  }
  return lines;
}

/** Puts the section at the top of docs/benchmarks.md, under its title (older sections stay). */
export function appendToDocs(file, { results, command, notes, meiliVersion }) {
  const section = [
    '## Notification fan-out after the "indexed" signal (current)',
    '',
    `Command: \`${command}\` (bench/bench-notifications.mjs). Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `on ${machine()}; PostgreSQL, Redis, Meilisearch ${meiliVersion ?? ''}, the api, the worker, the SMTP`,
    'sink and the benchmark client all on this machine.',
    '',
    ...summaryRows(results),
    '',
    'Where the time goes:',
    '',
    ...stageRows(results),
    '',
    'Targets (2-core machine):',
    '',
    ...verdicts(results),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const title = current.indexOf('\n') + 1;
  writeFileSync(
    file,
    `${current.slice(0, title)}\n${section}\n${current.slice(title).replace(/^\n/, '')}`,
  );
}
