import type { Demand } from '@app/demands';
import { findMajor } from '@app/reference';
import type { QuerySource } from './weighted-query';

/** The major a demand names in its details (order class, internship, teacher practice). */
export function namedMajor(demand: Pick<Demand, 'details'>): { code?: string; name?: string } {
  const details = demand.details ?? {};
  const code = typeof details.majorCode === 'string' ? details.majorCode : undefined;
  const given = typeof details.majorName === 'string' ? details.majorName : undefined;
  return { code, name: given ?? (code ? findMajor(code)?.name : undefined) };
}

/** Places a demand asks for: a talent demand's headcount, a training demand's trainees. */
export function placesAsked(demand: Pick<Demand, 'details'>): number | undefined {
  const { headcount, trainees, places } = demand.details ?? {};
  const n = [headcount, trainees, places].find((v) => typeof v === 'number');
  return typeof n === 'number' ? n : undefined;
}

/** The demand as query sources: title and skills count fully, the description a little less. */
export function demandSources(
  demand: Pick<Demand, 'title' | 'description' | 'skills' | 'tags' | 'details'>,
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
