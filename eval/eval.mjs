#!/usr/bin/env node
/**
 * `npm run eval:matching` — the labelled matching evaluation (eval/run-eval.ts) on the TypeScript
 * sources. Makes sure PostgreSQL and Redis are reachable, starts a Meilisearch of its own on port
 * 7721 (data in .data/meili-eval) unless one already answers there, runs the evaluation, and stops
 * that Meilisearch again if it started it.
 *
 *   npm run eval:matching                 # prints the tables
 *   npm run eval:matching -- --keep       # keeps the database chanjiao_eval_<timestamp>
 *   npm run eval:matching -- --json out.json
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDotEnv, startMeili, stopMeili } from '../scripts/meili.mjs';
import { ensureServices } from '../scripts/services.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.EVAL_MEILI_PORT ?? 7721);
const dataDir = join(root, '.data', 'meili-eval');
const key = 'chanjiao-eval-master-key-0123456789';

await ensureServices({ log: (line) => console.log(`[eval] ${line}`) });
const meili = await startMeili({ port, dataDir, key });
console.log(
  `[eval] meilisearch ${meili.url}${meili.startedByUs ? ' (started)' : ' (already running)'}`,
);

let status = 1;
try {
  status = await new Promise((done) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-r',
        'tsconfig-paths/register',
        join(root, 'eval/run-eval.ts'),
        ...process.argv.slice(2),
      ],
      {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...readDotEnv(),
          ...process.env,
          EVAL_MEILI_URL: meili.url,
          EVAL_MEILI_KEY: key,
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
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
} finally {
  if (meili.startedByUs) await stopMeili({ dataDir });
}
process.exit(status);
