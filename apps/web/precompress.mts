import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT = /\.(js|css|html|svg|json|txt|map)$/;
const MIN_BYTES = 1024;

/**
 * Writes `file.br` and `file.gz` beside each text file of the build, which the api serves to
 * browsers that accept them (apps/api/src/web-console.ts): the console's scripts travel
 * compressed without a compression middleware spending CPU on every request.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'chanjiao-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else if (TEXT.test(name) && statSync(path).size >= MIN_BYTES) {
            const raw = readFileSync(path);
            writeFileSync(
              `${path}.br`,
              brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 10 } }),
            );
            writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
          }
        }
      };
      walk(outDir);
    },
  };
}
