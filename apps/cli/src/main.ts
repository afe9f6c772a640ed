import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InsightRefresher } from '@app/insight';
import { APP_CONFIG, type AppConfig, loadDotEnv } from '@app/shared';
import { CliModule } from './cli.module';
import { createAdmin } from './commands/create-admin';
import { createOperator } from './commands/create-operator';
import { DEFAULT_L2, fitMatching } from './commands/fit-matching';
import { MIN_LABELLED_ROWS } from './commands/fit-weights';
import { migrate } from './commands/migrate';
import { programmeTotals } from './commands/programme-totals';
import { prune } from './commands/prune';
import { reportYear, writeReport } from './commands/report';
import { reindexSearch } from './commands/reindex';
import { seedDemoCity } from './seed/seeder';

const USAGE = `Usage: chanjiao <command> [options]

Commands:
  migrate                       apply pending database migrations (creates the database if missing)
  migrate:revert                revert the last migration
  admin:create --email E [--name N] [--password P]
                                create a platform admin (a password is generated if not given)
  operator:create --email E --district CODE [--district CODE…] [--name N] [--password P]
                                create a district operator account for these districts (codes of
                                GET /api/v1/reference/districts; comma-separated also works)
  seed                          load the demo city (idempotent: running it twice adds nothing)
  programmes:totals             print the city's cooperation figures (order class, industry college,
                                teachers in R&D, incubation) computed from the projects' outcomes
  insight:refresh               recompute the city's statistics now (the worker does it every
                                INSIGHT_REFRESH_MINUTES) and print how long each view took
  search:reindex                rebuild every search index from PostgreSQL and swap it in (search stays up)
  matching:fit [--write] [--out F] [--l2 L] [--min-rows N] [--no-eval]
                                fit the match weights from recorded impressions and their outcomes,
                                compare old and new on the labelled set (npm run eval:matching);
                                writes to .data/match-weights/, or with --write to match-weights.json
  prune [--dry-run]             delete what is past its retention now, as the worker does daily
                                (outbox, sessions, delivery logs; see ADR 0011), and print the count
                                per table; --dry-run only counts
  report --year YYYY [--out DIR]
                                write the year's talent supply–demand report (产业人才供需报告-YYYY.docx
                                and .pdf) to DIR (default .data/reports-out); needs Chromium (ADR 0021)
`;

async function withContext<T>(
  work: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<T>,
) {
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

function numberOption(name: string, value: string | undefined, fallback: number, min: number) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new Error(`${name} must be a number ≥ ${min}`);
  return n;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      // operator:create
      district: { type: 'string', multiple: true },
      // matching:fit
      write: { type: 'boolean', default: false },
      out: { type: 'string' },
      l2: { type: 'string' },
      'min-rows': { type: 'string' },
      'no-eval': { type: 'boolean', default: false },
      // prune
      'dry-run': { type: 'boolean', default: false },
      // report (and --out)
      year: { type: 'string' },
    },
    allowPositionals: false,
  });
  switch (command) {
    case 'migrate':
      return migrate('up');
    case 'migrate:revert':
      return migrate('down');
    case 'admin:create':
      if (!values.email) throw new Error('admin:create needs --email');
      return withContext((app) =>
        createAdmin(app, {
          email: values.email!,
          name: values.name,
          password: values.password ?? app.get<AppConfig>(APP_CONFIG).ADMIN_PASSWORD,
        }),
      );
    case 'operator:create':
      if (!values.email) throw new Error('operator:create needs --email');
      if (!values.district?.length) throw new Error('operator:create needs --district');
      return withContext((app) =>
        createOperator(app, {
          email: values.email!,
          districts: values.district!,
          name: values.name,
          password: values.password,
        }),
      );
    case 'seed':
      return withContext((app) => seedDemoCity(app));
    case 'programmes:totals':
      return withContext((app) => programmeTotals(app));
    case 'insight:refresh':
      return withContext(async (app) => {
        for (const r of await app.get(InsightRefresher).refresh()) {
          process.stdout.write(`${r.view}: refreshed in ${r.durationMs} ms\n`);
        }
      });
    case 'search:reindex':
      return withContext((app) => reindexSearch(app));
    case 'prune':
      return withContext((app) => prune(app, values['dry-run'] ?? false));
    case 'report': {
      const year = reportYear(values.year);
      return withContext((app) =>
        writeReport(app, { year, out: values.out ?? '.data/reports-out' }),
      );
    }
    case 'matching:fit':
      return fitMatching({
        write: values.write ?? false,
        out: values.out,
        l2: numberOption('--l2', values.l2, DEFAULT_L2, 0),
        minRows: numberOption('--min-rows', values['min-rows'], MIN_LABELLED_ROWS, 1),
        evaluate: !(values['no-eval'] ?? false),
      });
    default:
      console.log(USAGE);
      if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
  }
}

/**
 * On a developer's machine with no `.env` and nothing configured, the CLI uses the development
 * values of `.env.example`, as `npm run demo` does, so `npm run report -- --year 2026` works right
 * after the demo. Never in production, and never over anything set.
 */
function useExampleSettingsInDevelopment(): void {
  if (process.env.NODE_ENV === 'production' || process.env.DATABASE_URL) return;
  if (existsSync(resolve('.env')) || !existsSync(resolve('.env.example'))) return;
  const example = loadDotEnv(resolve('.env.example'));
  for (const [key, value] of Object.entries(example)) process.env[key] ??= value;
  process.stderr.write('No .env found: using the development values of .env.example.\n');
}

useExampleSettingsInDevelopment();
main(process.argv.slice(2)).catch((error: unknown) => {
  new Logger('cli').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
