import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The city's view (issue 13, ADR 0020): the SQL views the insight context owns over the other
 * contexts' tables (it imports none of their entities), the materialised facts per demand that
 * the platform statistics aggregate, and when each materialised view was last refreshed.
 */
export class InsightViews1797000000000 implements MigrationInterface {
  name = 'InsightViews1797000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "insight_refreshes" (
      "view_name" varchar(63) PRIMARY KEY,
      "refreshed_at" timestamptz NOT NULL,
      "duration_ms" integer NOT NULL)`);
    await q.query(`CREATE VIEW "insight_organizations" AS
      SELECT id, kind::text AS kind, status::text AS status, district, industry_code, level,
             created_at, reviewed_at
        FROM organizations`);
    await q.query(`CREATE VIEW "insight_experts" AS
      SELECT id, district, industry_codes, is_public, user_id IS NOT NULL AS claimed,
             availability::text AS availability, created_at
        FROM experts`);
    await q.query(`CREATE VIEW "insight_demands" AS
      SELECT id, organization_id, kind::text AS kind, status::text AS status, district,
             industry_code, skills, details, created_at, published_at, closed_at
        FROM demands`);
    await q.query(`CREATE VIEW "insight_projects" AS
      SELECT id, kind, status, start_date, end_date, created_at FROM projects`);
    // One row per demand ever published: when it was answered and how (connections are
    // interests from candidates and invitations from the owner). Headcount: talent demands only.
    await q.query(`CREATE MATERIALIZED VIEW "insight_demand_facts" AS
      SELECT d.id AS demand_id, d.organization_id, o.kind::text AS owner_kind, d.kind::text AS kind,
             d.status::text AS status, d.district, d.industry_code, d.published_at, d.closed_at,
             CASE WHEN d.kind = 'talent' AND d.details->>'headcount' ~ '^[0-9]{1,6}$'
                  THEN (d.details->>'headcount')::int END AS headcount,
             c.first_interest_at, c.first_invitation_at, c.first_connected_at,
             COALESCE(c.interests, 0) AS interests,
             COALESCE(c.interests_answered, 0) AS interests_answered,
             COALESCE(c.invitations, 0) AS invitations,
             COALESCE(c.invitations_answered, 0) AS invitations_answered,
             COALESCE(c.connected, 0) AS connected
        FROM demands d
        JOIN organizations o ON o.id = d.organization_id
        LEFT JOIN LATERAL (
          SELECT min(created_at) FILTER (WHERE initiated_by = 'candidate') AS first_interest_at,
                 min(created_at) FILTER (WHERE initiated_by = 'owner') AS first_invitation_at,
                 min(responded_at) FILTER (WHERE status = 'connected') AS first_connected_at,
                 count(*) FILTER (WHERE initiated_by = 'candidate') AS interests,
                 count(*) FILTER (WHERE initiated_by = 'candidate'
                                    AND status IN ('connected', 'declined')) AS interests_answered,
                 count(*) FILTER (WHERE initiated_by = 'owner') AS invitations,
                 count(*) FILTER (WHERE initiated_by = 'owner'
                                    AND status IN ('connected', 'declined')) AS invitations_answered,
                 count(*) FILTER (WHERE status = 'connected') AS connected
            FROM connections WHERE demand_id = d.id) c ON TRUE
       WHERE d.published_at IS NOT NULL`);
    // CONCURRENTLY needs a unique index; the others serve the filters.
    await q.query(
      `CREATE UNIQUE INDEX "ux_insight_demand_facts" ON "insight_demand_facts" ("demand_id")`,
    );
    await q.query(
      `CREATE INDEX "ix_insight_demand_facts_published" ON "insight_demand_facts" ("published_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_insight_demand_facts_district" ON "insight_demand_facts" ("district", "published_at")`,
    );
    await q.query(`INSERT INTO "insight_refreshes" VALUES ('insight_demand_facts', now(), 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP MATERIALIZED VIEW "insight_demand_facts"`);
    await q.query(`DROP VIEW "insight_projects"`);
    await q.query(`DROP VIEW "insight_demands"`);
    await q.query(`DROP VIEW "insight_experts"`);
    await q.query(`DROP VIEW "insight_organizations"`);
    await q.query(`DROP TABLE "insight_refreshes"`);
  }
}
