import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  distinctPlans,
  executionMs,
  filterCases,
  inWindow,
  kindFor,
  queryString,
  sectionsFromOpenApi,
  shortSql,
  slowest,
  trimPlan,
} from '../bench/lib/stats-bench.mjs';
import {
  CITY_COUNTS,
  cityStatements,
  referenceCodes,
  scaledCounts,
  sqlTextArray,
} from '../bench/lib/stats-city.mjs';
import { ROOT } from './meili.mjs';

test('sectionsFromOpenApi reads the section enum of /stats/{section}', () => {
  const doc = {
    paths: {
      '/api/v1/stats/summary': { get: { parameters: [] } },
      '/api/v1/stats/{section}': {
        get: {
          parameters: [
            { name: 'from', in: 'query', schema: { type: 'string' } },
            { name: 'section', in: 'path', schema: { enum: ['platform', 'cooperation'] } },
          ],
        },
      },
    },
  };
  assert.deepEqual(sectionsFromOpenApi(doc), ['platform', 'cooperation']);
  assert.deepEqual(sectionsFromOpenApi({ paths: {} }), []);
  assert.deepEqual(sectionsFromOpenApi(undefined), []);
});

test('filterCases: none, a year, a district, an industry section, a kind, a college', () => {
  const cases = filterCases('cooperation', {
    year: 2025,
    district: '130302',
    industry: 'C',
    collegeId: 'c1',
  });
  assert.deepEqual(
    cases.map((c) => c.label),
    ['none', 'year 2025', 'district 130302', 'industry C', 'kind order_class', 'college'],
  );
  assert.deepEqual(cases[1].query, { from: '2025-01', to: '2025-12' });
  assert.equal(kindFor('platform'), 'talent');
  assert.equal(kindFor('majors'), 'talent');
});

test('queryString skips missing values and encodes the rest', () => {
  assert.equal(queryString({}), '');
  assert.equal(
    queryString({ table: 'byMonth', format: 'csv', x: undefined }),
    '?table=byMonth&format=csv',
  );
  assert.equal(queryString({ q: 'a b&c' }), '?q=a+b%26c');
});

test('slowest sorts by p95, descending', () => {
  const r = (label, p95) => ({ label, stats: { p95 } });
  assert.deepEqual(
    slowest([r('a', 5), r('b', 50), r('c', 20), r('d', 30)], 3).map((x) => x.label),
    ['b', 'd', 'c'],
  );
});

test('inWindow keeps the records that started in the window', () => {
  const records = [{ t0: 1 }, { t0: 5 }, { t0: 10 }, { t0: 11 }];
  assert.deepEqual(inWindow(records, 5, 10), [{ t0: 5 }, { t0: 10 }]);
});

test('trimPlan keeps nodes, conditions and times; executionMs reads the total', () => {
  const plan = [
    'GroupAggregate  (cost=1..2 rows=9 width=50) (actual time=1.6..2.9 rows=9 loops=1)',
    '  Output: a, b',
    '  Group Key: f.district',
    '  ->  Seq Scan on insight_demand_facts f  (cost=0..1 rows=1 width=1)',
    '        Filter: (kind = $1)',
    '        Rows Removed by Filter: 100',
    '        Buffers: shared hit=31',
    'Planning Time: 0.4 ms',
    'Execution Time: 4.630 ms',
  ].join('\n');
  const trimmed = trimPlan(plan);
  assert.ok(!trimmed.includes('Output:'));
  assert.ok(trimmed.includes('Seq Scan') && trimmed.includes('Rows Removed by Filter: 100'));
  assert.equal(executionMs(plan), 4.63);
  assert.ok(Number.isNaN(executionMs('no plan')));
  const long = trimPlan(
    [plan, ...Array(80).fill('  ->  Hash  (x)'), 'Execution Time: 9 ms'].join('\n'),
    {
      maxLines: 10,
    },
  );
  assert.equal(long.split('\n').length, 10);
  assert.ok(long.endsWith('Execution Time: 9 ms'));
});

test('scaledCounts scales the 100× city, with a floor', () => {
  assert.equal(scaledCounts(1).enterprises, CITY_COUNTS.enterprises);
  assert.equal(scaledCounts(0.05).demands, 1500);
  assert.equal(scaledCounts(0.0001).colleges, 5);
  assert.throws(() => scaledCounts(0));
});

test('sqlTextArray quotes constants; cityStatements use the reference codes', () => {
  assert.equal(sqlTextArray(["a'b", 'c']), "ARRAY['a''b','c']::text[]");
  const ref = referenceCodes(ROOT);
  assert.ok(ref.districts.length > 0 && ref.classes.every((c) => /^\d{4}$/.test(c)));
  assert.ok(ref.majors.every((m) => /^\d{6}$/.test(m.code)));
  const sql = cityStatements(scaledCounts(0.01), ref).join(';\n');
  assert.ok(sql.includes(`'${ref.classes[0]}'`) && sql.includes(`'${ref.majors[0].code}'`));
  assert.ok(!sql.includes('random()'), 'deterministic: no random()');
});

test('distinctPlans shows a different statement for each slow request when it can', () => {
  const st = (text, executionMs) => ({ text, executionMs });
  const picked = distinctPlans([
    { statements: [st('a', 9), st('b', 8)] },
    { statements: [st('a', 7), st('c', 6), st('b', 5)] },
    { statements: [st('a', 4)] },
    { statements: [] },
  ]);
  assert.deepEqual(
    picked.map((p) => p.shown?.text),
    ['a', 'c', 'a', undefined],
  );
  assert.equal(shortSql('  SELECT a,\n   b  FROM t ', 12), 'SELECT a, b…');
  assert.equal(shortSql('SELECT 1'), 'SELECT 1');
});
