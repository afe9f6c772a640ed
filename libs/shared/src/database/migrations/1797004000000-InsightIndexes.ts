import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the city's statistics (issue 13) need at 100× scale (npm run bench:stats,
 * docs/benchmarks.md): the connections of one demand. insight_demand_facts aggregates them per
 * demand in a LATERAL subquery; the only indexes leading with demand_id were the partial unique
 * ones (status <> 'withdrawn'), which a plain `demand_id = d.id` cannot use, so each refresh
 * scanned the whole connections table once per published demand. Built CONCURRENTLY (hence no
 * transaction): connections are written all the time.
 */
export class InsightIndexes1797004000000 implements MigrationInterface {
  name = 'InsightIndexes1797004000000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix_connections_demand" ON "connections" ("demand_id")`,
    );
  }

  /** TypeORM reverts inside a transaction whatever `transaction` says; dropping is quick anyway. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "public"."ix_connections_demand"`);
  }
}
