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

/** Places a demand asks for: a talent demand's headcount, a training demand's trainees. */
export function placesAsked(demand: Pick<DemandRecord, 'details'>): number | undefined {
  const { headcount, trainees, places } = demand.details ?? {};
  const n = [headcount, trainees, places].find((v) => typeof v === 'number');
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
    { text: demand.description, weight: 0.7 },
  ];
}
