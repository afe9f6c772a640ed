/**
 * The labelled matching evaluation: loads eval/matching-set.ts into a fresh database and fresh
 * Meilisearch indexes, boots the real api (AppModule, configured by its setupHttp) on an
 * ephemeral port, and ranks experts and colleges for every demand three ways: Chanjiao's
 * matching (DemandMatcher), plain search (`GET /api/v1/search` with the demand pasted into `q`)
 * and a naive PostgreSQL ILIKE keyword baseline. Prints precision@5, nDCG@10 and MRR side by side
 * per group of demands, then a check list. Start it with `npm run eval:matching` (eval/eval.mjs
 * starts the services and Meilisearch first).
 *
 * College needs (eval/set/college-needs.ts) are ranked for experts and enterprises the same
 * three ways and reported in tables of their own, so the enterprise-demand figures stay
 * comparable with earlier runs.
 *
 * Options:
 *   --split tuning|blind|all   which demands are ranked (default all)
 *   --explain d-gl1,d-rb7      print those demands' feature values (blind demands refused)
 *   --weights FILE             rank with these match weights (shape of match-weights.json)
 *   --json FILE                write { summary, results, matchMs, baselineMs, searchMs }
 *   --keep                     keep the database and indexes
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Meilisearch } from 'meilisearch';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../apps/api/src/app.module';
import { API_PREFIX, setupHttp } from '../apps/api/src/setup-http';
import { Demand } from '@app/demands';
import { Expert } from '@app/experts';
import { DemandMatcher, type MatchKind, MatchWeightsStore, parseMatchWeights } from '@app/matching';
import { Organization } from '@app/organizations';
import { indexUid, SEARCH_TYPES, SearchIndexer, SearchReindexModule } from '@app/search';
import {
  APP_CONFIG,
  type AppConfig,
  type AuthUser,
  databaseOptions,
  MEILISEARCH,
  Role,
} from '@app/shared';
import { baseline } from './baseline';
import { rowsOf, waitForMeili } from './load';
import { checkSet, type EvalDemand, evalUuid, isBlind, matchingSet } from './matching-set';
import { type Labels, scoresOf, selfTest } from './metrics';
import {
  checks,
  type DemandResult,
  fmt,
  latencyTable,
  summarize,
  summarizeKind,
  table,
} from './report';
import { plainSearch } from './search-baseline';

const LIMIT = 10;
const ADMIN: AuthUser = { id: evalUuid('admin'), role: Role.Admin, sessionId: 'eval' };
const SPLITS = ['tuning', 'blind', 'all'] as const;
type Split = (typeof SPLITS)[number];

interface Options {
  keep: boolean;
  json?: string;
  explain: string[];
  split: Split;
  /** The file and its JSON, checked here so that a bad file fails before anything is created. */
  weights?: { file: string; json: unknown };
}

/** Unknown options and bad values stop the run before anything is created. */
function options(): Options {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      keep: { type: 'boolean', default: false },
      json: { type: 'string' },
      explain: { type: 'string', default: '' },
      split: { type: 'string', default: 'all' },
      weights: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const split = values.split as Split;
  if (!SPLITS.includes(split)) throw new Error(`--split must be one of ${SPLITS.join(', ')}`);
  let weights: Options['weights'];
  if (values.weights) {
    const json: unknown = JSON.parse(readFileSync(values.weights, 'utf8'));
    parseMatchWeights(json);
    weights = { file: values.weights, json };
  }
  const explain = values.explain
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  return { keep: values.keep, json: values.json, explain, split, weights };
}

const inSplit = (split: Split, d: Pick<EvalDemand, 'key'>) =>
  split === 'all' || (split === 'blind') === isBlind(d.key);

/** The api as main.ts configures it, plus the indexer the evaluation fills the indexes with. */
@Module({ imports: [AppModule, SearchReindexModule] })
class EvalModule {}

async function main(): Promise<void> {
  const opts = options();
  selfTest();
  const problems = checkSet(matchingSet);
  if (problems.length > 0)
    throw new Error(`The labelled set is inconsistent:\n${problems.join('\n')}`);

  const log = (m: string) => console.log(`[eval] ${m}`);
  const demands = matchingSet.demands.filter((d) => inSplit(opts.split, d));
  const needs = matchingSet.collegeNeeds.filter((n) => inSplit(opts.split, n));
  // Blind demands are never explained, whatever the split: nobody tunes on them.
  const explain = new Set<string>();
  const known = new Set([...matchingSet.demands, ...matchingSet.collegeNeeds].map((d) => d.key));
  for (const key of opts.explain) {
    if (!known.has(key)) log(`--explain ${key}: no such demand`);
    else if (isBlind(key))
      log(`--explain ${key}: blind demand, not explained (nobody tunes on it)`);
    else if (![...demands, ...needs].some((d) => d.key === key))
      log(`--explain ${key}: not in --split ${opts.split}`);
    else explain.add(key);
  }

  const meiliUrl = process.env.EVAL_MEILI_URL;
  const meiliKey = process.env.EVAL_MEILI_KEY;
  if (!meiliUrl || !meiliKey) throw new Error('Run through eval/eval.mjs (npm run eval:matching)');
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const runId = `${stamp}_${randomBytes(2).toString('hex')}`;
  const database = `chanjiao_eval_${runId}`;
  const adminUrl = process.env.EVAL_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env.EVAL_REDIS_URL ?? 'redis://127.0.0.1:6379',
    MEILI_URL: meiliUrl,
    MEILI_MASTER_KEY: meiliKey,
    JWT_SECRET: randomBytes(32).toString('hex'),
    MEILI_INDEX_PREFIX: `eval_${runId}`,
    QUEUE_PREFIX: `eval_${runId}`,
    LOG_LEVEL: 'warn',
    HTTP_REQUEST_LOGS: 'false',
    // Every search comes from 127.0.0.1: the flood limit would answer 429 part-way.
    RATE_LIMIT_PER_MINUTE: '0',
  });

  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  log(`database ${database}, index prefix eval_${runId}`);

  let meili: Meilisearch | undefined;
  let app: NestExpressApplication | undefined;
  try {
    const migrator = new DataSource(databaseOptions(url.toString()));
    await migrator.initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();
    app = await NestFactory.create<NestExpressApplication>(EvalModule, {
      bodyParser: false,
      logger: ['error', 'warn'],
      abortOnError: false,
    });
    setupHttp(app, app.get<AppConfig>(APP_CONFIG));
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const apiUrl = `http://127.0.0.1:${port}/${API_PREFIX}`;
    log(`api on ${apiUrl}`);

    const ds = app.get<DataSource>(getDataSourceToken());
    const rows = rowsOf(matchingSet, ADMIN.id);
    await ds.transaction(async (m) => {
      await m.createQueryBuilder().insert().into(Organization).values(rows.organizations).execute();
      await m.createQueryBuilder().insert().into(Expert).values(rows.experts).execute();
      await m.createQueryBuilder().insert().into(Demand).values(rows.demands).execute();
    });
    log(
      `inserted ${rows.organizations.length} organisations, ${rows.experts.length} experts, ${rows.demands.length} demands`,
    );

    const indexer = app.get(SearchIndexer, { strict: false });
    meili = app.get<Meilisearch>(MEILISEARCH, { strict: false });
    const t0 = performance.now();
    await indexer.apply([
      ...rows.organizations.map((o) => ({ type: 'organization', id: o.id })),
      ...rows.experts.map((e) => ({ type: 'expert', id: e.id })),
    ]);
    await waitForMeili(meili, `eval_${runId}`);
    log(`indexed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const store = app.get(MatchWeightsStore, { strict: false });
    if (opts.weights) store.replace(parseMatchWeights(opts.weights.json));
    log(
      `weights: ${opts.weights ? opts.weights.file : 'built-in'} (${store.current().source}); ` +
        `split: ${opts.split}, ${demands.length} demands`,
    );

    const matcher = app.get(DemandMatcher, { strict: false });
    const keyById = new Map(
      [...matchingSet.experts, ...matchingSet.colleges, ...matchingSet.enterprises].map((x) => [
        evalUuid(x.key),
        x.key,
      ]),
    );
    const toKeys = (ids: string[]) => ids.map((id) => keyById.get(id) ?? id);
    // Untimed calls first: jieba's dictionary, the connection pools and the HTTP keep-alive warm up.
    const warm = matchingSet.demands[0];
    await matcher.matches(ADMIN, evalUuid(warm.key), 'expert', LIMIT);
    await plainSearch(apiUrl, 'expert', warm, LIMIT);

    const results: DemandResult[] = [];
    const matchMs: number[] = [];
    const searchMs: number[] = [];
    const baselineMs: number[] = [];
    const timed = async <T>(into: number[], work: () => Promise<T>): Promise<T> => {
      const t = performance.now();
      const value = await work();
      into.push(performance.now() - t);
      return value;
    };
    const needResults: DemandResult[] = [];
    const ranked = [
      ...demands.map((d) => {
        const kinds: [MatchKind, Labels][] = [['expert', d.experts]];
        // Every demand with at least one labelled college is ranked for colleges too.
        if (d.colleges && Object.keys(d.colleges).length > 0) kinds.push(['college', d.colleges]);
        return { d, kinds, into: results };
      }),
      ...needs.map((d) => ({
        d,
        kinds: [
          ['expert', d.experts],
          ['enterprise', d.enterprises],
        ] as [MatchKind, Labels][],
        into: needResults,
      })),
    ];
    for (const { d, kinds, into } of ranked) {
      for (const [kind, labels] of kinds) {
        const matches = await timed(matchMs, () =>
          matcher.matches(ADMIN, evalUuid(d.key), kind, LIMIT),
        );
        const searched = await timed(searchMs, () => plainSearch(apiUrl, kind, d, LIMIT));
        const ilike = await timed(baselineMs, () => baseline(ds, kind, d, LIMIT));
        const chanjiaoTop = toKeys(matches.map((m) => m.id));
        const searchTop = toKeys(searched);
        const ilikeTop = toKeys(ilike);
        if (explain.has(d.key)) {
          console.log(`\n${d.key} ${kind}: ${d.title}`);
          matches.forEach((m, i) => {
            const features = Object.entries(m.explanation.features)
              .map(([name, value]) => `${name} ${Number(value.toFixed(3))}`)
              .join(' ');
            console.log(
              `  ${chanjiaoTop[i].padEnd(5)} grade ${labels[chanjiaoTop[i]] ?? 0} score ${fmt(m.score)} ` +
                `${features} [${m.explanation.matchedTerms.join(' ')}]`,
            );
          });
          console.log(`  plain search: ${searchTop.join(' ') || '(nothing)'}`);
          console.log(`  ILIKE:        ${ilikeTop.join(' ') || '(nothing)'}`);
        }
        into.push({
          key: d.key,
          kind,
          tags: d.tags,
          blind: isBlind(d.key),
          chanjiao: scoresOf(chanjiaoTop, labels),
          search: scoresOf(searchTop, labels),
          ilike: scoresOf(ilikeTop, labels),
          chanjiaoTop,
          searchTop,
          ilikeTop,
        });
      }
    }

    const summary = summarize(results);
    const collegeCount = results.filter((r) => r.kind === 'college').length;
    console.log('');
    console.log(table(`Experts for a demand (split: ${opts.split})`, summary.experts));
    console.log('');
    console.log(table(`Colleges for a demand (split: ${opts.split})`, summary.colleges));
    console.log('');
    // Most demands have fewer than five relevant candidates, so P@5 cannot reach 1.
    const ceiling = (labels: Labels[]) =>
      fmt(
        labels.reduce((sum, l) => sum + Math.min(5, Object.keys(l).length) / 5, 0) /
          Math.max(1, labels.length),
      );
    console.log(
      `P@5 ceiling (perfect ranking): experts ${ceiling(demands.map((d) => d.experts))}, ` +
        `colleges ${ceiling(demands.flatMap((d) => (d.colleges && Object.keys(d.colleges).length > 0 ? [d.colleges] : [])))}`,
    );
    console.log('');
    console.log(checks(summary));
    console.log('');
    const collegeNeeds = {
      experts: summarizeKind(needResults.filter((r) => r.kind === 'expert')),
      enterprises: summarizeKind(needResults.filter((r) => r.kind === 'enterprise')),
    };
    console.log(table(`College needs: experts (split: ${opts.split})`, collegeNeeds.experts));
    console.log('');
    console.log(
      table(`College needs: enterprises (split: ${opts.split})`, collegeNeeds.enterprises),
    );
    console.log('');
    console.log(
      latencyTable([
        ['DemandMatcher.matches', matchMs],
        ['plain search (GET /search over HTTP)', searchMs],
        ['ILIKE baseline', baselineMs],
      ]),
    );
    console.log('');
    console.log(
      `set: ${matchingSet.demands.length} demands, ${demands.length} ranked (split ${opts.split}; ` +
        `${collegeCount} with college labels), ${matchingSet.experts.length} experts, ` +
        `${matchingSet.colleges.length} colleges, ${matchingSet.enterprises.length} enterprises; ` +
        `${matchingSet.collegeNeeds.length} college needs, ${needs.length} ranked`,
    );
    if (opts.json) {
      writeFileSync(
        opts.json,
        JSON.stringify(
          { summary, results, collegeNeeds, needResults, matchMs, baselineMs, searchMs },
          null,
          2,
        ),
      );
      log(`summary and per-demand results written to ${opts.json}`);
    }
  } finally {
    if (meili && !opts.keep) {
      for (const type of SEARCH_TYPES) await meili.deleteIndex(indexUid(`eval_${runId}`, type));
    }
    await app?.close();
    if (!opts.keep) {
      const dropper = new Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await dropper.end();
    } else log(`kept database ${database} and indexes eval_${runId}_*`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
