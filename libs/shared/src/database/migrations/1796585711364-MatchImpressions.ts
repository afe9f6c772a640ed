import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Match impressions: each candidate shown in a ranked list (a demand's matches, an expert's or a
 * college's recommendations), one row per list subject and candidate with the latest position,
 * score and features and how often it was shown: the feedback `npm run matching:fit` learns from.
 */
export class MatchImpressions1796585711364 implements MigrationInterface {
  name = 'MatchImpressions1796585711364';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."match_candidate_kind" AS ENUM('expert', 'college', 'demand')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."match_subject_kind" AS ENUM('demand', 'expert', 'college')`,
    );
    await queryRunner.query(
      `CREATE TABLE "match_impressions" ("subject_id" uuid NOT NULL, "candidate_kind" "public"."match_candidate_kind" NOT NULL, "candidate_id" uuid NOT NULL, "subject_kind" "public"."match_subject_kind" NOT NULL, "demand_id" uuid NOT NULL, "expert_id" uuid, "college_id" uuid, "position" integer NOT NULL, "score" double precision NOT NULL, "features" jsonb NOT NULL, "shown_count" integer NOT NULL DEFAULT '1', "top5_count" integer NOT NULL DEFAULT '0', "first_shown_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_shown_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "first_top5_at" TIMESTAMP WITH TIME ZONE, "last_viewer_id" uuid NOT NULL, CONSTRAINT "ck_match_impressions_one_candidate" CHECK ((expert_id IS NULL) <> (college_id IS NULL)), CONSTRAINT "PK_cab9e38b9ff2806d3ccf6ee1fb9" PRIMARY KEY ("subject_id", "candidate_kind", "candidate_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_match_impressions_demand" ON "match_impressions"  ("demand_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "match_impressions" ADD CONSTRAINT "FK_dc7914806f062a023c78d9aab18" FOREIGN KEY ("demand_id") REFERENCES "demands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_impressions" ADD CONSTRAINT "FK_e7c381ad9c9681e5030b174a891" FOREIGN KEY ("expert_id") REFERENCES "experts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_impressions" ADD CONSTRAINT "FK_b39328141ecc98aadf6e1593572" FOREIGN KEY ("college_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "match_impressions" DROP CONSTRAINT "FK_b39328141ecc98aadf6e1593572"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_impressions" DROP CONSTRAINT "FK_e7c381ad9c9681e5030b174a891"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_impressions" DROP CONSTRAINT "FK_dc7914806f062a023c78d9aab18"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_match_impressions_demand"`);
    await queryRunner.query(`DROP TABLE "match_impressions"`);
    await queryRunner.query(`DROP TYPE "public"."match_subject_kind"`);
    await queryRunner.query(`DROP TYPE "public"."match_candidate_kind"`);
  }
}
