import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The newest aggregate version each consumer applied (stale-event check). */
export class AppliedVersions1796600000000 implements MigrationInterface {
  name = 'AppliedVersions1796600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "applied_versions" (
        "consumer" character varying(40) NOT NULL,
        "scope" character varying(100) NOT NULL,
        "aggregate_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_applied_versions" PRIMARY KEY ("consumer", "scope", "aggregate_id")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "applied_versions"`);
  }
}
