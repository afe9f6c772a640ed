import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Teachers of a college and two-for-one practice logs (issue 12, ADR 0019 addendum): majors,
 * links to an account and an expert profile, 双师型 certification and trainings; days spent on an
 * enterprise's R&D demand, confirmed by that enterprise.
 */
export class Teachers1796901000000 implements MigrationInterface {
  name = 'Teachers1796901000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "teacher_practice_logs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "teacher_id" uuid NOT NULL, "college_id" uuid NOT NULL, "demand_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "from_date" date NOT NULL, "to_date" date NOT NULL, "days" integer NOT NULL, "tasks" jsonb NOT NULL DEFAULT '[]', "status" character varying(16) NOT NULL DEFAULT 'reported', "logged_by" uuid, "logged_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_by" uuid, "confirmed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_618c257f4228a00713a0c9e6962" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_teacher_practice_logs_enterprise" ON "teacher_practice_logs"  ("enterprise_id", "status") `,
    );
    await q.query(
      `CREATE INDEX "ix_teacher_practice_logs_teacher" ON "teacher_practice_logs"  ("teacher_id", "from_date") `,
    );
    await q.query(
      `CREATE TABLE "teachers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" character varying(50) NOT NULL, "majors" jsonb NOT NULL DEFAULT '[]', "user_id" uuid, "expert_id" uuid, "certification" jsonb, "trainings" jsonb NOT NULL DEFAULT '[]', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a8d4f83be3abe4c687b0a0093c8" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_teachers_organization" ON "teachers"  ("organization_id", "name") `,
    );
    await q.query(
      `ALTER TABLE "teacher_practice_logs" ADD CONSTRAINT "FK_54b2351eedf6d803aee1bb61594" FOREIGN KEY ("teacher_id") REFERENCES "teachers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "teacher_practice_logs" ADD CONSTRAINT "FK_1de11eafbdca572e91b0f942513" FOREIGN KEY ("college_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "teacher_practice_logs" ADD CONSTRAINT "FK_c0313d2be206dd0a0b8f2adf6d6" FOREIGN KEY ("demand_id") REFERENCES "demands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "teacher_practice_logs" ADD CONSTRAINT "FK_1d976df5c47431cf0368359822f" FOREIGN KEY ("enterprise_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "teacher_practice_logs" ADD CONSTRAINT "FK_130d2efa7e370ab0173fa0c15d7" FOREIGN KEY ("logged_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "teacher_practice_logs" ADD CONSTRAINT "FK_80d2c3da10b82e5de71e2c36904" FOREIGN KEY ("confirmed_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "teachers" ADD CONSTRAINT "FK_caea52a0cdda7162b3407497fad" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "teachers" ADD CONSTRAINT "FK_4668d4752e6766682d1be0b346f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "teachers" ADD CONSTRAINT "FK_444fe78a245954a194148d40ce0" FOREIGN KEY ("expert_id") REFERENCES "experts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "teachers" DROP CONSTRAINT "FK_444fe78a245954a194148d40ce0"`);
    await q.query(`ALTER TABLE "teachers" DROP CONSTRAINT "FK_4668d4752e6766682d1be0b346f"`);
    await q.query(`ALTER TABLE "teachers" DROP CONSTRAINT "FK_caea52a0cdda7162b3407497fad"`);
    await q.query(
      `ALTER TABLE "teacher_practice_logs" DROP CONSTRAINT "FK_80d2c3da10b82e5de71e2c36904"`,
    );
    await q.query(
      `ALTER TABLE "teacher_practice_logs" DROP CONSTRAINT "FK_130d2efa7e370ab0173fa0c15d7"`,
    );
    await q.query(
      `ALTER TABLE "teacher_practice_logs" DROP CONSTRAINT "FK_1d976df5c47431cf0368359822f"`,
    );
    await q.query(
      `ALTER TABLE "teacher_practice_logs" DROP CONSTRAINT "FK_c0313d2be206dd0a0b8f2adf6d6"`,
    );
    await q.query(
      `ALTER TABLE "teacher_practice_logs" DROP CONSTRAINT "FK_1de11eafbdca572e91b0f942513"`,
    );
    await q.query(
      `ALTER TABLE "teacher_practice_logs" DROP CONSTRAINT "FK_54b2351eedf6d803aee1bb61594"`,
    );
    await q.query(`DROP INDEX "public"."ix_teachers_organization"`);
    await q.query(`DROP TABLE "teachers"`);
    await q.query(`DROP INDEX "public"."ix_teacher_practice_logs_teacher"`);
    await q.query(`DROP INDEX "public"."ix_teacher_practice_logs_enterprise"`);
    await q.query(`DROP TABLE "teacher_practice_logs"`);
  }
}
