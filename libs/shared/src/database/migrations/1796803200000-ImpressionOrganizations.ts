import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Impressions of college needs (issue 11): enterprises are ranked for colleges' needs and see
 * needs recommended, so lists gain the kinds `enterprise` (subject and candidate), and the
 * non-expert side of the pair, `college_id`, becomes `organization_id` (a college or an
 * enterprise), as in `connections`. Rows, the check and the foreign key are kept.
 */
export class ImpressionOrganizations1796803200000 implements MigrationInterface {
  name = 'ImpressionOrganizations1796803200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE "public"."match_subject_kind" ADD VALUE IF NOT EXISTS 'enterprise'`);
    await q.query(
      `ALTER TYPE "public"."match_candidate_kind" ADD VALUE IF NOT EXISTS 'enterprise'`,
    );
    await q.query(
      `ALTER TABLE "match_impressions" DROP CONSTRAINT "ck_match_impressions_one_candidate"`,
    );
    await q.query(
      `ALTER TABLE "match_impressions" RENAME COLUMN "college_id" TO "organization_id"`,
    );
    await q.query(
      `ALTER TABLE "match_impressions" RENAME CONSTRAINT "FK_b39328141ecc98aadf6e1593572" TO "FK_9d9f8de050b6e26d8679a355442"`,
    );
    await q.query(
      `ALTER TABLE "match_impressions" ADD CONSTRAINT "ck_match_impressions_one_candidate" CHECK ((expert_id IS NULL) <> (organization_id IS NULL))`,
    );
  }

  /** Deletes the enterprise impressions (the old model cannot hold them), then renames back. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM "match_impressions" WHERE subject_kind::text = 'enterprise' OR candidate_kind::text = 'enterprise'`,
    );
    await q.query(
      `ALTER TABLE "match_impressions" DROP CONSTRAINT "ck_match_impressions_one_candidate"`,
    );
    await q.query(
      `ALTER TABLE "match_impressions" RENAME CONSTRAINT "FK_9d9f8de050b6e26d8679a355442" TO "FK_b39328141ecc98aadf6e1593572"`,
    );
    await q.query(
      `ALTER TABLE "match_impressions" RENAME COLUMN "organization_id" TO "college_id"`,
    );
    await q.query(
      `ALTER TABLE "match_impressions" ADD CONSTRAINT "ck_match_impressions_one_candidate" CHECK ((expert_id IS NULL) <> (college_id IS NULL))`,
    );
    for (const [type, values] of [
      ['match_subject_kind', `'demand', 'expert', 'college'`],
      ['match_candidate_kind', `'expert', 'college', 'demand'`],
    ]) {
      const column = type === 'match_subject_kind' ? 'subject_kind' : 'candidate_kind';
      await q.query(`ALTER TYPE "public"."${type}" RENAME TO "${type}_old"`);
      await q.query(`CREATE TYPE "public"."${type}" AS ENUM(${values})`);
      await q.query(
        `ALTER TABLE "match_impressions" ALTER COLUMN "${column}" TYPE "public"."${type}" USING "${column}"::"text"::"public"."${type}"`,
      );
      await q.query(`DROP TYPE "public"."${type}_old"`);
    }
  }
}
