import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A JSON array, or an empty one when the value is anything else (so a lateral call never fails). */
const array = (json: string) =>
  `CASE WHEN jsonb_typeof(${json}) = 'array' THEN ${json} ELSE '[]'::jsonb END`;

/** A project's span as dates: its start (else its creation day) to the day after its end. */
const STARTS_ON = `COALESCE(p.start_date, (p.created_at AT TIME ZONE 'Asia/Shanghai')::date)`;
const ENDS_BEFORE = `p.end_date + 1`;

/**
 * The city's view of cooperation (issue 13): views over the programmes context's projects,
 * outcomes, teachers and practice logs that the insight context aggregates. Each row carries the
 * dates it spans (`starts_on`, `ends_before`; null: open), so one overlap test applies a period
 * to projects and outcomes alike: a year outcome spans its year, any other the project's span.
 */
export class InsightCooperation1797002000000 implements MigrationInterface {
  name = 'InsightCooperation1797002000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE VIEW "insight_cooperation_projects" AS
      SELECT p.id, p.kind, p.status, p.title, ${STARTS_ON} AS starts_on, ${ENDS_BEFORE} AS ends_before,
             CASE WHEN p.kind = 'competition' THEN p.details->>'level' END AS competition_level,
             CASE WHEN p.kind = 'rnd_project' AND jsonb_typeof(p.details->'budget') = 'number'
                  THEN (p.details->>'budget')::bigint END AS budget,
             CASE WHEN p.kind = 'rnd_project' THEN
               (SELECT count(*) FROM jsonb_array_elements(${array("p.details->'team'")}) m
                 WHERE m->>'role' = 'teacher')::int END AS team_teachers,
             CASE WHEN p.kind = 'incubation' THEN p.details->>'base' END AS incubation_base
        FROM projects p`);
    // Organisation partners only: a project counts in a district through them.
    await q.query(`CREATE VIEW "insight_project_partners" AS
      SELECT pp.project_id, pp.type AS partner_type, pp.organization_id, o.district
        FROM project_partners pp JOIN organizations o ON o.id = pp.organization_id`);
    await q.query(`CREATE VIEW "insight_project_outcomes" AS
      SELECT o.id, o.project_id, p.kind, o.period, o.figures, o.status = 'confirmed' AS confirmed,
             CASE WHEN o.period ~ '^[0-9]{4}$' THEN make_date(o.period::int, 1, 1)
                  ELSE ${STARTS_ON} END AS starts_on,
             CASE WHEN o.period ~ '^[0-9]{4}$' THEN make_date(o.period::int + 1, 1, 1)
                  ELSE ${ENDS_BEFORE} END AS ends_before
        FROM project_outcomes o JOIN projects p ON p.id = o.project_id`);
    await q.query(`CREATE VIEW "insight_incubation_founders" AS
      SELECT p.id AS project_id, (f->>'graduationYear')::int AS graduation_year
        FROM projects p
        CROSS JOIN LATERAL jsonb_array_elements(${array("p.details->'founders'")}) f
       WHERE p.kind = 'incubation' AND f->>'graduationYear' ~ '^[0-9]{4}$'`);
    // The colleges' yearly intake: the graduates of a year, near enough (programmes:totals).
    await q.query(`CREATE VIEW "insight_college_intake" AS
      SELECT o.id AS college_id, o.district,
             COALESCE((SELECT sum((m->>'annualIntake')::int)
                         FROM jsonb_array_elements(${array('o.majors')}) m
                        WHERE m->>'annualIntake' ~ '^[0-9]{1,6}$'), 0)::int AS annual_intake
        FROM organizations o WHERE o.kind = 'college'`);
    await q.query(`CREATE VIEW "insight_teachers" AS
      SELECT t.id, t.organization_id AS college_id, o.name AS college_name, o.district,
             t.certification->>'status' AS certification_status,
             CASE WHEN t.certification->>'certifiedOn' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
                  THEN (t.certification->>'certifiedOn')::date END AS certified_on
        FROM teachers t JOIN organizations o ON o.id = t.organization_id`);
    // The practice ledger's entries (libs/programmes practice-ledger.ts): teacher_practice
    // outcomes naming the teacher with the teacher's college a partner (year: the period, else
    // the practice's start), and two-for-one logs (year of their start); confirmed or not.
    await q.query(`CREATE VIEW "insight_practice" AS
      SELECT t.id AS teacher_id, t.organization_id AS college_id,
             CASE WHEN o.period ~ '^[0-9]{4}$' THEN o.period::int
                  WHEN p.details->>'from' ~ '^[0-9]{4}-' THEN left(p.details->>'from', 4)::int
             END AS year,
             (o.figures->>'daysConfirmed')::int AS days, 'project' AS source,
             o.status = 'confirmed' AS confirmed
        FROM project_outcomes o
        JOIN projects p ON p.id = o.project_id AND p.kind = 'teacher_practice'
        JOIN teachers t ON t.id::text = p.details->>'teacherId'
       WHERE EXISTS (SELECT 1 FROM project_partners pp
                      WHERE pp.project_id = p.id AND pp.organization_id = t.organization_id)
      UNION ALL
      SELECT l.teacher_id, l.college_id, extract(year FROM l.from_date)::int, l.days,
             'two_for_one', l.status = 'confirmed'
        FROM teacher_practice_logs l`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const view of [
      'insight_practice',
      'insight_teachers',
      'insight_college_intake',
      'insight_incubation_founders',
      'insight_project_outcomes',
      'insight_project_partners',
      'insight_cooperation_projects',
    ]) {
      await q.query(`DROP VIEW "${view}"`);
    }
  }
}
