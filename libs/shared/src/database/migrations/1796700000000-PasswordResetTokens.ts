import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Single-use password-reset tokens, only their SHA-256 stored (ADR 0013). */
export class PasswordResetTokens1796700000000 implements MigrationInterface {
  name = 'PasswordResetTokens1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "password_reset_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_password_reset_tokens" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_password_reset_tokens_user" ON "password_reset_tokens" ("user_id") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_password_reset_tokens_hash" ON "password_reset_tokens" ("token_hash") `,
    );
    await q.query(
      `ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "FK_52ac39dd8a28730c63aeb428c9c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "password_reset_tokens"`);
  }
}
