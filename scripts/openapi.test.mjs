import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarizeDrift } from './openapi.mjs';

test('names the operations and schemas that differ, and nothing else', () => {
  const committed = {
    info: { title: 'x' },
    paths: { '/a': { get: { x: 1 }, post: { x: 1 } }, '/gone': { get: {} } },
    components: { schemas: { A: { type: 'object' }, Old: {} } },
  };
  const generated = {
    info: { title: 'x' },
    paths: { '/a': { get: { x: 2 }, post: { x: 1 } }, '/new': { get: {} } },
    components: { schemas: { A: { type: 'string' }, New: {} } },
  };
  assert.deepEqual(summarizeDrift(committed, generated), [
    '  ~ GET /a',
    '  - path /gone (only in the committed file)',
    '  + path /new (new in the code)',
    '  ~ schema A',
    '  + schema New (new in the code)',
    '  - schema Old (only in the committed file)',
  ]);
  assert.deepEqual(summarizeDrift(committed, committed), []);
});
