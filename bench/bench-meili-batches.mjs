#!/usr/bin/env node
/**
 * What one small Meilisearch batch costs under different launch options, without the app:
 *
 *   node bench/bench-meili-batches.mjs [--base 250] [--n 30] [--memory default,1GiB] [--threads N]
 *
 * For each `--memory` value (`default` = the engine's own, two thirds of the RAM), starts the
 * Meilisearch binary of scripts/meili.mjs on a scratch port and data dir, creates a demands-like
 * index (the demands settings from dist/ when built, else a close copy), adds `--base` documents,
 * then adds `--n` single documents one after another, waiting for each. Prints the batch duration
 * (startedAt → finishedAt) and the part of the "indexing" step that its traced sub-steps do not
 * account for. The documents are synthetic (Chinese words from a fixed list plus a counter).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBinary, ROOT, waitForHealth } from '../scripts/meili.mjs';
import { describeBatch, traceMs } from './lib/measure.mjs';
import { summarize } from './lib/stats.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const BASE = Number(opt('base', 250));
const N = Number(opt('n', 30));
const MEMORY = opt('memory', 'default,1GiB').split(',');
const THREADS = opt('threads', undefined);
const KEY = 'chanjiao-bench-batches-key-local-only';

function demandSettings() {
  try {
    const require = createRequire(join(ROOT, 'package.json'));
    const dist = join(ROOT, 'dist/apps/worker/libs/search/src');
    const { COMMON_SETTINGS, INDEX_SETTINGS } = require(join(dist, 'search-indexes.js'));
    const { meiliSynonyms } = require(join(dist, 'text/index.js'));
    return { ...COMMON_SETTINGS, ...INDEX_SETTINGS.demands, synonyms: meiliSynonyms() };
  } catch {
    return {
      searchableAttributes: ['title', 'skills', 'tags', 'description', 'terms'],
      filterableAttributes: ['kind', 'industryPrefixes', 'district', 'organizationId', 'id'],
      sortableAttributes: ['publishedAt', 'deadline'],
      facetSearch: false,
    };
  }
}

const WORDS = (
  '光伏 玻璃 钢化 工艺 优化 技术 人才 培训 研发 智能 制造 数控 机床 焊接 新能源 汽车 ' +
  '电池 材料 化工 食品 烘焙 物流 电商 软件 开发 数据 分析 护理 医疗 建筑'
).split(' ');
const word = (i) => WORDS[i % WORDS.length];
const doc = (i) => ({
  id: `d${i}`,
  kind: ['talent', 'rnd', 'training', 'teacher_practice'][i % 4],
  title: `${word(i)}${word(i * 7)}需求 ${i}`,
  description: Array.from({ length: 12 }, (_, k) => word(i + k)).join(''),
  skills: [word(i * 3), word(i * 5)],
  tags: [word(i * 11)],
  industryPrefixes: ['C', '30', '304'],
  district: `1303${String(i % 9).padStart(2, '0')}`,
  organizationId: `o${i % 100}`,
  publishedAt: 1_700_000_000 + i,
  deadline: null,
  terms: Array.from({ length: 8 }, (_, k) => word(i + k * 2)).join(' '),
});

async function run(memory, port) {
  const dir = mkdtempSync(join(tmpdir(), 'chanjiao-meili-batches-'));
  const flags = [];
  if (memory !== 'default') flags.push('--max-indexing-memory', memory);
  if (THREADS) flags.push('--max-indexing-threads', THREADS);
  const child = spawn(
    findBinary(),
    [
      ...['--db-path', join(dir, 'data.ms'), '--http-addr', `127.0.0.1:${port}`],
      ...['--master-key', KEY, '--no-analytics', '--env', 'development', ...flags],
    ],
    { cwd: dir, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const res = await fetch(url + path, {
      method,
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    return res.json();
  };
  const done = async ({ taskUid }) => {
    for (;;) {
      const task = await call('GET', `/tasks/${taskUid}`);
      if (task.status === 'failed') throw new Error(JSON.stringify(task.error));
      if (task.status === 'succeeded') return task;
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  try {
    if (!(await waitForHealth(url, { timeoutMs: 30_000 })))
      throw new Error(`Meilisearch ${memory} did not start`);
    await done(await call('POST', '/indexes', { uid: 'demands', primaryKey: 'id' }));
    await done(await call('PATCH', '/indexes/demands/settings', demandSettings()));
    for (let i = 0; i < BASE; i += 5000) {
      const page = Array.from({ length: Math.min(5000, BASE - i) }, (_, k) => doc(i + k));
      await done(await call('POST', '/indexes/demands/documents', page));
    }
    const durations = [];
    const untraced = [];
    let slowest;
    for (let i = 0; i < N; i++) {
      const task = await done(await call('POST', '/indexes/demands/documents', [doc(1e6 + i)]));
      const batch = await call('GET', `/batches/${task.batchUid}`);
      const ms = Date.parse(task.finishedAt) - Date.parse(task.startedAt);
      durations.push(ms);
      const trace = batch.stats.progressTrace;
      const indexing = traceMs(trace['processing tasks > indexing']);
      const children = Object.entries(trace)
        .filter(([k]) => /^processing tasks > indexing > [^>]+$/.test(k))
        .reduce((sum, [, v]) => sum + traceMs(v), 0);
      untraced.push(indexing - children);
      if (!slowest || ms > slowest.ms) slowest = { ms, batch };
    }
    return { durations: summarize(durations), untraced: summarize(untraced), slowest };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

const f = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
console.log(
  `One-document batches on a ${BASE}-document demands index, ${N} per setting` +
    (THREADS ? `, --max-indexing-threads ${THREADS}` : ''),
);
console.log(
  '| --max-indexing-memory | batch p50 / p95 / max (ms) | untraced in "indexing" p50 / p95 / max (ms) |',
);
console.log('| --- | --- | --- |');
let port = 7740;
const slowest = [];
for (const memory of MEMORY) {
  const { durations: d, untraced: u, slowest: s } = await run(memory, port++);
  console.log(
    `| ${memory} | ${f(d.p50)} / ${f(d.p95)} / ${f(d.max)} | ${f(u.p50)} / ${f(u.p95)} / ${f(u.max)} |`,
  );
  slowest.push(`  ${memory}: ${describeBatch(s.batch)}`);
}
console.log(`\nslowest batch per setting:\n${slowest.join('\n')}`);
