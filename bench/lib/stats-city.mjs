/**
 * The city at 100× for `npm run bench:stats` (issue 13), generated directly in SQL on a freshly
 * migrated database: set-based INSERT … SELECT … FROM generate_series, deterministic (hashes of
 * the row number, no random()), in one transaction — seconds, not minutes.
 *
 * At scale 1: 12,000 enterprises and 1,100 colleges (mostly verified), 60,000 experts, 30,000
 * demands over three years (kinds and states as the platform sees them; talent demands carry
 * {type, headcount, majorCode}), ≈ 2 connections per published demand (interests and
 * invitations with created/responded times and states), 20,000 projects of the 7 kinds with
 * partners, outcomes per kind (the figures of libs/programmes/src/outcome-rules.ts, some
 * confirmed) and milestones, 30,000 teachers with 双师型 certifications and 15,000 practice logs.
 * Districts, GB/T 4754 classes and major codes come from libs/reference (all valid).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CITY_COUNTS = {
  enterprises: 12_000,
  colleges: 1_100,
  experts: 60_000,
  demands: 30_000,
  projects: 20_000,
  teachers: 30_000,
  practiceLogs: 15_000,
};

/** The counts at `scale` (1 = 100× the demo city), each at least `min`. */
export function scaledCounts(scale, min = 5) {
  if (!(scale > 0)) throw new Error(`scale must be a positive number, not ${scale}`);
  return Object.fromEntries(
    Object.entries(CITY_COUNTS).map(([k, n]) => [k, Math.max(min, Math.round(n * scale))]),
  );
}

/** A SQL text[] literal of constants (single quotes doubled). */
export function sqlTextArray(values) {
  return `ARRAY[${values.map((v) => `'${String(v).replace(/'/g, "''")}'`).join(',')}]::text[]`;
}

/** Reference codes the generator draws from. */
export function referenceCodes(root) {
  const read = (p) => JSON.parse(readFileSync(join(root, 'libs/reference/src', p), 'utf8'));
  const districts = read('districts/districts.json').districts.map((d) => d.code);
  const classes = read('industries/gbt4754.json').classes.map((c) => c.code);
  const majors = read('majors/majors.json').majors.map((m) => ({ code: m.code, name: m.name }));
  return { districts, classes, majors };
}

// A deterministic pseudo-random integer in [0, n) from a row number and a salt (SQL).
const h = (expr, salt, n) => `((hashint4((${expr})::int * 31 + ${salt}) & 2147483647) % ${n})`;

/** The statements, in order (one transaction). */
export function cityStatements(counts, ref) {
  const D = sqlTextArray(ref.districts);
  const C = sqlTextArray(ref.classes);
  const MC = sqlTextArray(ref.majors.map((m) => m.code));
  const MN = sqlTextArray(ref.majors.map((m) => m.name));
  const nm = ref.majors.length;
  // Skewed district pick: the first districts (the city proper) are busier.
  const district = (g, salt) =>
    `(${D})[1 + least(${h(g, salt, 100)} / 11, ${ref.districts.length - 1})]`;
  // Three years back from now, skewed towards recent months (growth).
  const past = (g, salt) =>
    `now() - make_interval(days => (1095 * sqrt(${h(g, salt, 10000)} / 10000.0))::int, secs => ${h(g, salt + 1, 86400)})`;
  return [
    `INSERT INTO users (email, password_hash, display_name, role)
     VALUES ('bench-stats-owner@bench.local', 'x', '基准数据', 'enterprise')`,
    `CREATE TEMP TABLE bench_user AS SELECT id FROM users WHERE email = 'bench-stats-owner@bench.local'`,
    // Enterprises: 85 % verified, 10 % pending, 5 % rejected.
    `INSERT INTO organizations (kind, name, district, description, tags, status, reviewed_at,
                                industry_code, size, created_at)
     SELECT 'enterprise', '基准企业' || g || '号有限公司', ${district('g', 1)}, '基准数据', '{}',
            (CASE WHEN ${h('g', 2, 100)} < 85 THEN 'verified' WHEN ${h('g', 2, 100)} < 95 THEN 'pending'
                  ELSE 'rejected' END)::verification_status,
            CASE WHEN ${h('g', 2, 100)} < 95 AND ${h('g', 2, 100)} >= 85 THEN NULL ELSE now() END,
            (${C})[1 + ${h('g', 3, ref.classes.length)}],
            (ARRAY['micro','small','small','medium','medium','large'])[1 + ${h('g', 4, 6)}]::enterprise_size,
            ${past('g', 5)}
       FROM generate_series(0, ${counts.enterprises - 1}) g`,
    // Colleges: majors from the catalogue with intake, graduates, opened and (some) closed years.
    `INSERT INTO organizations (kind, name, district, description, tags, status, reviewed_at, level,
                                majors, training_capacity, student_count, created_at)
     SELECT 'college', '基准职业学院' || g || '号', ${district('g', 11)}, '基准数据', '{}',
            (CASE WHEN ${h('g', 12, 100)} < 90 THEN 'verified' ELSE 'pending' END)::verification_status,
            now(), (ARRAY['中职','高职','高职','本科','技工'])[1 + ${h('g', 13, 5)}],
            (SELECT jsonb_agg(jsonb_build_object(
                      'code', (${MC})[1 + (${h('g', 14, nm)} + k * 7) % ${nm}],
                      'name', (${MN})[1 + (${h('g', 14, nm)} + k * 7) % ${nm}],
                      'annualIntake', 40 + ${h('g * 10 + k', 15, 260)},
                      'annualGraduates', 30 + ${h('g * 10 + k', 16, 220)},
                      'openedYear', 2000 + ${h('g * 10 + k', 17, 24)},
                      'closedYear', CASE WHEN ${h('g * 10 + k', 18, 10)} = 0 THEN 2024 + ${h('g * 10 + k', 19, 3)} END)
                    ORDER BY k)
               FROM generate_series(0, 2 + ${h('g', 20, 6)}) k),
            200 + ${h('g', 21, 800)}, 800 + ${h('g', 22, 12000)}, ${past('g', 23)}
       FROM generate_series(0, ${counts.colleges - 1}) g`,
    `CREATE TEMP TABLE b_ent AS SELECT row_number() OVER (ORDER BY name) - 1 AS i, id, district, industry_code
       FROM organizations WHERE kind = 'enterprise'`,
    `CREATE TEMP TABLE b_col AS SELECT row_number() OVER (ORDER BY name) - 1 AS i, id, district
       FROM organizations WHERE kind = 'college'`,
    `INSERT INTO experts (name, title, affiliation, district, industry_codes, fields, skills, services,
                          availability, bio, is_public, user_id, created_at)
     SELECT '基准专家' || g, '高级工程师', '基准单位', ${district('g', 31)},
            ARRAY[(${C})[1 + ${h('g', 32, ref.classes.length)}], (${C})[1 + ${h('g', 33, ref.classes.length)}]],
            '{}', '{}', ARRAY['consulting'],
            (ARRAY['available','available','limited','unavailable'])[1 + ${h('g', 34, 4)}]::expert_availability,
            '', ${h('g', 35, 10)} <> 0, NULL, ${past('g', 36)}
       FROM generate_series(0, ${counts.experts - 1}) g`,
    `CREATE TEMP TABLE b_exp AS SELECT row_number() OVER (ORDER BY name) - 1 AS i, id FROM experts`,
    // Demands: 8 kinds (talent, R&D and training most), 8 % drafts, then open or closed; talent
    // demands say what they hire for, how many and for which major.
    `INSERT INTO demands (organization_id, created_by, kind, title, industry_code, district, skills,
                          details, status, close_reason, published_at, closed_at, created_at)
     SELECT e.id, (SELECT id FROM bench_user), x.kind::demand_kind, '基准需求' || g, e.industry_code,
            e.district, ARRAY['焊接'],
            CASE WHEN x.kind = 'talent' THEN jsonb_build_object(
                   'type', (ARRAY['order_class','internship','hiring','hiring'])[1 + ${h('g', 41, 4)}],
                   'headcount', 1 + ${h('g', 42, 40)},
                   'majorCode', (${MC})[1 + ${h('g', 43, nm)}])
                 ELSE '{}'::jsonb END,
            x.status::demand_status,
            CASE WHEN x.status = 'closed' THEN (ARRAY['filled','expired','withdrawn'])[1 + ${h('g', 44, 3)}]::demand_close_reason END,
            CASE WHEN x.status <> 'draft' THEN x.created END,
            CASE WHEN x.status = 'closed' THEN least(now(), x.created + make_interval(days => 5 + ${h('g', 45, 120)})) END,
            x.created
       FROM generate_series(0, ${counts.demands - 1}) g
       JOIN b_ent e ON e.i = ${h('g', 46, counts.enterprises)}
       CROSS JOIN LATERAL (SELECT
            (ARRAY['talent','talent','talent','rnd','rnd','training','training','teacher_practice',
                   'part_time_teacher','enterprise_mentor','internship_base','co_building'])[1 + ${h('g', 47, 12)}] AS kind,
            CASE WHEN ${h('g', 48, 100)} < 8 THEN 'draft' WHEN ${h('g', 48, 100)} < 55 THEN 'open' ELSE 'closed' END AS status,
            ${past('g', 49)} AS created) x`,
    `CREATE TEMP TABLE b_dem AS SELECT row_number() OVER (ORDER BY title) - 1 AS i, id, organization_id,
            kind, published_at FROM demands WHERE published_at IS NOT NULL`,
    // ≈ 2 connections per published demand: interests (candidate) and invitations (owner).
    `INSERT INTO connections (demand_id, owner_id, candidate_type, expert_id, initiated_by, message,
                              status, decline_reason, created_by, responded_at, created_at)
     SELECT d.id, d.organization_id, 'expert', x.id,
            (CASE WHEN ${h('d.i * 4 + k', 51, 100)} < 65 THEN 'candidate' ELSE 'owner' END)::connection_initiator,
            '基准对接', s.status::connection_status,
            CASE WHEN s.status = 'declined' THEN 'not_a_fit'::connection_decline_reason END,
            (SELECT id FROM bench_user),
            CASE WHEN s.status IN ('connected','declined')
                 THEN least(now(), c.at + make_interval(hours => 2 + ${h('d.i * 4 + k', 52, 24 * 20)})) END,
            c.at
       FROM b_dem d
       CROSS JOIN generate_series(0, 3) k
       JOIN b_exp x ON x.i = (d.i * 7 + k * 131) % ${counts.experts}
       CROSS JOIN LATERAL (SELECT least(now(), d.published_at + make_interval(hours => 1 + ${h('d.i * 4 + k', 53, 24 * 30)})) AS at) c
       CROSS JOIN LATERAL (SELECT CASE WHEN ${h('d.i * 4 + k', 54, 100)} < 30 THEN 'pending'
                                       WHEN ${h('d.i * 4 + k', 54, 100)} < 65 THEN 'connected'
                                       WHEN ${h('d.i * 4 + k', 54, 100)} < 90 THEN 'declined'
                                       ELSE 'withdrawn' END AS status) s
      WHERE k < 1 + ${h('d.i', 55, 3)} + (${h('d.i', 56, 4)} = 0)::int`,
    // Projects of the 7 kinds between an enterprise and a college (a third with an expert too).
    `INSERT INTO projects (kind, title, status, start_date, end_date, created_by, created_at)
     SELECT x.kind, '基准项目' || g,
            (ARRAY['planned','running','running','running','completed','completed','stopped'])[1 + ${h('g', 61, 7)}],
            (x.created + interval '20 days')::date,
            (x.created + make_interval(days => 200 + ${h('g', 62, 900)}))::date,
            (SELECT id FROM bench_user), x.created
       FROM generate_series(0, ${counts.projects - 1}) g
       CROSS JOIN LATERAL (SELECT (ARRAY['order_class','industry_college','rnd_project','teacher_practice',
                                         'part_time_teaching','competition','incubation'])[1 + ${h('g', 63, 7)}] AS kind,
                                  ${past('g', 64)} AS created) x`,
    `CREATE TEMP TABLE b_prj AS SELECT row_number() OVER (ORDER BY title) - 1 AS i, id, kind, status,
            created_at FROM projects`,
    `INSERT INTO project_partners (project_id, type, organization_id, expert_id)
     SELECT p.id, 'enterprise', e.id, NULL::uuid FROM b_prj p JOIN b_ent e ON e.i = ${h('p.i', 71, counts.enterprises)}
     UNION ALL
     SELECT p.id, 'college', c.id, NULL::uuid FROM b_prj p JOIN b_col c ON c.i = ${h('p.i', 72, counts.colleges)}
     UNION ALL
     SELECT p.id, 'expert', NULL::uuid, x.id FROM b_prj p JOIN b_exp x ON x.i = ${h('p.i', 73, counts.experts)}
      WHERE ${h('p.i', 74, 3)} = 0`,
    // Outcomes per year of running and completed projects (figures per kind, 60 % confirmed).
    `INSERT INTO project_outcomes (project_id, period, figures, status, reported_by_side, reported_at,
                                   confirmed_by_side, confirmed_at)
     SELECT p.id, y::text, f.figures,
            CASE WHEN ${h('p.i * 8 + y', 81, 10)} < 6 THEN 'confirmed' ELSE 'reported' END,
            'organization:' || (SELECT organization_id FROM project_partners pp
                                 WHERE pp.project_id = p.id AND pp.type = 'college'),
            make_timestamptz(y, 12, 20, 10, 0, 0, 'Asia/Shanghai'),
            CASE WHEN ${h('p.i * 8 + y', 81, 10)} < 6 THEN 'organization:' || (SELECT organization_id
                 FROM project_partners pp WHERE pp.project_id = p.id AND pp.type = 'enterprise') END,
            CASE WHEN ${h('p.i * 8 + y', 81, 10)} < 6 THEN make_timestamptz(y, 12, 28, 10, 0, 0, 'Asia/Shanghai') END
       FROM b_prj p
       CROSS JOIN generate_series(extract(year FROM p.created_at)::int, extract(year FROM now())::int - 1) y
       CROSS JOIN LATERAL (SELECT 20 + ${h('p.i * 8 + y', 82, 60)} AS n) s
       CROSS JOIN LATERAL (SELECT CASE p.kind
         WHEN 'order_class' THEN jsonb_build_object('enrolled', s.n, 'graduated', s.n * 9 / 10,
              'hiredByEnterprise', s.n * 7 / 10, 'retainedAfterOneYear', s.n / 2, 'inKeyPosts', s.n / 10,
              'startingSalary', 4000 + s.n * 20, 'internsHosted', s.n * 8 / 10)
         WHEN 'industry_college' THEN jsonb_build_object('graduates', s.n * 3, 'employed', s.n * 5 / 2,
              'employedInChain', s.n * 3 / 2, 'averageStartingSalary', 4500 + s.n * 10, 'internsHosted', s.n)
         WHEN 'rnd_project' THEN jsonb_build_object('costSaving', s.n * 10000, 'revenue', s.n * 25000)
         WHEN 'teacher_practice' THEN jsonb_build_object('daysConfirmed', s.n)
         WHEN 'part_time_teaching' THEN jsonb_build_object('hoursTaught', s.n * 4, 'students', s.n * 3)
         WHEN 'competition' THEN jsonb_build_object('participants', s.n, 'awards', s.n / 5)
         ELSE jsonb_build_object('jobsCreated', s.n / 4, 'loans', s.n * 20000, 'subsidies', s.n * 5000)
         END AS figures) f
      WHERE p.status IN ('running', 'completed')`,
    `INSERT INTO project_milestones (project_id, title, due_date, completed_at, created_at)
     SELECT p.id, '基准里程碑' || k, (p.created_at + make_interval(days => 60 * k))::date,
            CASE WHEN p.created_at + make_interval(days => 60 * k) < now() AND ${h('p.i * 4 + k', 91, 10)} < 8
                 THEN p.created_at + make_interval(days => 60 * k - 3) END,
            p.created_at
       FROM b_prj p CROSS JOIN generate_series(1, 3) k`,
    // Teachers: 1–2 majors, 45 % with a 双师型 certification (mostly valid), some trainings.
    `INSERT INTO teachers (organization_id, name, majors, certification, trainings, created_at)
     SELECT c.id, '基准教师' || g,
            CASE WHEN ${h('g', 101, 3)} = 0
                 THEN jsonb_build_array((${MC})[1 + ${h('g', 102, nm)}], (${MC})[1 + ${h('g', 103, nm)}])
                 ELSE jsonb_build_array((${MC})[1 + ${h('g', 102, nm)}]) END,
            CASE WHEN ${h('g', 104, 100)} < 45 THEN jsonb_build_object(
                   'level', (ARRAY['junior','intermediate','intermediate','senior'])[1 + ${h('g', 105, 4)}],
                   'certifiedOn', (date '2019-01-01' + ${h('g', 106, 2000)})::text,
                   'certifyingBody', '河北省教育厅',
                   'status', (ARRAY['valid','valid','valid','valid','expired','revoked'])[1 + ${h('g', 107, 6)}]) END,
            CASE WHEN ${h('g', 108, 2)} = 0 THEN jsonb_build_array(jsonb_build_object('title', '企业实践培训',
                   'provider', '基准培训中心', 'from', '2025-07-01', 'to', '2025-07-10', 'hours', 40))
                 ELSE '[]'::jsonb END,
            ${past('g', 109)}
       FROM generate_series(0, ${counts.teachers - 1}) g
       JOIN b_col c ON c.i = ${h('g', 110, counts.colleges)}`,
    `CREATE TEMP TABLE b_tea AS SELECT row_number() OVER (ORDER BY name) - 1 AS i, id, organization_id FROM teachers`,
    `CREATE TEMP TABLE b_rnd AS SELECT row_number() OVER (ORDER BY i) - 1 AS i, id, organization_id,
            published_at FROM b_dem WHERE kind IN ('rnd', 'teacher_practice')`,
    `INSERT INTO teacher_practice_logs (teacher_id, college_id, demand_id, enterprise_id, from_date,
                                        to_date, days, tasks, status, logged_at, confirmed_at)
     SELECT t.id, t.organization_id, d.id, d.organization_id, x.from_date, x.from_date + x.days - 1,
            x.days, '["现场工艺改进"]'::jsonb,
            CASE WHEN ${h('g', 121, 10)} < 7 THEN 'confirmed' ELSE 'reported' END,
            x.from_date + x.days + 1,
            CASE WHEN ${h('g', 121, 10)} < 7 THEN (x.from_date + x.days + 5)::timestamptz END
       FROM generate_series(0, ${counts.practiceLogs - 1}) g
       JOIN b_tea t ON t.i = ${h('g', 122, counts.teachers)}
       JOIN b_rnd d ON d.i = ${h('g', 123, 1000000)} % (SELECT count(*) FROM b_rnd)
       CROSS JOIN LATERAL (SELECT (d.published_at + make_interval(days => ${h('g', 124, 60)}))::date AS from_date,
                                  1 + ${h('g', 125, 20)} AS days) x`,
  ];
}

/** Runs the statements on `client` in one transaction; returns the row counts it made. */
export async function generateCity(client, { scale = 1, root }) {
  const counts = scaledCounts(scale);
  const ref = referenceCodes(root);
  await client.query('BEGIN');
  try {
    for (const sql of cityStatements(counts, ref)) await client.query(sql);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
  const tables = [
    'organizations',
    'experts',
    'demands',
    'connections',
    'projects',
    'project_partners',
    'project_outcomes',
    'project_milestones',
    'teachers',
    'teacher_practice_logs',
  ];
  const { rows } = await client.query(
    `SELECT ${tables.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`,
  );
  return rows[0];
}
