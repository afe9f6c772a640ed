/**
 * The labelled matching evaluation: loads eval/matching-set.ts into a fresh database and fresh
 * Meilisearch indexes, then ranks experts (and colleges) for every demand with Chanjiao's
 * matching (DemandMatcher) and with a naive PostgreSQL ILIKE keyword baseline, and prints
 * precision@5, nDCG@10 and MRR side by side. Start it with `npm run eval:matching` (eval/eval.mjs
 * starts the services and Meilisearch first). Options: --keep (keep the database and indexes),
 * --json FILE (per-demand results), --explain d-gl1,d-rb7 (print those demands' feature values).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Meilisearch } from 'meilisearch';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Demand } from '@app/demands';
import { Expert } from '@app/experts';
import { DemandMatcher, type MatchKind, MatchingModule } from '@app/matching';
import { Organization } from '@app/organizations';
import { indexUid, SEARCH_TYPES, SearchIndexer, SearchReindexModule } from '@app/search';
import {
  AppConfigModule,
  type AuthUser,
  DatabaseModule,
  databaseOptions,
  MEILISEARCH,
  MeilisearchModule,
  OutboxModule,
  Role,
} from '@app/shared';
import { baseline } from './baseline';
import { rowsOf, waitForMeili } from './load';
import { checkSet, evalUuid, HARD_CASES, matchingSet } from './matching-set';
import { type Labels, scoresOf, selfTest } from './metrics';
import { type DemandResult, fmt, latencyTable, table } from './report';

const args = process.argv.slice(2);
const KEEP = args.includes('--keep');
const JSON_OUT = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const EXPLAIN = new Set(
  args.includes('--explain') ? args[args.indexOf('--explain') + 1].split(',') : [],
);
const LIMIT = 10;
const ADMIN: AuthUser = { id: evalUuid('admin'), role: Role.Admin, sessionId: 'eval' };

@Module({
  imports: [
    AppConfigModule,
    DatabaseModule,
    MeilisearchModule,
    // OrganizationsModule's services (imported by MatchingModule) record outbox events.
    OutboxModule,
    SearchReindexModule,
    MatchingModule,
  ],
})
class EvalModule {}

async function main(): Promise<void> {
  selfTest();
  const problems = checkSet(matchingSet);
  if (problems.length > 0)
    throw new Error(`The labelled set is inconsistent:\n${problems.join('\n')}`);

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
  });

  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const log = (m: string) => console.log(`[eval] ${m}`);
  log(`database ${database}, index prefix eval_${runId}`);

  let meili: Meilisearch | undefined;
  let app: INestApplicationContext | undefined;
  try {
    const migrator = new DataSource(databaseOptions(url.toString()));
    await migrator.initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();
    app = await NestFactory.createApplicationContext(EvalModule, {
      logger: ['error', 'warn'],
      abortOnError: false,
    });
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

    const matcher = app.get(DemandMatcher, { strict: false });
    const keyById = new Map(
      [...matchingSet.experts, ...matchingSet.colleges].map((x) => [evalUuid(x.key), x.key]),
    );
    // One untimed call first: jieba's dictionary and the connection pool warm up.
    await matcher.matches(ADMIN, evalUuid(matchingSet.demands[0].key), 'expert', LIMIT);

    const results: DemandResult[] = [];
    const matchMs: number[] = [];
    const baselineMs: number[] = [];
    for (const d of matchingSet.demands) {
      const kinds: [MatchKind, Labels][] = [['expert', d.experts]];
      if (d.colleges) kinds.push(['college', d.colleges]);
      for (const [kind, labels] of kinds) {
        let t = performance.now();
        const matches = await matcher.matches(ADMIN, evalUuid(d.key), kind, LIMIT);
        matchMs.push(performance.now() - t);
        t = performance.now();
        const base = await baseline(ds, kind, d, LIMIT);
        baselineMs.push(performance.now() - t);
        const chanjiaoTop = matches.map((m) => keyById.get(m.id) ?? m.id);
        if (EXPLAIN.has(d.key)) {
          console.log(`\n${d.key} ${kind}: ${d.title}`);
          matches.forEach((m, i) => {
            const f = m.explanation.features;
            console.log(
              `  ${chanjiaoTop[i].padEnd(5)} grade ${labels[chanjiaoTop[i]] ?? 0} score ${fmt(m.score)} ` +
                `text ${fmt(f.text)} ind ${f.industry} svc ${f.service} dist ${f.district} ` +
                `avail ${f.availability} [${m.explanation.matchedTerms.join(' ')}]`,
            );
          });
        }
        const baselineTop = base.map((id) => keyById.get(id) ?? id);
        results.push({
          key: d.key,
          kind,
          tags: d.tags,
          chanjiao: scoresOf(chanjiaoTop, labels),
          baseline: scoresOf(baselineTop, labels),
          chanjiaoTop,
          baselineTop,
        });
      }
    }

    const experts = results.filter((r) => r.kind === 'expert');
    const colleges = results.filter((r) => r.kind === 'college');
    const byTag: [string, DemandResult[]][] = HARD_CASES.map((tag) => [
      tag,
      experts.filter((r) => r.tags.includes(tag)),
    ]);
    console.log('');
    console.log(
      table('Experts for a demand', [
        ['all', experts],
        ['no hard-case tag', experts.filter((r) => r.tags.length === 0)],
        ...byTag,
      ]),
    );
    console.log('');
    console.log(table('Colleges for a demand', [['all', colleges]]));
    console.log('');
    // Most demands have fewer than five relevant candidates, so P@5 cannot reach 1.
    const ceiling = (labels: Labels[]) =>
      fmt(
        labels.reduce((sum, l) => sum + Math.min(5, Object.keys(l).length) / 5, 0) /
          Math.max(1, labels.length),
      );
    console.log(
      `P@5 ceiling (perfect ranking): experts ${ceiling(matchingSet.demands.map((d) => d.experts))}, ` +
        `colleges ${ceiling(matchingSet.demands.flatMap((d) => (d.colleges ? [d.colleges] : [])))}`,
    );
    console.log('');
    console.log(
      latencyTable([
        ['DemandMatcher.matches', matchMs],
        ['ILIKE baseline', baselineMs],
      ]),
    );
    console.log('');
    console.log(
      `set: ${matchingSet.demands.length} demands (${colleges.length} with college labels), ` +
        `${matchingSet.experts.length} experts, ${matchingSet.colleges.length} colleges, ` +
        `${matchingSet.enterprises.length} enterprises`,
    );
    if (JSON_OUT) {
      writeFileSync(JSON_OUT, JSON.stringify({ results, matchMs, baselineMs }, null, 2));
      log(`per-demand results written to ${JSON_OUT}`);
    }
  } finally {
    if (meili && !KEEP) {
      for (const type of SEARCH_TYPES) await meili.deleteIndex(indexUid(`eval_${runId}`, type));
    }
    await app?.close();
    if (!KEEP) {
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
