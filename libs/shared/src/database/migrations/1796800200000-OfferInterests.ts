import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Interest in offers, answered by their providers (issue 11). */

export class OfferInterests1796800200000 implements MigrationInterface {
  name = 'OfferInterests1796800200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "offer_interests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "offer_id" uuid NOT NULL, "owner_type" character varying(16) NOT NULL, "owner_expert_id" uuid, "owner_organization_id" uuid, "organization_id" uuid NOT NULL, "message" character varying(1000) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "decline_reason" "public"."connection_decline_reason", "decline_note" character varying(500), "created_by" uuid NOT NULL, "responded_at" TIMESTAMP WITH TIME ZONE, "responded_by" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_offer_interests_status" CHECK (status IN ('pending', 'connected', 'declined', 'withdrawn')), CONSTRAINT "ck_offer_interests_decline_note" CHECK (decline_reason IS DISTINCT FROM 'other' OR decline_note IS NOT NULL), CONSTRAINT "ck_offer_interests_one_owner" CHECK ((owner_type = 'expert' AND owner_expert_id IS NOT NULL AND owner_organization_id IS NULL) OR (owner_type = 'college' AND owner_organization_id IS NOT NULL AND owner_expert_id IS NULL)), CONSTRAINT "PK_57f14ebda9e4facaabef09e0481" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_offer_interests_owner_organization" ON "offer_interests"  ("owner_organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_offer_interests_owner_expert" ON "offer_interests"  ("owner_expert_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_offer_interests_organization" ON "offer_interests"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_offer_interests_offer_organization" ON "offer_interests"  ("offer_id", "organization_id") WHERE status <> 'withdrawn'`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer_interests" ADD CONSTRAINT "FK_b16a28ed1f97bfc938e9bf8a35b" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer_interests" ADD CONSTRAINT "FK_2bda31f2d1ecb9a8fb241e90cdf" FOREIGN KEY ("owner_expert_id") REFERENCES "experts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer_interests" ADD CONSTRAINT "FK_3541fb96e9f5af284321abf3ab1" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer_interests" ADD CONSTRAINT "FK_185c67a841ace8cae43d93ab185" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "offer_interests" DROP CONSTRAINT "FK_185c67a841ace8cae43d93ab185"`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer_interests" DROP CONSTRAINT "FK_3541fb96e9f5af284321abf3ab1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer_interests" DROP CONSTRAINT "FK_2bda31f2d1ecb9a8fb241e90cdf"`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer_interests" DROP CONSTRAINT "FK_b16a28ed1f97bfc938e9bf8a35b"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ux_offer_interests_offer_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_offer_interests_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_offer_interests_owner_expert"`);
    await queryRunner.query(`DROP INDEX "public"."ix_offer_interests_owner_organization"`);
    await queryRunner.query(`DROP TABLE "offer_interests"`);
  }
}
