import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Connections between a demand's owner and a candidate, whoever they are (issue 11): colleges
 * own needs and invite experts and enterprises; enterprises express interest in them. Renames keep
 * every row, constraint and index:
 * - `enterprise_id` → `owner_id` (the demand's organisation, an enterprise or a college),
 * - `college_id` → `candidate_organization_id` (the candidate college or enterprise),
 * - `connection_initiator` value `enterprise` → `owner`,
 * - `connection_candidate_type` gains `enterprise` (the type is rebuilt: a value added with
 *   ADD VALUE cannot be used in the same transaction, and the check below uses it),
 * - a candidate organisation can never be the owner itself (`ck_connections_not_own`).
 */
export class ConnectionOwnersAndCandidates1796803100000 implements MigrationInterface {
  name = 'ConnectionOwnersAndCandidates1796803100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "connections" DROP CONSTRAINT "ck_connections_one_candidate"`);
    await q.query(`ALTER TABLE "connections" RENAME COLUMN "enterprise_id" TO "owner_id"`);
    await q.query(
      `ALTER TABLE "connections" RENAME COLUMN "college_id" TO "candidate_organization_id"`,
    );
    await q.query(
      `ALTER INDEX "public"."ix_connections_enterprise" RENAME TO "ix_connections_owner"`,
    );
    await q.query(
      `ALTER INDEX "public"."ix_connections_college" RENAME TO "ix_connections_candidate_organization"`,
    );
    await q.query(
      `ALTER INDEX "public"."ux_connections_demand_college" RENAME TO "ux_connections_demand_organization"`,
    );
    await q.query(
      `ALTER TABLE "connections" RENAME CONSTRAINT "FK_74f7852bcd3293da7cc103fb187" TO "FK_46d59723110fa83f910f4263565"`,
    );
    await q.query(
      `ALTER TABLE "connections" RENAME CONSTRAINT "FK_2ef356bcb89fdbb3c89c97204fd" TO "FK_eacffb8407bc74d8d0c8c29ced7"`,
    );
    await q.query(
      `ALTER TYPE "public"."connection_initiator" RENAME VALUE 'enterprise' TO 'owner'`,
    );
    await q.query(
      `ALTER TYPE "public"."connection_candidate_type" RENAME TO "connection_candidate_type_old"`,
    );
    await q.query(
      `CREATE TYPE "public"."connection_candidate_type" AS ENUM('expert', 'college', 'enterprise')`,
    );
    await q.query(
      `ALTER TABLE "connections" ALTER COLUMN "candidate_type" TYPE "public"."connection_candidate_type" USING "candidate_type"::"text"::"public"."connection_candidate_type"`,
    );
    await q.query(`DROP TYPE "public"."connection_candidate_type_old"`);
    await q.query(
      `ALTER TABLE "connections" ADD CONSTRAINT "ck_connections_one_candidate" CHECK ((candidate_type = 'expert' AND expert_id IS NOT NULL AND candidate_organization_id IS NULL) OR (candidate_type IN ('college', 'enterprise') AND candidate_organization_id IS NOT NULL AND expert_id IS NULL))`,
    );
    await q.query(
      `ALTER TABLE "connections" ADD CONSTRAINT "ck_connections_not_own" CHECK (candidate_organization_id IS DISTINCT FROM owner_id)`,
    );
  }

  /** Fails while an enterprise candidate exists: the old model cannot hold one. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "connections" DROP CONSTRAINT "ck_connections_not_own"`);
    await q.query(`ALTER TABLE "connections" DROP CONSTRAINT "ck_connections_one_candidate"`);
    await q.query(
      `ALTER TYPE "public"."connection_candidate_type" RENAME TO "connection_candidate_type_old"`,
    );
    await q.query(`CREATE TYPE "public"."connection_candidate_type" AS ENUM('expert', 'college')`);
    await q.query(
      `ALTER TABLE "connections" ALTER COLUMN "candidate_type" TYPE "public"."connection_candidate_type" USING "candidate_type"::"text"::"public"."connection_candidate_type"`,
    );
    await q.query(`DROP TYPE "public"."connection_candidate_type_old"`);
    await q.query(
      `ALTER TYPE "public"."connection_initiator" RENAME VALUE 'owner' TO 'enterprise'`,
    );
    await q.query(
      `ALTER TABLE "connections" RENAME CONSTRAINT "FK_eacffb8407bc74d8d0c8c29ced7" TO "FK_2ef356bcb89fdbb3c89c97204fd"`,
    );
    await q.query(
      `ALTER TABLE "connections" RENAME CONSTRAINT "FK_46d59723110fa83f910f4263565" TO "FK_74f7852bcd3293da7cc103fb187"`,
    );
    await q.query(
      `ALTER INDEX "public"."ux_connections_demand_organization" RENAME TO "ux_connections_demand_college"`,
    );
    await q.query(
      `ALTER INDEX "public"."ix_connections_candidate_organization" RENAME TO "ix_connections_college"`,
    );
    await q.query(
      `ALTER INDEX "public"."ix_connections_owner" RENAME TO "ix_connections_enterprise"`,
    );
    await q.query(
      `ALTER TABLE "connections" RENAME COLUMN "candidate_organization_id" TO "college_id"`,
    );
    await q.query(`ALTER TABLE "connections" RENAME COLUMN "owner_id" TO "enterprise_id"`);
    await q.query(
      `ALTER TABLE "connections" ADD CONSTRAINT "ck_connections_one_candidate" CHECK ((candidate_type = 'expert' AND expert_id IS NOT NULL AND college_id IS NULL) OR (candidate_type = 'college' AND college_id IS NOT NULL AND expert_id IS NULL))`,
    );
  }
}
