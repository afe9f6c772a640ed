import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * College needs (issue 11): colleges post demands of four kinds of their own. New enum values
 * only; existing demands are untouched. PostgreSQL cannot drop enum values, so `down` rebuilds
 * the type without them (and fails while a college need exists, which is the point).
 */
export class CollegeNeedKinds1796803000000 implements MigrationInterface {
  name = 'CollegeNeedKinds1796803000000';

  async up(q: QueryRunner): Promise<void> {
    for (const kind of [
      'part_time_teacher',
      'enterprise_mentor',
      'internship_base',
      'co_building',
    ]) {
      await q.query(`ALTER TYPE "public"."demand_kind" ADD VALUE IF NOT EXISTS '${kind}'`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE "public"."demand_kind" RENAME TO "demand_kind_old"`);
    await q.query(
      `CREATE TYPE "public"."demand_kind" AS ENUM('talent', 'rnd', 'training', 'teacher_practice')`,
    );
    await q.query(
      `ALTER TABLE "demands" ALTER COLUMN "kind" TYPE "public"."demand_kind" USING "kind"::"text"::"public"."demand_kind"`,
    );
    await q.query(`DROP TYPE "public"."demand_kind_old"`);
  }
}
