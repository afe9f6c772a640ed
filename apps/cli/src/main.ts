import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CliModule } from './cli.module';
import { createAdmin } from './commands/create-admin';
import { migrate } from './commands/migrate';
import { reindexSearch } from './commands/reindex';
import { seedDemoCity } from './seed/seeder';

const USAGE = `Usage: chanjiao <command> [options]

Commands:
  migrate                       apply pending database migrations (creates the database if missing)
  migrate:revert                revert the last migration
  admin:create --email E [--name N] [--password P]
                                create a platform admin (a password is generated if not given)
  seed                          load the demo city (idempotent: running it twice adds nothing)
  search:reindex                rebuild every search index from PostgreSQL and swap it in (search stays up)
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

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
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
          password: values.password ?? process.env.ADMIN_PASSWORD,
        }),
      );
    case 'seed':
      return withContext((app) => seedDemoCity(app));
    case 'search:reindex':
      return withContext((app) => reindexSearch(app));
    default:
      console.log(USAGE);
      if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  new Logger('cli').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
