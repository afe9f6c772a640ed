import { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedSearches1795980000000 implements MigrationInterface {
  name = 'SavedSearches1795980000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "saved_searches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(50) NOT NULL, "type" character varying(16) NOT NULL, "q" character varying(100) NOT NULL DEFAULT '', "filters" jsonb NOT NULL DEFAULT '{}', "alerts_enabled" boolean NOT NULL DEFAULT true, "last_run_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9a53c71ccc5cf66dcdc5b33dfe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_saved_searches_user_name" ON "saved_searches"  ("user_id", "name") `,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_searches" ADD CONSTRAINT "FK_8f01d13ac8e7b451d244674274f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "saved_searches" DROP CONSTRAINT "FK_8f01d13ac8e7b451d244674274f"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ux_saved_searches_user_name"`);
    await queryRunner.query(`DROP TABLE "saved_searches"`);
  }
}
