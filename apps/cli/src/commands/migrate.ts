import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseOptions, rawEnvironment, validateDatabaseUrl } from '@app/shared';

/** DATABASE_URL from the environment or `.env`; migrations need nothing else. */
export function databaseUrl(): string {
  return validateDatabaseUrl(rawEnvironment());
}

/** Creates the database named in the URL if it does not exist yet (fresh machines, demo). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      console.log(`Created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

export async function migrate(direction: 'up' | 'down' = 'up'): Promise<void> {
  const url = databaseUrl();
  if (direction === 'up') await ensureDatabase(url);
  const dataSource = new DataSource(databaseOptions(url));
  await dataSource.initialize();
  try {
    if (direction === 'up') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(
        applied.length
          ? `Applied ${applied.map((m) => m.name).join(', ')}`
          : 'Schema is up to date',
      );
    } else {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration');
    }
  } finally {
    await dataSource.destroy();
  }
}
