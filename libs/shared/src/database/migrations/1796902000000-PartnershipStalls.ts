import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stalled partnerships (issue 12, ADR 0019 addendum): the enterprise–college pairs the daily
 * check found stalled and told, one row per pair while it stays stalled.
 */
export class PartnershipStalls1796902000000 implements MigrationInterface {
  name = 'PartnershipStalls1796902000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "partnership_stalls" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "college_id" uuid NOT NULL, "stalled_since" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eab5561c572d656ae81fa4ebbef" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_partnership_stalls_college" ON "partnership_stalls"  ("college_id") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_partnership_stalls_pair" ON "partnership_stalls"  ("enterprise_id", "college_id") `,
    );
    await q.query(
      `ALTER TABLE "partnership_stalls" ADD CONSTRAINT "FK_8ed5580177e06662bbd8a4f90e7" FOREIGN KEY ("enterprise_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "partnership_stalls" ADD CONSTRAINT "FK_5584f008eadebd358f1f60fe774" FOREIGN KEY ("college_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "partnership_stalls" DROP CONSTRAINT "FK_5584f008eadebd358f1f60fe774"`,
    );
    await q.query(
      `ALTER TABLE "partnership_stalls" DROP CONSTRAINT "FK_8ed5580177e06662bbd8a4f90e7"`,
    );
    await q.query(`DROP INDEX "public"."ux_partnership_stalls_pair"`);
    await q.query(`DROP INDEX "public"."ix_partnership_stalls_college"`);
    await q.query(`DROP TABLE "partnership_stalls"`);
  }
}
