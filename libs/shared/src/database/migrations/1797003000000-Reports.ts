import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The yearly talent supply–demand reports (issue 13): one row per request, with its progress
 * while the worker builds it; the files are kept in REPORTS_DIR under the row's id.
 */
export class Reports1797003000000 implements MigrationInterface {
  name = 'Reports1797003000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "yearly_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" integer NOT NULL, "state" character varying(16) NOT NULL DEFAULT 'queued', "percent" smallint NOT NULL DEFAULT '0', "chapter" character varying(64), "requested_by" uuid, "error" character varying(1000), "docx_bytes" integer, "pdf_bytes" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d6e48858a26a63fcdbd49eaf02a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_yearly_reports_created" ON "yearly_reports"  ("created_at") `);
    await q.query(
      `ALTER TABLE "yearly_reports" ADD CONSTRAINT "FK_fdbc15b32ca2f7ed6c03104529d" FOREIGN KEY ("requested_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "yearly_reports" DROP CONSTRAINT "FK_fdbc15b32ca2f7ed6c03104529d"`);
    await q.query(`DROP INDEX "public"."ix_yearly_reports_created"`);
    await q.query(`DROP TABLE "yearly_reports"`);
  }
}
