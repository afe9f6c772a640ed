import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log (ADR 0014): append-only, indexed for the admins' filters, newest first. */
export class AuditLog1796609945204 implements MigrationInterface {
  name = 'AuditLog1796609945204';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "audit_entries" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "actor_id" uuid, "actor_role" character varying(16), "action" character varying(64) NOT NULL, "target_type" character varying(32) NOT NULL, "target_id" uuid NOT NULL, "organization_id" uuid, "district" character varying(16), "details" jsonb NOT NULL DEFAULT '{}', "request_id" character varying(128), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_audit_organization" ON "audit_entries" ("organization_id", "occurred_at") `,
    );
    await q.query(`CREATE INDEX "ix_audit_action" ON "audit_entries" ("action", "occurred_at") `);
    await q.query(
      `CREATE INDEX "ix_audit_target" ON "audit_entries" ("target_type", "target_id", "occurred_at") `,
    );
    await q.query(`CREATE INDEX "ix_audit_actor" ON "audit_entries" ("actor_id", "occurred_at") `);
    await q.query(`CREATE INDEX "ix_audit_occurred_at" ON "audit_entries" ("occurred_at", "id") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_audit_occurred_at"`);
    await q.query(`DROP INDEX "public"."ix_audit_actor"`);
    await q.query(`DROP INDEX "public"."ix_audit_target"`);
    await q.query(`DROP INDEX "public"."ix_audit_action"`);
    await q.query(`DROP INDEX "public"."ix_audit_organization"`);
    await q.query(`DROP TABLE "audit_entries"`);
  }
}
