// Entry point for the TypeORM command line (migration:generate). Loads every context's entities.
import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { databaseOptions } from './database-options';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/chanjiao';

export default new DataSource({
  ...databaseOptions(url),
  entities: [join(__dirname, '..', '..', '..', '*', 'src', '**', '*.entity.{ts,js}')],
});
