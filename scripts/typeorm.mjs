#!/usr/bin/env node
/**
 * The TypeORM command line on the TypeScript sources (entities are found by glob).
 *
 *   npm run migration:generate -- libs/shared/src/database/migrations/AddSomething
 *   npm run migration:check            # fails when the entities differ from the migrations
 *
 * After generating, add the new class to libs/shared/src/database/migrations/index.ts.
 * DATABASE_URL (environment or .env) must point at a database migrated to the latest version.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDotEnv } from './meili.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [command, ...args] = process.argv.slice(2);
const check = args.includes('--check');
const rest = args.filter((a) => a !== '--check');
const cliArgs = check
  ? [command, '--check', join(root, 'libs/shared/src/database/migrations/Pending')]
  : [command, ...rest];

const result = spawnSync(
  process.execPath,
  [
    '-r',
    'ts-node/register/transpile-only',
    '-r',
    'tsconfig-paths/register',
    join(root, 'node_modules/typeorm/cli.js'),
    '-d',
    join(root, 'libs/shared/src/database/data-source.ts'),
    ...cliArgs,
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...readDotEnv(),
      ...process.env,
      TS_NODE_PROJECT: join(root, 'tsconfig.json'),
      TS_NODE_COMPILER_OPTIONS: JSON.stringify({
        module: 'commonjs',
        moduleResolution: 'node10',
        resolvePackageJsonExports: false,
        ignoreDeprecations: '6.0',
      }),
    },
  },
);
process.exit(result.status ?? 1);
