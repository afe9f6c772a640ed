import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the daily pruning walks (ADR 0011), oldest rows first. Built CONCURRENTLY (hence no
 * transaction): outbox_events, refresh_tokens and the delivery logs are large and written all
 * the time, and a plain CREATE INDEX would block their writes while it builds.
 */
export class RetentionIndexes1796603955642 implements MigrationInterface {
  name = 'RetentionIndexes1796603955642';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix_applied_versions_applied_at" ON "applied_versions" ("applied_at")`,
    );
    await q.query(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix_outbox_published" ON "outbox_events" ("published_at", "id")`,
    );
    await q.query(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix_refresh_tokens_expires_at" ON "refresh_tokens" ("expires_at")`,
    );
    await q.query(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix_email_deliveries_done" ON "email_deliveries" ("updated_at") WHERE status IN ('sent', 'skipped')`,
    );
    await q.query(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix_webhook_deliveries_delivered" ON "webhook_deliveries" ("delivered_at") WHERE status = 'delivered'`,
    );
  }

  /** TypeORM reverts inside a transaction whatever `transaction` says; dropping is quick anyway. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "public"."ix_webhook_deliveries_delivered"`);
    await q.query(`DROP INDEX IF EXISTS "public"."ix_email_deliveries_done"`);
    await q.query(`DROP INDEX IF EXISTS "public"."ix_refresh_tokens_expires_at"`);
    await q.query(`DROP INDEX IF EXISTS "public"."ix_outbox_published"`);
    await q.query(`DROP INDEX IF EXISTS "public"."ix_applied_versions_applied_at"`);
  }
}
