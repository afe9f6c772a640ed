import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail verification and emailed single-use links (ADR 0017): account_links, the verified mark
 * on users (accounts made before verification existed count as verified), and account emails to
 * a bare address (to_address; user_id becomes optional).
 */
export class AccountLinks1796800000000 implements MigrationInterface {
  name = 'AccountLinks1796800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "account_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "purpose" character varying(32) NOT NULL, "subject_id" uuid NOT NULL, "user_id" uuid, "email" character varying(254) NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', "token_hash" character varying(64), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e03b1e79173941b176b58836ecd" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "ux_account_links_hash" ON "account_links" ("token_hash") `);
    await q.query(
      `CREATE INDEX "ix_account_links_subject" ON "account_links" ("purpose", "subject_id") `,
    );
    await q.query(
      `ALTER TABLE "account_links" ADD CONSTRAINT "FK_d6c82edbecf4f6409b579e78b0d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`UPDATE "users" SET "email_verified_at" = "created_at"`);
    await q.query(`ALTER TABLE "email_deliveries" ADD "to_address" character varying(254)`);
    await q.query(`ALTER TABLE "email_deliveries" ALTER COLUMN "user_id" DROP NOT NULL`);
    await q.query(
      `ALTER TABLE "email_deliveries" ADD CONSTRAINT "ck_email_deliveries_recipient" CHECK (user_id IS NOT NULL OR to_address IS NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "email_deliveries" DROP CONSTRAINT "ck_email_deliveries_recipient"`);
    await q.query(`DELETE FROM "email_deliveries" WHERE "user_id" IS NULL`);
    await q.query(`ALTER TABLE "email_deliveries" ALTER COLUMN "user_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "email_deliveries" DROP COLUMN "to_address"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
    await q.query(`DROP TABLE "account_links"`);
  }
}
