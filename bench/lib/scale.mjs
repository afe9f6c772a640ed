/**
 * Grows the seeded demo city (1×) to 100× with set-based SQL (INSERT … SELECT … FROM
 * generate_series), in one transaction: 11,872 more enterprises, 59,400 experts, 29,680 demands.
 *
 * Texts stay realistic and varied: experts and demands are derived from the seeded ones (the
 * seed's titles, fields, skills and bios, all zh-CN) by index arithmetic — a rotating subset of
 * skills, an extra sentence, a title prefix, names from small word arrays — so each seeded
 * profile has ~100 variants that differ in the words that matter for search. Districts and
 * industry codes are those of the seeded enterprises (all valid).
 *
 * Bench enterprises have credit_code NULL (the column is nullable; the app's model wants one, but
 * computing 11,872 unique check digits buys nothing for a latency benchmark). They are verified,
 * so their open demands are public and indexed.
 */

import { LAG_TITLE_PREFIX } from './measure.mjs';

export const SCALE_COUNTS = { enterprises: 11_872, experts: 59_400, demands: 29_680 };

const ENTERPRISES = `
INSERT INTO organizations (kind, name, district, description, tags, status, reviewed_at,
                           credit_code, industry_code, size)
SELECT 'enterprise',
       (ARRAY['冀东','燕山','渤海','港城','昌黎','北戴河','抚宁','卢龙','青龙','海港','山海关','碣石'])[1 + g % 12]
         || (ARRAY['精工','新材','智造','光电','机械','玻璃','食品','医疗','物流','电子','装备','汽配','化工','纺织'])[1 + (g / 12) % 14]
         || (ARRAY['科技','实业','制造','技术','工业','发展'])[1 + (g / 168) % 6]
         || '有限公司' || (g / 1008 + 1)::text || '号',
       d.codes[1 + (g / 5) % cardinality(d.codes)],
       (ARRAY['专注于','长期从事','主营','致力于'])[1 + g % 4]
         || (ARRAY['精密零部件加工','光伏玻璃深加工','农产品精深加工','工业自动化系统集成','医疗器械研发生产','冷链物流服务','新能源汽车零部件制造'])[1 + (g / 4) % 7]
         || '，现有员工' || (30 + g % 900)::text || '人。',
       ARRAY[(ARRAY['高新技术企业','专精特新','产教融合型企业','科技型中小企业','绿色工厂'])[1 + g % 5]],
       'verified', now(), NULL,
       i.codes[1 + (g * 7) % cardinality(i.codes)],
       (ARRAY['micro','small','small','medium','medium','large'])[1 + g % 6]::enterprise_size
FROM generate_series(0, ${SCALE_COUNTS.enterprises - 1}) AS g,
     (SELECT array_agg(DISTINCT district ORDER BY district) AS codes FROM organizations) d,
     (SELECT array_agg(DISTINCT industry_code ORDER BY industry_code) AS codes
        FROM organizations WHERE kind = 'enterprise' AND industry_code IS NOT NULL) i`;

const BENCH_ORGS = `
CREATE TEMP TABLE bench_orgs ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY id) - 1 AS i, id, district
FROM organizations WHERE kind = 'enterprise' AND created_at = now()`;

const EXPERTS = `
WITH base AS (SELECT row_number() OVER (ORDER BY id) - 1 AS i, e.* FROM experts e),
     n AS (SELECT count(*) AS c FROM base),
     d AS (SELECT array_agg(DISTINCT district ORDER BY district) AS codes FROM organizations)
INSERT INTO experts (name, title, affiliation, district, industry_codes, fields, skills, services,
                     availability, bio, is_public, contact)
SELECT (ARRAY['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','马','朱','胡','郭','何','林','高','罗'])[1 + g % 20]
         || (ARRAY['伟','芳','娜','敏','静','磊','洋','勇','艳','杰','军','涛','明','超','秀英','建国','志强','海燕','晓东','丽华','春梅','国庆'])[1 + (g / 20) % 22],
       b.title, b.affiliation,
       CASE WHEN g % 3 = 0 THEN d.codes[1 + (g / 3) % cardinality(d.codes)] ELSE b.district END,
       b.industry_codes, b.fields,
       COALESCE((SELECT array_agg(s ORDER BY o) FROM unnest(b.skills) WITH ORDINALITY AS u(s, o)
                  WHERE (o + g / n.c) % 4 <> 0 OR cardinality(b.skills) < 3), b.skills),
       string_to_array((ARRAY['consulting','rnd','part_time_teaching','consulting,rnd',
                              'rnd,part_time_teaching','consulting,part_time_teaching',
                              'consulting,rnd,part_time_teaching'])[1 + (g / 7) % 7], ','),
       (ARRAY['available','available','available','limited','unavailable'])[1 + (g / 11) % 5]::expert_availability,
       b.bio || (ARRAY['曾为本地多家企业提供技术咨询服务。','参与市级重点研发项目的技术攻关。',
                       '熟悉企业生产现场的工艺改进与质量管理。','指导学生参加职业技能大赛并多次获奖。',
                       '拥有多项实用新型专利。','长期承担企业员工技能培训任务。',
                       '参与制定团体标准一项。','近三年主持横向课题五项。'])[1 + (g / 13) % 8],
       g % 20 <> 0,
       '{}'::jsonb
FROM generate_series(0, ${SCALE_COUNTS.experts - 1}) AS g
CROSS JOIN n CROSS JOIN d
JOIN base b ON b.i = g % n.c`;

const DEMANDS = `
WITH base AS (SELECT row_number() OVER (ORDER BY id) - 1 AS i, x.* FROM demands x
                WHERE x.title NOT LIKE '${LAG_TITLE_PREFIX}%'),
     n AS (SELECT count(*) AS c FROM base),
     orgs AS (SELECT count(*) AS c FROM bench_orgs)
INSERT INTO demands (organization_id, created_by, kind, title, description, industry_code,
                     district, tags, skills, details, deadline, status, close_reason,
                     published_at, closed_at)
SELECT o.id, gen_random_uuid(), b.kind,
       left((ARRAY['','二期','新产线','扩产','技改','2027年度','智能化升级','紧急'])[1 + (g / n.c) % 8] || b.title, 100),
       b.description || (ARRAY['','预计合作周期半年。','可提供实验场地与设备。','欢迎院校团队参与。','已有初步技术方案。'])[1 + g % 5],
       b.industry_code, o.district, b.tags,
       COALESCE((SELECT array_agg(s ORDER BY u.k) FROM unnest(b.skills) WITH ORDINALITY AS u(s, k)
                  WHERE (u.k + g / n.c) % 3 <> 0 OR cardinality(b.skills) < 3), b.skills),
       b.details, b.deadline,
       (CASE WHEN g % 20 = 0 THEN 'draft' WHEN g % 20 = 1 THEN 'closed' ELSE 'open' END)::demand_status,
       CASE WHEN g % 20 = 1 THEN 'filled'::demand_close_reason END,
       CASE WHEN g % 20 <> 0 THEN now() - make_interval(days => g % 90) END,
       CASE WHEN g % 20 = 1 THEN now() END
FROM generate_series(0, ${SCALE_COUNTS.demands - 1}) AS g
CROSS JOIN n CROSS JOIN orgs
JOIN base b ON b.i = g % n.c
JOIN bench_orgs o ON o.i = g % orgs.c`;

/** Runs the scale-up in one transaction; returns per-table inserted counts and seconds. */
export async function scaleUp(client) {
  const started = Date.now();
  await client.query('BEGIN');
  try {
    const e = await client.query(ENTERPRISES);
    await client.query(BENCH_ORGS);
    const x = await client.query(EXPERTS);
    const d = await client.query(DEMANDS);
    await client.query('COMMIT');
    await client.query('ANALYZE organizations, experts, demands');
    return {
      enterprises: e.rowCount,
      experts: x.rowCount,
      demands: d.rowCount,
      seconds: (Date.now() - started) / 1000,
    };
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}

/** Row counts of the public population (what search and matching can see). */
export async function population(client) {
  const { rows } = await client.query(`
    SELECT (SELECT count(*) FROM organizations WHERE kind = 'enterprise')::int AS enterprises,
           (SELECT count(*) FROM experts)::int AS experts,
           (SELECT count(*) FROM experts WHERE is_public)::int AS public_experts,
           (SELECT count(*) FROM demands)::int AS demands,
           (SELECT count(*) FROM demands WHERE status = 'open')::int AS open_demands`);
  return rows[0];
}
