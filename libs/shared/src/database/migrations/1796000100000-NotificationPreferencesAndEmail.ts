import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationPreferencesAndEmail1796000100000 implements MigrationInterface {
  name = 'NotificationPreferencesAndEmail1796000100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "locale" character varying(8) NOT NULL DEFAULT 'zh-CN', "channels" jsonb NOT NULL DEFAULT '{}', "quiet_hours_start" character varying(5), "quiet_hours_end" character varying(5), "digest" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_notification_preferences_quiet_hours" CHECK ((quiet_hours_start IS NULL) = (quiet_hours_end IS NULL)), CONSTRAINT "ck_notification_preferences_locale" CHECK (locale IN ('zh-CN', 'en')), CONSTRAINT "PK_64c90edc7310c6be7c10c96f675" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "email_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "idempotency_key" character varying(200) NOT NULL, "kind" character varying(64) NOT NULL, "content" jsonb NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "not_before" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" character varying(500), "message_id" character varying(255), "digest_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_email_deliveries_status" CHECK (status IN ('pending', 'held_for_digest', 'sending', 'sent', 'failed', 'dead', 'skipped')), CONSTRAINT "PK_aa4e94683dafee7c55aaeb9f59d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_email_deliveries_idempotency_key" ON "email_deliveries"  ("idempotency_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_email_deliveries_dead" ON "email_deliveries"  ("updated_at") WHERE status = 'dead'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_email_deliveries_digest" ON "email_deliveries"  ("digest_id") WHERE digest_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_email_deliveries_held" ON "email_deliveries"  ("user_id") WHERE status = 'held_for_digest' AND digest_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_email_deliveries_open" ON "email_deliveries"  ("status", "not_before") WHERE status IN ('pending', 'failed', 'sending')`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_email_deliveries_user" ON "email_deliveries"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_deliveries" ADD CONSTRAINT "FK_79e669814822b882b3766a71543" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_deliveries" ADD CONSTRAINT "FK_442d69bdfa6268c5a28b937038a" FOREIGN KEY ("digest_id") REFERENCES "email_deliveries"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "email_deliveries" DROP CONSTRAINT "FK_442d69bdfa6268c5a28b937038a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_deliveries" DROP CONSTRAINT "FK_79e669814822b882b3766a71543"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_email_deliveries_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_email_deliveries_open"`);
    await queryRunner.query(`DROP INDEX "public"."ix_email_deliveries_held"`);
    await queryRunner.query(`DROP INDEX "public"."ix_email_deliveries_digest"`);
    await queryRunner.query(`DROP INDEX "public"."ix_email_deliveries_dead"`);
    await queryRunner.query(`DROP INDEX "public"."ux_email_deliveries_idempotency_key"`);
    await queryRunner.query(`DROP TABLE "email_deliveries"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
  }
}
