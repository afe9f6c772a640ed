import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Imports remember the profiles they made, so admins can invite them to claim (ADR 0017). */
export class ProfileClaims1796800100000 implements MigrationInterface {
  name = 'ProfileClaims1796800100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "import_batches" ADD "created_ids" uuid array NOT NULL DEFAULT '{}'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "import_batches" DROP COLUMN "created_ids"`);
  }
}
