#!/usr/bin/env node
/**
 * `npm run web:budget`: the JavaScript and CSS each role downloads for its first page, gzipped,
 * from the build's manifest (dist/web/.vite/manifest.json): the entry and its static imports,
 * plus, once logged in, the signed-in frame and the landing feature with theirs. Fails when one
 * is over the budget (300 kB gzipped, issue 14). Later pages and lazy parts (charts) are not in
 * a first page's bundle. Builds the console first when dist/web has no manifest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { ROOT } from './meili.mjs';

export const BUDGET_KB = 300;
const DIST = join(ROOT, 'dist', 'web');
const MANIFEST = join(DIST, '.vite', 'manifest.json');

/** The first page of each role (apps/web/src/shell/nav.ts homeOf) as source modules. */
export const FIRST_PAGES = {
  public: [],
  enterprise: [
    'src/shell/SignedInLayout.tsx',
    'src/features/demands/index.tsx',
    'src/features/demands/DemandList.tsx',
  ],
  college: [
    'src/shell/SignedInLayout.tsx',
    'src/features/demands/index.tsx',
    'src/features/demands/DemandList.tsx',
  ],
  expert: ['src/shell/SignedInLayout.tsx', 'src/features/recommendations/index.tsx'],
  admin: ['src/shell/SignedInLayout.tsx', 'src/features/dashboard/index.tsx'],
  operator: ['src/shell/SignedInLayout.tsx', 'src/features/dashboard/index.tsx'],
};

/** Every file a set of manifest entries loads before it runs: static imports, transitively. */
export function filesOf(manifest, keys) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build's manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return files;
}

function main() {
  if (!existsSync(MANIFEST)) {
    const built = spawnSync('npm', ['run', 'web:build', '--silent'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const gzipped = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
  const rows = Object.entries(FIRST_PAGES).map(([role, pages]) => {
    const files = filesOf(manifest, [entry, ...pages]);
    const kb = [...files].reduce((sum, file) => sum + gzipped(file), 0) / 1024;
    return { role, files: files.size, 'gzipped kB': Math.round(kb * 10) / 10, ok: kb <= BUDGET_KB };
  });
  console.log(`First page's scripts and styles per role (budget ${BUDGET_KB} kB gzipped):`);
  console.table(rows);
  if (rows.some((row) => !row.ok)) {
    console.error('✗ over budget: split the page (React.lazy) or drop a dependency');
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
