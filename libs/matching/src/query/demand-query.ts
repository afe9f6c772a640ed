import type { DemandRecord } from '@app/demands';
import { findMajor } from '@app/reference';
import type { CorpusStats } from './term-weights';
import { buildQuery, type QuerySource, type WeightedQuery } from './weighted-query';

/**
 * Words that only restate what kind of demand it is (a training demand says 培训, a hiring one
 * 招聘): every demand of the kind has them, the service feature already weighs the kind, and
 * as words they would favour any profile that happens to mention training.
 */
const KIND_WORDS: Record<string, readonly string[]> = {
  training: ['培训', '员工培训', '技能培训', '岗前培训', '入职培训', '培训班', '内训'],
  talent: ['招聘', '招人', '用工', '实习', '顶岗实习', '岗位实习', '订单班', '订单式培养'],
  rnd: ['研发', '技术攻关', '技术难题', '攻关', '科研'],
  teacher_practice: ['企业实践', '挂职', '下企业', '实践锻炼'],
  part_time_teacher: ['兼职教师', '兼职', '外聘教师', '兼课', '代课', '授课', '上课'],
  enterprise_mentor: ['企业导师', '导师', '指导', '带学生'],
  internship_base: ['实习基地', '实习', '顶岗实习', '岗位实习', '跟岗实习'],
  co_building: ['共建', '校企共建', '合作共建', '校企合作', '合作'],
};

const kindWords = new Map(
  Object.entries(KIND_WORDS).map(([kind, words]) => [kind, new Set(words)]),
);

/** The weighted query of a demand (see weighted-query.ts). */
export function demandQuery(
  demand: Pick<DemandRecord, 'kind' | 'title' | 'description' | 'skills' | 'tags' | 'details'>,
  corpus?: CorpusStats,
): WeightedQuery {
  return buildQuery(demandSources(demand), corpus, kindWords.get(demand.kind));
}

/** The major a demand names in its details (order class, internship, teacher practice). */
export function namedMajor(demand: Pick<DemandRecord, 'details'>): {
  code?: string;
  name?: string;
} {
  const details = demand.details ?? {};
  const code = typeof details.majorCode === 'string' ? details.majorCode : undefined;
  const given = typeof details.majorName === 'string' ? details.majorName : undefined;
  return { code, name: given ?? (code ? findMajor(code)?.name : undefined) };
}

/**
 * Places a demand asks for: a talent demand's headcount, a training demand's trainees, an
 * internship base's places, a mentor's students.
 */
export function placesAsked(demand: Pick<DemandRecord, 'details'>): number | undefined {
  const { headcount, trainees, places, students } = demand.details ?? {};
  const n = [headcount, trainees, places, students].find((v) => typeof v === 'number');
  return typeof n === 'number' ? n : undefined;
}

/** The demand as query sources: title and skills count fully, the description a little less. */
export function demandSources(
  demand: Pick<DemandRecord, 'title' | 'description' | 'skills' | 'tags' | 'details'>,
): QuerySource[] {
  const major = namedMajor(demand).name;
  const topic = demand.details?.topic;
  return [
    { text: demand.title, weight: 1 },
    ...demand.skills.map((s) => ({ text: s, weight: 1, phrase: true })),
    ...demand.tags.map((t) => ({ text: t, weight: 0.8, phrase: true })),
    ...(major ? [{ text: major, weight: 1, phrase: true }] : []),
    ...(typeof topic === 'string' ? [{ text: topic, weight: 1 }] : []),
    ...collegeNeedSources(demand.details ?? {}),
    { text: demand.description, weight: 0.7 },
  ];
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * What a college need says in its details: the courses to teach, the projects to mentor, the
 * majors of the interns, what is co-built and sought (what the college brings counts little: it
 * describes the college, not the partner).
 */
function collegeNeedSources(details: Readonly<Record<string, unknown>>): QuerySource[] {
  const majors = strings(details.majorCodes)
    .map((code) => findMajor(code)?.name)
    .filter((name): name is string => !!name);
  return [
    ...strings(details.courses).map((c) => ({ text: c, weight: 1 })),
    ...strings(details.projects).map((p) => ({ text: p, weight: 0.9 })),
    ...majors.map((m) => ({ text: m, weight: 1, phrase: true })),
    ...(text(details.coBuilt) ? [{ text: text(details.coBuilt), weight: 1 }] : []),
    ...(text(details.seeks) ? [{ text: text(details.seeks), weight: 0.6 }] : []),
    ...(text(details.collegeBrings) ? [{ text: text(details.collegeBrings), weight: 0.2 }] : []),
  ];
}
