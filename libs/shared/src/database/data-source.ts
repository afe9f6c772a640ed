// Entry point for the TypeORM command line (migration:generate). Loads every context's entities.
import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { rawEnvironment } from '../config/dotenv';
import { validateDatabaseUrl } from '../config/env.schema';
import { databaseOptions } from './database-options';

const url = validateDatabaseUrl(rawEnvironment());

export default new DataSource({
  ...databaseOptions(url),
  entities: [join(__dirname, '..', '..', '..', '*', 'src', '**', '*.entity.{ts,js}')],
});
