import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796000000000 implements MigrationInterface {
  name = 'Notifications1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox_receipts" ("queue" character varying(40) NOT NULL, "event_id" bigint NOT NULL, "handled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9feedb0b8cd0e65a8238e58d0cf" PRIMARY KEY ("queue", "event_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_receipts_handled_at" ON "outbox_receipts"  ("handled_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "demand_reminders" ("demand_id" uuid NOT NULL, "deadline" date NOT NULL, "remind_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_89ca482f5a62d3ed731a2b821fd" PRIMARY KEY ("demand_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "title" jsonb NOT NULL, "body" jsonb NOT NULL, "link" jsonb, "data" jsonb NOT NULL DEFAULT '{}', "dedupe_key" character varying(200) NOT NULL, "source_event_id" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_unread" ON "notifications"  ("user_id") WHERE read_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_user_seq" ON "notifications"  ("user_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_notifications_user_dedupe" ON "notifications"  ("user_id", "dedupe_key") `,
    );
    await queryRunner.query(
      `ALTER TABLE "demand_reminders" ADD CONSTRAINT "FK_89ca482f5a62d3ed731a2b821fd" FOREIGN KEY ("demand_id") REFERENCES "demands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "demand_reminders" DROP CONSTRAINT "FK_89ca482f5a62d3ed731a2b821fd"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ux_notifications_user_dedupe"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_user_seq"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_unread"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TABLE "demand_reminders"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_receipts_handled_at"`);
    await queryRunner.query(`DROP TABLE "outbox_receipts"`);
  }
}
