import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795971061858 implements MigrationInterface {
  name = 'InitialSchema1795971061858';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "event_type" character varying(64) NOT NULL, "aggregate_type" character varying(32) NOT NULL, "aggregate_id" uuid NOT NULL, "aggregate_version" integer NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_aggregate" ON "outbox_events"  ("aggregate_type", "aggregate_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_unpublished" ON "outbox_events"  ("id") WHERE published_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."organization_kind" AS ENUM('enterprise', 'college')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."verification_status" AS ENUM('pending', 'verified', 'rejected')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."enterprise_size" AS ENUM('micro', 'small', 'medium', 'large')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."organization_kind" NOT NULL, "name" character varying(100) NOT NULL, "district" character varying(16) NOT NULL, "description" text NOT NULL DEFAULT '', "tags" text array NOT NULL DEFAULT '{}', "status" "public"."verification_status" NOT NULL DEFAULT 'pending', "rejection_reason" character varying(500), "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "credit_code" character(18), "industry_code" character varying(5), "size" "public"."enterprise_size", "level" character varying(4), "majors" jsonb, "training_capacity" integer, "student_count" integer, "research_results" jsonb, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_organizations_credit_code" ON "organizations"  ("credit_code") WHERE credit_code IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_139f97ad88ba7b3640686a7dd4" ON "organizations"  ("industry_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_organizations_public" ON "organizations"  ("kind", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."user_role" AS ENUM('enterprise', 'college', 'expert', 'admin')`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "display_name" character varying(50) NOT NULL, "role" "public"."user_role" NOT NULL, "locale" character varying(8) NOT NULL DEFAULT 'zh-CN', "disabled_at" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(32), "user_agent" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_50ccaa6440288a06f0ba693ccc" ON "auth_sessions"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3bf308fa93da3966f9e76fcfba" ON "refresh_tokens"  ("session_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organization_members" ("organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(16) NOT NULL DEFAULT 'owner', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4812f00736e35131a65d6032da" PRIMARY KEY ("organization_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_organization_members_user" ON "organization_members"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."demand_kind" AS ENUM('talent', 'rnd', 'training', 'teacher_practice')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."demand_status" AS ENUM('draft', 'open', 'closed')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."demand_close_reason" AS ENUM('filled', 'expired', 'withdrawn')`,
    );
    await queryRunner.query(
      `CREATE TABLE "demands" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by" uuid NOT NULL, "kind" "public"."demand_kind" NOT NULL, "title" character varying(100) NOT NULL, "description" text NOT NULL DEFAULT '', "industry_code" character varying(5) NOT NULL, "district" character varying(16) NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "skills" text array NOT NULL DEFAULT '{}', "details" jsonb NOT NULL DEFAULT '{}', "deadline" date, "status" "public"."demand_status" NOT NULL DEFAULT 'draft', "close_reason" "public"."demand_close_reason", "close_note" character varying(500), "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d63565b0747a0cfc73e319bfc03" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_252a5086a16abc86efb7ed1928" ON "demands"  ("industry_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_demands_organization" ON "demands"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_demands_public" ON "demands"  ("status", "published_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."expert_availability" AS ENUM('available', 'limited', 'unavailable')`,
    );
    await queryRunner.query(
      `CREATE TABLE "experts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "name" character varying(50) NOT NULL, "title" character varying(50) NOT NULL DEFAULT '', "affiliation" character varying(100) NOT NULL DEFAULT '', "district" character varying(16) NOT NULL, "industry_codes" text array NOT NULL DEFAULT '{}', "fields" text array NOT NULL DEFAULT '{}', "skills" text array NOT NULL DEFAULT '{}', "services" text array NOT NULL DEFAULT '{}', "availability" "public"."expert_availability" NOT NULL DEFAULT 'available', "bio" text NOT NULL DEFAULT '', "is_public" boolean NOT NULL DEFAULT true, "contact" jsonb NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ecb9ec7e8b977b177fde797e6a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_experts_user" ON "experts"  ("user_id") WHERE user_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_experts_public" ON "experts"  ("is_public", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."offer_kind" AS ENUM('research_result', 'training_programme', 'consulting_service')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."offer_provider" AS ENUM('college', 'expert')`);
    await queryRunner.query(`CREATE TYPE "public"."offer_status" AS ENUM('active', 'archived')`);
    await queryRunner.query(
      `CREATE TABLE "offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."offer_kind" NOT NULL, "provider_type" "public"."offer_provider" NOT NULL, "organization_id" uuid, "expert_id" uuid, "created_by" uuid NOT NULL, "title" character varying(100) NOT NULL, "description" text NOT NULL DEFAULT '', "fields" text array NOT NULL DEFAULT '{}', "tags" text array NOT NULL DEFAULT '{}', "industry_codes" text array NOT NULL DEFAULT '{}', "status" "public"."offer_status" NOT NULL DEFAULT 'active', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_offers_one_provider" CHECK ((organization_id IS NULL) <> (expert_id IS NULL)), CONSTRAINT "PK_4c88e956195bba85977da21b8f4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_efca5c2e908392eab0c3b3c3e5" ON "offers"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a6c50f18f9a11901d9c51178fb" ON "offers"  ("expert_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_offers_public" ON "offers"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."import_type" AS ENUM('enterprises', 'colleges', 'experts')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."import_status" AS ENUM('validated', 'committed', 'expired')`,
    );
    await queryRunner.query(
      `CREATE TABLE "import_batches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" "public"."import_type" NOT NULL, "status" "public"."import_status" NOT NULL DEFAULT 'validated', "file_name" character varying(255) NOT NULL, "created_by" uuid NOT NULL, "report" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "committed_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6162597a2576c03e04bb2c1a2dd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_import_batches_expires" ON "import_batches"  ("expires_at") WHERE status = 'validated'`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_sessions" ADD CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4" FOREIGN KEY ("session_id") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_members" ADD CONSTRAINT "FK_7062a4fbd9bab22ffd918e5d3d9" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_members" ADD CONSTRAINT "FK_89bde91f78d36ca41e9515d91c6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "demands" ADD CONSTRAINT "FK_c4c378675a9044246fb92b53a62" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "experts" ADD CONSTRAINT "FK_2d75ec7643bb01369a822688468" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "FK_efca5c2e908392eab0c3b3c3e50" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "FK_a6c50f18f9a11901d9c51178fb0" FOREIGN KEY ("expert_id") REFERENCES "experts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "offers" DROP CONSTRAINT "FK_a6c50f18f9a11901d9c51178fb0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "offers" DROP CONSTRAINT "FK_efca5c2e908392eab0c3b3c3e50"`,
    );
    await queryRunner.query(
      `ALTER TABLE "experts" DROP CONSTRAINT "FK_2d75ec7643bb01369a822688468"`,
    );
    await queryRunner.query(
      `ALTER TABLE "demands" DROP CONSTRAINT "FK_c4c378675a9044246fb92b53a62"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_members" DROP CONSTRAINT "FK_89bde91f78d36ca41e9515d91c6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_members" DROP CONSTRAINT "FK_7062a4fbd9bab22ffd918e5d3d9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_import_batches_expires"`);
    await queryRunner.query(`DROP TABLE "import_batches"`);
    await queryRunner.query(`DROP TYPE "public"."import_status"`);
    await queryRunner.query(`DROP TYPE "public"."import_type"`);
    await queryRunner.query(`DROP INDEX "public"."ix_offers_public"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a6c50f18f9a11901d9c51178fb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_efca5c2e908392eab0c3b3c3e5"`);
    await queryRunner.query(`DROP TABLE "offers"`);
    await queryRunner.query(`DROP TYPE "public"."offer_status"`);
    await queryRunner.query(`DROP TYPE "public"."offer_provider"`);
    await queryRunner.query(`DROP TYPE "public"."offer_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_experts_public"`);
    await queryRunner.query(`DROP INDEX "public"."ux_experts_user"`);
    await queryRunner.query(`DROP TABLE "experts"`);
    await queryRunner.query(`DROP TYPE "public"."expert_availability"`);
    await queryRunner.query(`DROP INDEX "public"."ix_demands_public"`);
    await queryRunner.query(`DROP INDEX "public"."ix_demands_organization"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_252a5086a16abc86efb7ed1928"`);
    await queryRunner.query(`DROP TABLE "demands"`);
    await queryRunner.query(`DROP TYPE "public"."demand_close_reason"`);
    await queryRunner.query(`DROP TYPE "public"."demand_status"`);
    await queryRunner.query(`DROP TYPE "public"."demand_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ux_organization_members_user"`);
    await queryRunner.query(`DROP TABLE "organization_members"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3bf308fa93da3966f9e76fcfba"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_50ccaa6440288a06f0ba693ccc"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organizations_public"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_139f97ad88ba7b3640686a7dd4"`);
    await queryRunner.query(`DROP INDEX "public"."ux_organizations_credit_code"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP TYPE "public"."enterprise_size"`);
    await queryRunner.query(`DROP TYPE "public"."verification_status"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_unpublished"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_aggregate"`);
    await queryRunner.query(`DROP TABLE "outbox_events"`);
  }
}
