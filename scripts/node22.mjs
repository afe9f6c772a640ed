#!/usr/bin/env node
/**
 * Runs a Node script under Node 22 LTS, the production runtime (docker/Dockerfile), whatever
 * Node runs npm here: the npm registry's `node@22` package provides the binary.
 *
 *   node scripts/node22.mjs node_modules/jest/bin/jest.js      # the unit tests (npm test)
 */
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (nodeArgs) =>
  spawnSync(npm, ['exec', '--yes', '--package=node@22', '--', 'node', ...nodeArgs], {
    stdio: 'inherit',
  });

const version = spawnSync(
  npm,
  ['exec', '--yes', '--package=node@22', '--', 'node', '-p', 'process.version'],
  { encoding: 'utf8' },
);
const found = version.stdout?.trim() ?? '';
if (version.status !== 0 || !found.startsWith('v22.')) {
  console.error(`node22: expected a Node 22 binary from the npm registry, got "${found}"`);
  process.exit(1);
}
console.log(`node22: running under Node ${found}`);
process.exit(run(args).status ?? 1);
