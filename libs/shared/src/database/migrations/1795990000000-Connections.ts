import { MigrationInterface, QueryRunner } from 'typeorm';

export class Connections1795990000000 implements MigrationInterface {
  name = 'Connections1795990000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."connection_candidate_type" AS ENUM('expert', 'college')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."connection_initiator" AS ENUM('candidate', 'enterprise')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."connection_status" AS ENUM('pending', 'connected', 'declined', 'withdrawn')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."connection_decline_reason" AS ENUM('not_a_fit', 'capacity_full', 'budget', 'timing', 'other')`,
    );
    await queryRunner.query(
      `CREATE TABLE "connections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "demand_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "candidate_type" "public"."connection_candidate_type" NOT NULL, "expert_id" uuid, "college_id" uuid, "initiated_by" "public"."connection_initiator" NOT NULL, "message" character varying(1000) NOT NULL, "status" "public"."connection_status" NOT NULL DEFAULT 'pending', "decline_reason" "public"."connection_decline_reason", "decline_note" character varying(500), "created_by" uuid NOT NULL, "responded_at" TIMESTAMP WITH TIME ZONE, "responded_by" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_connections_decline_note" CHECK (decline_reason IS DISTINCT FROM 'other' OR decline_note IS NOT NULL), CONSTRAINT "ck_connections_one_candidate" CHECK ((candidate_type = 'expert' AND expert_id IS NOT NULL AND college_id IS NULL) OR (candidate_type = 'college' AND college_id IS NOT NULL AND expert_id IS NULL)), CONSTRAINT "PK_0a1f844af3122354cbd487a8d03" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_connections_college" ON "connections"  ("college_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_connections_expert" ON "connections"  ("expert_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_connections_enterprise" ON "connections"  ("enterprise_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_connections_demand_college" ON "connections"  ("demand_id", "college_id") WHERE status <> 'withdrawn'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_connections_demand_expert" ON "connections"  ("demand_id", "expert_id") WHERE status <> 'withdrawn'`,
    );
    await queryRunner.query(
      `ALTER TABLE "connections" ADD CONSTRAINT "FK_a565e361b2a874e745060d37427" FOREIGN KEY ("demand_id") REFERENCES "demands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "connections" ADD CONSTRAINT "FK_74f7852bcd3293da7cc103fb187" FOREIGN KEY ("enterprise_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "connections" ADD CONSTRAINT "FK_91081edc82e18dd24de9d7b0aa3" FOREIGN KEY ("expert_id") REFERENCES "experts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "connections" ADD CONSTRAINT "FK_2ef356bcb89fdbb3c89c97204fd" FOREIGN KEY ("college_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "connections" DROP CONSTRAINT "FK_2ef356bcb89fdbb3c89c97204fd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "connections" DROP CONSTRAINT "FK_91081edc82e18dd24de9d7b0aa3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "connections" DROP CONSTRAINT "FK_74f7852bcd3293da7cc103fb187"`,
    );
    await queryRunner.query(
      `ALTER TABLE "connections" DROP CONSTRAINT "FK_a565e361b2a874e745060d37427"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ux_connections_demand_expert"`);
    await queryRunner.query(`DROP INDEX "public"."ux_connections_demand_college"`);
    await queryRunner.query(`DROP INDEX "public"."ix_connections_enterprise"`);
    await queryRunner.query(`DROP INDEX "public"."ix_connections_expert"`);
    await queryRunner.query(`DROP INDEX "public"."ix_connections_college"`);
    await queryRunner.query(`DROP TABLE "connections"`);
    await queryRunner.query(`DROP TYPE "public"."connection_decline_reason"`);
    await queryRunner.query(`DROP TYPE "public"."connection_status"`);
    await queryRunner.query(`DROP TYPE "public"."connection_initiator"`);
    await queryRunner.query(`DROP TYPE "public"."connection_candidate_type"`);
  }
}
