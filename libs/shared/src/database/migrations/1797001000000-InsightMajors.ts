import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Majors against demand (issue 13): the colleges' majors one row each (from the organisations'
 * jsonb, malformed figures read as unknown) and the published demands with what they say about
 * majors, for the insight context's majors section. Live views: the section reads them as is.
 */
export class InsightMajors1797001000000 implements MigrationInterface {
  name = 'InsightMajors1797001000000';

  async up(q: QueryRunner): Promise<void> {
    const int = (field: string, digits: string) =>
      `CASE WHEN m->>'${field}' ~ '^[0-9]{${digits}}$' THEN (m->>'${field}')::int END`;
    await q.query(`CREATE VIEW "insight_college_majors" AS
      SELECT o.id AS college_id, o.name AS college_name, o.district, o.status::text AS status,
             m->>'code' AS major_code, m->>'name' AS major_name,
             ${int('annualIntake', '1,6')} AS intake,
             ${int('annualGraduates', '1,6')} AS graduates,
             ${int('openedYear', '4')} AS opened_year,
             ${int('closedYear', '4')} AS closed_year
        FROM organizations o
        CROSS JOIN LATERAL jsonb_array_elements(
          CASE WHEN jsonb_typeof(o.majors) = 'array' THEN o.majors ELSE '[]'::jsonb END) m
       WHERE o.kind = 'college' AND jsonb_typeof(m) = 'object'`);
    // Headcount: talent demands only; the major a demand names, by code, codes or name.
    await q.query(`CREATE VIEW "insight_major_postings" AS
      SELECT d.id, d.title, d.kind::text AS kind, d.status::text AS status, d.district,
             d.industry_code, d.skills, d.published_at,
             CASE WHEN d.kind = 'talent' AND d.details->>'headcount' ~ '^[0-9]{1,6}$'
                  THEN (d.details->>'headcount')::int END AS headcount,
             d.details->>'majorCode' AS major_code,
             d.details->>'majorName' AS major_name,
             CASE WHEN jsonb_typeof(d.details->'majorCodes') = 'array'
                  THEN ARRAY(SELECT jsonb_array_elements_text(d.details->'majorCodes'))
                  ELSE '{}'::text[] END AS major_codes
        FROM demands d
       WHERE d.published_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "insight_major_postings"`);
    await q.query(`DROP VIEW "insight_college_majors"`);
  }
}
