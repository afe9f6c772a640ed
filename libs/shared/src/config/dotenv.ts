import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Reads `.env` from the working directory, if any; real environment variables win. */
export function loadDotEnv(file = resolve(process.cwd(), '.env')): Record<string, string> {
  if (!existsSync(file)) return {};
  const values: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    values[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

/**
 * The raw variables: `.env` overridden by the real environment. The only reader of
 * `process.env`; everything else gets validated values (AppConfig, validateDatabaseUrl).
 */
export function rawEnvironment(): Record<string, unknown> {
  return { ...loadDotEnv(), ...process.env };
}
