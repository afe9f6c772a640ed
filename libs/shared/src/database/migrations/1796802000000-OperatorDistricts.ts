import type { MigrationInterface, QueryRunner } from 'typeorm';

/** District operators: the `operator` role and the districts granted to each (ADR 0016). */
export class OperatorDistricts1796802000000 implements MigrationInterface {
  name = 'OperatorDistricts1796802000000';

  async up(q: QueryRunner): Promise<void> {
    // PostgreSQL 12+ accepts this in a transaction; the value is not used in this migration.
    await q.query(`ALTER TYPE "public"."user_role" ADD VALUE IF NOT EXISTS 'operator'`);
    await q.query(
      `CREATE TABLE "operator_districts" ("user_id" uuid NOT NULL, "district" character varying(16) NOT NULL, "granted_by" uuid, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_10c416a7bb1d72b62cd8f98db47" PRIMARY KEY ("user_id", "district"))`,
    );
    await q.query(
      `ALTER TABLE "operator_districts" ADD CONSTRAINT "FK_1e42306e75aac94c91de9da0554" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "operator_districts"`);
    // Operator accounts cannot keep a role that no longer exists: they become disabled experts
    // (never admins), so reverting grants nobody anything.
    await q.query(
      `UPDATE "users" SET "role" = 'expert', "disabled_at" = COALESCE("disabled_at", now()) WHERE "role" = 'operator'`,
    );
    await q.query(
      `CREATE TYPE "public"."user_role_old" AS ENUM('enterprise', 'college', 'expert', 'admin')`,
    );
    await q.query(
      `ALTER TABLE "users" ALTER COLUMN "role" TYPE "public"."user_role_old" USING "role"::"text"::"public"."user_role_old"`,
    );
    await q.query(`DROP TYPE "public"."user_role"`);
    await q.query(`ALTER TYPE "public"."user_role_old" RENAME TO "user_role"`);
  }
}
