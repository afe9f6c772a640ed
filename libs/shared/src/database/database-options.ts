import type { DataSourceOptions } from 'typeorm';
import { ALL_MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * One definition of how Chanjiao talks to PostgreSQL, shared by the apps, the CLI and the
 * TypeORM command line. Schema changes only through migrations: `synchronize` stays off.
 */
export function databaseOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    // An explicit list (not a glob) so the same migrations load from sources, tests and dist.
    migrations: ALL_MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    extra: { max: 20, application_name: 'chanjiao' },
  };
}
