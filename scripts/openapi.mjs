#!/usr/bin/env node
/**
 * The api's OpenAPI document, generated from the TypeScript sources into openapi.json (repo root).
 *
 *   npm run openapi          # writes openapi.json
 *   npm run openapi:check    # fails, naming the paths and schemas that differ, when it is stale
 *
 * The AppModule is built in Nest's preview mode (the module graph and the controllers' metadata,
 * no provider is instantiated), so neither PostgreSQL, Redis nor Meilisearch is needed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OPENAPI_FILE = join(root, 'openapi.json');

/** Paths (with methods) and component schemas present in only one document, or different. */
export function summarizeDrift(committed, generated) {
  const lines = [];
  const compare = (label, a = {}, b = {}, detail) => {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      if (!(key in b)) lines.push(`  - ${label} ${key} (only in the committed file)`);
      else if (!(key in a)) lines.push(`  + ${label} ${key} (new in the code)`);
      else if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) {
        if (detail) detail(key, a[key], b[key]);
        else lines.push(`  ~ ${label} ${key}`);
      }
    }
  };
  compare('path', committed.paths, generated.paths, (path, a, b) =>
    compare(`${path}`, a, b, (method) => lines.push(`  ~ ${method.toUpperCase()} ${path}`)),
  );
  compare('schema', committed.components?.schemas, generated.components?.schemas);
  const rest = (doc) => JSON.stringify({ ...doc, paths: undefined, components: undefined });
  if (rest(committed) !== rest(generated)) lines.push('  ~ info, tags or security');
  const componentsRest = (doc) => JSON.stringify({ ...doc.components, schemas: undefined });
  if (componentsRest(committed) !== componentsRest(generated)) lines.push('  ~ components');
  return lines;
}

/** The serialised document of the current sources (see apps/api/src/openapi.ts). */
export async function generateOpenApi() {
  const require = createRequire(import.meta.url);
  require('ts-node').register({
    transpileOnly: true,
    project: join(root, 'tsconfig.json'),
    compilerOptions: {
      module: 'commonjs',
      moduleResolution: 'node10',
      resolvePackageJsonExports: false,
      ignoreDeprecations: '6.0',
    },
  });
  const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
  require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
  require('reflect-metadata');
  const { NestFactory } = require('@nestjs/core');
  const { AppModule } = require(join(root, 'apps/api/src/app.module.ts'));
  const { API_PREFIX } = require(join(root, 'apps/api/src/setup-http.ts'));
  const openapi = require(join(root, 'apps/api/src/openapi.ts'));
  const app = await NestFactory.create(AppModule, {
    preview: true,
    logger: false,
    bodyParser: false,
    abortOnError: false,
  });
  app.setGlobalPrefix(API_PREFIX);
  const text = openapi.serializeOpenApiDocument(openapi.buildOpenApiDocument(app));
  await app.close();
  return text;
}

async function main() {
  const check = process.argv.includes('--check');
  const generated = await generateOpenApi();
  const name = relative(process.cwd(), OPENAPI_FILE) || OPENAPI_FILE;
  if (!check) {
    writeFileSync(OPENAPI_FILE, generated);
    console.log(`openapi: wrote ${name}`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(OPENAPI_FILE, 'utf8');
  } catch {
    console.error(`openapi: ${name} is missing; run \`npm run openapi\` and commit it`);
    process.exit(1);
  }
  if (committed === generated) {
    console.log(`openapi: ${name} is up to date`);
    return;
  }
  let lines;
  try {
    lines = summarizeDrift(JSON.parse(committed), JSON.parse(generated));
  } catch {
    lines = ['  (the committed file is not valid JSON)'];
  }
  if (lines.length === 0) lines.push('  (same content, different formatting)');
  console.error(
    `openapi: ${name} differs from the document the code generates; ` +
      `run \`npm run openapi\` and commit it.\n${lines.join('\n')}`,
  );
  process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
