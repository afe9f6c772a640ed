import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PRACTICE_DAYS_PER_YEAR } from '@app/programmes';

interface Row {
  [key: string]: string | number | null;
}

/**
 * The city's cooperation figures the seed speech quotes, computed from the projects and their
 * outcomes in PostgreSQL (not from constants): the demo prints them after seeding (issue 12).
 * Confirmed figures only, except where noted.
 */
export async function programmeTotals(app: INestApplicationContext): Promise<void> {
  const db = app.get<DataSource>(getDataSourceToken());
  const one = async (sql: string): Promise<Row> => ((await db.query(sql)) as Row[])[0] ?? {};
  const int = (v: unknown) => Number(v ?? 0);
  const pct = (part: unknown, whole: unknown) =>
    int(whole) > 0 ? `${((100 * int(part)) / int(whole)).toFixed(1)}%` : '—';

  const orderClass = await one(`
    SELECT p.title, sum((o.figures->>'hiredByEnterprise')::int) AS hired,
           sum((o.figures->>'inKeyPosts')::int) AS key_posts
      FROM projects p JOIN project_outcomes o ON o.project_id = p.id AND o.status = 'confirmed'
     WHERE p.kind = 'order_class'
     GROUP BY p.id, p.title ORDER BY hired DESC NULLS LAST LIMIT 1`);
  const industryCollege = await one(`
    SELECT p.title, o.period, (o.figures->>'graduates')::int AS graduates,
           (o.figures->>'employed')::int AS employed,
           (o.figures->>'employedInChain')::int AS in_chain
      FROM projects p JOIN project_outcomes o ON o.project_id = p.id AND o.status = 'confirmed'
     WHERE p.kind = 'industry_college'
     ORDER BY (o.figures->>'graduates')::int DESC, o.period DESC LIMIT 1`);
  const rndTeachers = await one(`
    SELECT count(DISTINCT m->>'name') AS teachers, count(DISTINCT p.id) AS projects
      FROM projects p CROSS JOIN LATERAL jsonb_array_elements(p.details->'team') m
     WHERE p.kind = 'rnd_project' AND m->>'role' = 'teacher'
       AND p.start_date >= (date_trunc('year', now()) - interval '4 years')::date`);
  const saving = await one(`
    SELECT p.title, (o.figures->>'costSaving')::bigint AS saving,
           (SELECT count(*) FROM jsonb_array_elements(p.details->'team') m
             WHERE m->>'role' = 'teacher') AS teachers
      FROM projects p JOIN project_outcomes o ON o.project_id = p.id AND o.status = 'confirmed'
     WHERE p.kind = 'rnd_project' AND o.figures ? 'costSaving'
     ORDER BY saving DESC LIMIT 1`);
  // Jobs are as reported (the start-ups report them; most are not confirmed yet).
  const incubation = await one(`
    SELECT count(DISTINCT p.details->>'base') AS bases, count(DISTINCT p.id) AS entities,
           coalesce(sum((o.figures->>'jobsCreated')::int), 0) AS jobs
      FROM projects p LEFT JOIN project_outcomes o ON o.project_id = p.id
     WHERE p.kind = 'incubation'`);

  // Graduates of a year, near enough: the colleges' yearly intake of their majors.
  const rates = (await db.query(`
    WITH graduates AS (
      SELECT coalesce(sum((m->>'annualIntake')::int), 0) AS n
        FROM organizations o CROSS JOIN LATERAL jsonb_array_elements(o.majors) m
       WHERE o.kind = 'college' AND o.majors IS NOT NULL
    ), founders AS (
      SELECT (f->>'graduationYear')::int AS year, count(*) AS n
        FROM projects p CROSS JOIN LATERAL jsonb_array_elements(p.details->'founders') f
       WHERE p.kind = 'incubation' GROUP BY 1
    )
    SELECT f.year, f.n AS founders, g.n AS graduates FROM founders f, graduates g
     WHERE f.year BETWEEN 2021 AND 2024 ORDER BY f.year`)) as Row[];

  const teachers = await one(`
    SELECT count(*) FILTER (WHERE t.certification->>'certifiedOn' LIKE '2024-%'
                              AND t.certification->>'status' = 'valid') AS certified_2024,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(t.trainings) x
                                           WHERE x->>'from' LIKE '2024-%')) AS trained_2024
      FROM teachers t`);
  // This year's practice of the college with the most recorded: confirmed days per teacher.
  const practice = await one(`
    WITH days AS (
      SELECT t.id, t.organization_id, coalesce(sum((o.figures->>'daysConfirmed')::int), 0)
             + coalesce((SELECT sum(l.days) FROM teacher_practice_logs l
                          WHERE l.teacher_id = t.id AND l.status = 'confirmed'
                            AND extract(year FROM l.from_date) = extract(year FROM now())), 0) AS n
        FROM teachers t
        LEFT JOIN projects p ON p.kind = 'teacher_practice' AND p.details->>'teacherId' = t.id::text
        LEFT JOIN project_outcomes o ON o.project_id = p.id AND o.status = 'confirmed'
             AND o.period = extract(year FROM now())::text
       GROUP BY t.id, t.organization_id
    )
    SELECT org.name, count(*) AS teachers, count(*) FILTER (WHERE d.n < ${PRACTICE_DAYS_PER_YEAR}) AS short
      FROM days d JOIN organizations org ON org.id = d.organization_id
     GROUP BY org.id, org.name ORDER BY sum(d.n) DESC LIMIT 1`);

  console.log('产教合作成效 (computed from the database):');
  console.log(
    `  订单班 ${orderClass.title ?? '—'}: 输送毕业生 ${int(orderClass.hired)} 名, 技术骨干 ${pct(orderClass.key_posts, orderClass.hired)}`,
  );
  console.log(
    `  产业学院 ${industryCollege.title ?? '—'} (${industryCollege.period ?? '—'}): 就业率 ${pct(industryCollege.employed, industryCollege.graduates)}, 链上就业 ${pct(industryCollege.in_chain, industryCollege.employed)}`,
  );
  console.log(
    `  教师参与企业研发: ${int(rndTeachers.teachers)} 名 (${int(rndTeachers.projects)} 个项目); ${saving.title ?? '—'}: ${int(saving.teachers)} 名教师, 节约成本 ${(int(saving.saving) / 10_000).toFixed(0)} 万元`,
  );
  console.log(
    `  创业孵化: ${int(incubation.bases)} 个基地, 入驻实体 ${int(incubation.entities)} 家, 带动就业 ${int(incubation.jobs)} 人`,
  );
  console.log(
    `  双师型教师: 2024年认定 ${int(teachers.certified_2024)} 名, 参加国家级、省级培训 ${int(teachers.trained_2024)} 名`,
  );
  console.log(
    `  教师企业实践 (${new Date().getFullYear()}年, 每年不少于 ${PRACTICE_DAYS_PER_YEAR} 天): ${practice.name ?? '—'} ${int(practice.teachers)} 名教师中 ${int(practice.short)} 名尚不足`,
  );
  console.log(
    `  毕业生创业率: ${rates.map((r) => `${r.year} ${pct(r.founders, r.graduates)}`).join(' → ') || '—'}`,
  );
}
