import {
  type DataSource,
  EntityManager,
  type EntityMetadata,
  type EntityTarget,
  type ObjectLiteral,
} from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * A named prepared statement for a hot, fixed query: PostgreSQL parses and plans it once per
 * connection, and no ORM query building runs per request. Names must be unique in the process.
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

/** The part of pg's client this module uses. */
interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const names = new Map<string, string>();

export function prepared(name: string, text: string): PreparedStatement {
  const known = names.get(name);
  if (known !== undefined && known !== text) {
    throw new Error(`Prepared statement "${name}" is declared twice with different SQL`);
  }
  names.set(name, text);
  return { name, text };
}

/** Runs the statement inside `source`'s transaction when it is a transactional manager. */
export async function queryPrepared<R>(
  source: DataSource | EntityManager,
  statement: PreparedStatement,
  values: unknown[],
): Promise<R[]> {
  const config = { name: statement.name, text: statement.text, values };
  const runner = source instanceof EntityManager ? source.queryRunner : undefined;
  if (runner && !runner.isReleased) {
    const client = (await runner.connect()) as PgClient;
    return (await client.query(config)).rows as R[];
  }
  const driver = dataSourceOf(source).driver as PostgresDriver;
  const [client, release] = (await driver.obtainMasterConnection()) as [PgClient, () => void];
  try {
    return (await client.query(config)).rows as R[];
  } finally {
    release();
  }
}

/** `"column" AS "property"` for every column of the entity, to select it whole. */
export function selectListOf(metadata: EntityMetadata, alias?: string): string {
  const prefix = alias ? `${alias}.` : '';
  return metadata.columns
    .map((c) => `${prefix}"${c.databaseName}" AS "${c.propertyName}"`)
    .join(', ');
}

/** An entity from a row selected with `selectListOf`, converted as TypeORM converts its own. */
export function hydrate<T extends ObjectLiteral>(
  source: DataSource | EntityManager,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  const dataSource = dataSourceOf(source);
  const metadata = dataSource.getMetadata(target);
  const driver = dataSource.driver;
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    const value = driver.prepareHydratedValue(row[column.propertyName], column) as unknown;
    (entity as Record<string, unknown>)[column.propertyName] = value;
  }
  return entity;
}

function dataSourceOf(source: DataSource | EntityManager): DataSource {
  return source instanceof EntityManager ? source.dataSource : source;
}
