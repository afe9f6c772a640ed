import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Conversations (issue 11, ADR 0015): threads about a subject (a connection), their two parties,
 * messages, attachments (bytes in the attachment store), per-user read markers, message reports.
 */
export class Conversations1796801000000 implements MigrationInterface {
  name = 'Conversations1796801000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "conversation_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "seq" integer NOT NULL, "sender_user_id" uuid, "sender_side" character varying(32) NOT NULL, "body" character varying(4000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_113248f25c4c0a7c179b3f5a609" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_conversation_messages_seq" ON "conversation_messages"  ("thread_id", "seq") `,
    );
    await q.query(
      `CREATE TABLE "conversation_parties" ("thread_id" uuid NOT NULL, "side" character varying(32) NOT NULL, "organization_id" uuid, "expert_id" uuid, CONSTRAINT "ck_conversation_parties_one" CHECK ((organization_id IS NOT NULL AND expert_id IS NULL) OR (organization_id IS NULL AND expert_id IS NOT NULL)), CONSTRAINT "PK_f104b91019b0534ae12e9729e43" PRIMARY KEY ("thread_id", "side"))`,
    );
    await q.query(
      `CREATE INDEX "ix_conversation_parties_expert" ON "conversation_parties"  ("expert_id") `,
    );
    await q.query(
      `CREATE INDEX "ix_conversation_parties_organization" ON "conversation_parties"  ("organization_id") `,
    );
    await q.query(
      `CREATE TABLE "conversation_threads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_type" character varying(32) NOT NULL, "subject_id" uuid NOT NULL, "message_count" integer NOT NULL DEFAULT '0', "last_message_id" uuid, "last_message_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3ce0e3590f31e205ac457655de3" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_conversation_threads_last_message" ON "conversation_threads"  ("last_message_at") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_conversation_threads_subject" ON "conversation_threads"  ("subject_type", "subject_id") `,
    );
    await q.query(
      `CREATE TABLE "conversation_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" uuid NOT NULL, "thread_id" uuid NOT NULL, "storage_key" character varying(64) NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(128) NOT NULL, "size_bytes" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_955c727741eb8676d03b12e1a60" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_conversation_attachments_key" ON "conversation_attachments"  ("storage_key") `,
    );
    await q.query(
      `CREATE INDEX "ix_conversation_attachments_message" ON "conversation_attachments"  ("message_id") `,
    );
    await q.query(
      `CREATE TABLE "conversation_read_markers" ("thread_id" uuid NOT NULL, "user_id" uuid NOT NULL, "last_read_seq" integer NOT NULL DEFAULT '0', "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_14e4e21e165696b645e80ba622b" PRIMARY KEY ("thread_id", "user_id"))`,
    );
    await q.query(
      `CREATE TABLE "message_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" uuid NOT NULL, "thread_id" uuid NOT NULL, "reporter_user_id" uuid NOT NULL, "reason" character varying(1000) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "resolution_note" character varying(1000), "resolved_by" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_59df246edfc1d9203ff93886000" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_message_reports_status" ON "message_reports"  ("status", "created_at") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_message_reports_open" ON "message_reports"  ("message_id", "reporter_user_id") WHERE status = 'open'`,
    );
    await q.query(
      `ALTER TABLE "conversation_messages" ADD CONSTRAINT "FK_7f25e6dea2677e3e1f9f91c44f4" FOREIGN KEY ("thread_id") REFERENCES "conversation_threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "conversation_messages" ADD CONSTRAINT "FK_da71cc2d8f6f3a97681548b83eb" FOREIGN KEY ("sender_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "conversation_parties" ADD CONSTRAINT "FK_cc99223c97cd05052ce3a4e5fc3" FOREIGN KEY ("thread_id") REFERENCES "conversation_threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "conversation_parties" ADD CONSTRAINT "FK_691db99e2212f0106793656ef12" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "conversation_parties" ADD CONSTRAINT "FK_88a070d96df37575fe02e5c3dbd" FOREIGN KEY ("expert_id") REFERENCES "experts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "conversation_attachments" ADD CONSTRAINT "FK_1dd3dc3fe94fcefd19e09e9e303" FOREIGN KEY ("message_id") REFERENCES "conversation_messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "conversation_attachments" ADD CONSTRAINT "FK_efa2d061ba3a0d6ec12cde6a209" FOREIGN KEY ("thread_id") REFERENCES "conversation_threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "conversation_read_markers" ADD CONSTRAINT "FK_6620a08be0b2ddd3885564900a4" FOREIGN KEY ("thread_id") REFERENCES "conversation_threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "conversation_read_markers" ADD CONSTRAINT "FK_c8103c12ca9bd1699eba5d53e7b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "message_reports" ADD CONSTRAINT "FK_de2e419f2ab433117356de07a5e" FOREIGN KEY ("message_id") REFERENCES "conversation_messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "message_reports" ADD CONSTRAINT "FK_adbf2b72460cfea898d54666ffb" FOREIGN KEY ("thread_id") REFERENCES "conversation_threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "message_reports" ADD CONSTRAINT "FK_b996149fd15b89a027e548d130f" FOREIGN KEY ("reporter_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "message_reports" ADD CONSTRAINT "FK_07e5dff468e51668010afea6c20" FOREIGN KEY ("resolved_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "message_reports"`);
    await q.query(`DROP TABLE "conversation_read_markers"`);
    await q.query(`DROP TABLE "conversation_attachments"`);
    await q.query(`DROP TABLE "conversation_messages"`);
    await q.query(`DROP TABLE "conversation_parties"`);
    await q.query(`DROP TABLE "conversation_threads"`);
  }
}
