#!/usr/bin/env node
/**
 * Architecture check (part of `npm run lint`): bounded contexts under libs/ may depend on one
 * another only through `@app/<context>`, never on an app, and never in a cycle; and no context
 * imports another context's TypeORM entity (entity-imports.mjs: they read through ports).
 * Prints the dependency graph it found.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findEntityImportViolations } from './entity-imports.mjs';

const root = new URL('..', import.meta.url).pathname;
const libs = readdirSync(join(root, 'libs')).filter((d) =>
  statSync(join(root, 'libs', d)).isDirectory(),
);
const graph = new Map(libs.map((lib) => [lib, new Set()]));
const problems = [];

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) yield path;
  }
}

for (const lib of libs) {
  for (const file of sourceFiles(join(root, 'libs', lib, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const [, target] of text.matchAll(/from '([^']+)'/g)) {
      const alias = /^@app\/([^/]+)/.exec(target);
      if (alias && alias[1] !== lib) graph.get(lib).add(alias[1]);
      if (alias && alias[1] === lib)
        problems.push(`${relative(root, file)} imports its own context by alias`);
      if (/(^|\/)apps\//.test(target))
        problems.push(`${relative(root, file)} imports an app: ${target}`);
    }
  }
}

const state = new Map();
function visit(node, path) {
  if (state.get(node) === 'done') return;
  if (state.get(node) === 'visiting') {
    problems.push(`dependency cycle: ${[...path.slice(path.indexOf(node)), node].join(' → ')}`);
    return;
  }
  state.set(node, 'visiting');
  for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
  state.set(node, 'done');
}
libs.forEach((lib) => visit(lib, []));

for (const v of findEntityImportViolations(root))
  problems.push(
    `${v.file}:${v.line} imports ${v.entity}, an entity of ${v.owner}: read it through ${v.owner}'s port (plain records) instead`,
  );

for (const [lib, deps] of graph)
  console.log(`  ${lib.padEnd(14)} → ${[...deps].sort().join(', ') || '(nothing)'}`);
if (problems.length) {
  console.error(`\nArchitecture check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  'Architecture check passed: no cycles, no imports of apps, no entities of other contexts.',
);
