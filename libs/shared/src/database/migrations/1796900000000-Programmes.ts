import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cooperation projects (issue 12, ADR 0019): projects of seven kinds with their partners
 * (organisations or experts), status history, outcomes reported and confirmed per period, and
 * milestones (the daily check marks the overdue ones).
 */
export class Programmes1796900000000 implements MigrationInterface {
  name = 'Programmes1796900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "project_milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "owner_user_id" uuid, "due_date" date NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "completed_by" uuid, "overdue_notified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0c561300a12c6ba3ad793dff4b8" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_project_milestones_open_due" ON "project_milestones"  ("due_date") WHERE completed_at IS NULL AND overdue_notified_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX "ix_project_milestones_project" ON "project_milestones"  ("project_id", "due_date") `,
    );
    await q.query(
      `CREATE TABLE "project_partners" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "type" character varying(16) NOT NULL, "organization_id" uuid, "expert_id" uuid, CONSTRAINT "ck_project_partners_one" CHECK ((organization_id IS NOT NULL) <> (expert_id IS NOT NULL)), CONSTRAINT "PK_729fc4affe7ccdd99b26d049253" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_project_partners_expert" ON "project_partners"  ("expert_id") `,
    );
    await q.query(
      `CREATE INDEX "ix_project_partners_organization" ON "project_partners"  ("organization_id") `,
    );
    await q.query(
      `CREATE INDEX "ix_project_partners_project" ON "project_partners"  ("project_id") `,
    );
    await q.query(
      `CREATE TABLE "projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(32) NOT NULL, "title" character varying(200) NOT NULL, "description" character varying(4000) NOT NULL DEFAULT '', "status" character varying(16) NOT NULL DEFAULT 'planned', "start_date" date, "end_date" date, "details" jsonb NOT NULL DEFAULT '{}', "connection_id" uuid, "stop_reason" character varying(1000), "created_by" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_projects_connection" ON "projects"  ("connection_id") `);
    await q.query(`CREATE INDEX "ix_projects_status" ON "projects"  ("status", "created_at") `);
    await q.query(
      `CREATE TABLE "project_outcomes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "period" character varying(16) NOT NULL, "figures" jsonb NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'reported', "reported_by_side" character varying(64) NOT NULL, "reported_by" uuid, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_by_side" character varying(64), "confirmed_by" uuid, "confirmed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_57881ba8b53e64fc2cf7b3ae16c" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_project_outcomes_period" ON "project_outcomes"  ("project_id", "period") `,
    );
    await q.query(
      `CREATE TABLE "project_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "reason" character varying(1000), "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_64a68d46ed06f680fc156f77096" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_project_status_changes_project" ON "project_status_changes"  ("project_id", "changed_at") `,
    );
    await q.query(
      `ALTER TABLE "project_milestones" ADD CONSTRAINT "FK_4072d2ff8e9ee23e9e03e5f6721" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_milestones" ADD CONSTRAINT "FK_8ba18770ca02f01a93692282068" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_milestones" ADD CONSTRAINT "FK_2c7bad94d79b95a64afb8ef2365" FOREIGN KEY ("completed_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_partners" ADD CONSTRAINT "FK_b15493c0811d6f7acbb42064177" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_partners" ADD CONSTRAINT "FK_37ad76ec33bd4aae4ad158cd71d" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_partners" ADD CONSTRAINT "FK_2e0f6ee1049b0363ebc155cc067" FOREIGN KEY ("expert_id") REFERENCES "experts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "projects" ADD CONSTRAINT "FK_929d767cf0fcc1758314c32c5df" FOREIGN KEY ("connection_id") REFERENCES "connections"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "projects" ADD CONSTRAINT "FK_8a7ccdb94bcc8635f933c8f8080" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_outcomes" ADD CONSTRAINT "FK_3c2b1db276e0b138e92202a5a8f" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_outcomes" ADD CONSTRAINT "FK_ecbac166bcdd33fac7b5d9c84a3" FOREIGN KEY ("reported_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_outcomes" ADD CONSTRAINT "FK_94079f2336a4cb3d85a0a221235" FOREIGN KEY ("confirmed_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_status_changes" ADD CONSTRAINT "FK_1f5bcc166638e9676c2e269cb7b" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_status_changes" ADD CONSTRAINT "FK_1225cc64dfe1d09e1fe0364a18f" FOREIGN KEY ("changed_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "project_status_changes" DROP CONSTRAINT "FK_1225cc64dfe1d09e1fe0364a18f"`,
    );
    await q.query(
      `ALTER TABLE "project_status_changes" DROP CONSTRAINT "FK_1f5bcc166638e9676c2e269cb7b"`,
    );
    await q.query(
      `ALTER TABLE "project_outcomes" DROP CONSTRAINT "FK_94079f2336a4cb3d85a0a221235"`,
    );
    await q.query(
      `ALTER TABLE "project_outcomes" DROP CONSTRAINT "FK_ecbac166bcdd33fac7b5d9c84a3"`,
    );
    await q.query(
      `ALTER TABLE "project_outcomes" DROP CONSTRAINT "FK_3c2b1db276e0b138e92202a5a8f"`,
    );
    await q.query(`ALTER TABLE "projects" DROP CONSTRAINT "FK_8a7ccdb94bcc8635f933c8f8080"`);
    await q.query(`ALTER TABLE "projects" DROP CONSTRAINT "FK_929d767cf0fcc1758314c32c5df"`);
    await q.query(
      `ALTER TABLE "project_partners" DROP CONSTRAINT "FK_2e0f6ee1049b0363ebc155cc067"`,
    );
    await q.query(
      `ALTER TABLE "project_partners" DROP CONSTRAINT "FK_37ad76ec33bd4aae4ad158cd71d"`,
    );
    await q.query(
      `ALTER TABLE "project_partners" DROP CONSTRAINT "FK_b15493c0811d6f7acbb42064177"`,
    );
    await q.query(
      `ALTER TABLE "project_milestones" DROP CONSTRAINT "FK_2c7bad94d79b95a64afb8ef2365"`,
    );
    await q.query(
      `ALTER TABLE "project_milestones" DROP CONSTRAINT "FK_8ba18770ca02f01a93692282068"`,
    );
    await q.query(
      `ALTER TABLE "project_milestones" DROP CONSTRAINT "FK_4072d2ff8e9ee23e9e03e5f6721"`,
    );
    await q.query(`DROP INDEX "public"."ix_project_status_changes_project"`);
    await q.query(`DROP TABLE "project_status_changes"`);
    await q.query(`DROP INDEX "public"."ux_project_outcomes_period"`);
    await q.query(`DROP TABLE "project_outcomes"`);
    await q.query(`DROP INDEX "public"."ix_projects_status"`);
    await q.query(`DROP INDEX "public"."ix_projects_connection"`);
    await q.query(`DROP TABLE "projects"`);
    await q.query(`DROP INDEX "public"."ix_project_partners_project"`);
    await q.query(`DROP INDEX "public"."ix_project_partners_organization"`);
    await q.query(`DROP INDEX "public"."ix_project_partners_expert"`);
    await q.query(`DROP TABLE "project_partners"`);
    await q.query(`DROP INDEX "public"."ix_project_milestones_project"`);
    await q.query(`DROP INDEX "public"."ix_project_milestones_open_due"`);
    await q.query(`DROP TABLE "project_milestones"`);
  }
}
