import { findIndustry, majorDivisions } from '@app/reference';
import { AVAILABILITY_FLOOR, MATCH_WEIGHTS, type MatchFeature } from './matching-weights';

export type Features = Record<MatchFeature, number>;

/** Industry fit from the candidate's GB/T 4754 prefixes against the demand's code. */
export function industryFit(demandCode: string, candidatePrefixes: readonly string[]): number {
  // Exact at the precision the demand gives (a demand filed under '30' matches any 30xx).
  if (candidatePrefixes.includes(demandCode)) return 1;
  const levels: [string, number][] = [
    [demandCode.slice(0, 3), 0.8],
    [demandCode.slice(0, 2), 0.6],
  ];
  for (const [prefix, fit] of levels) {
    if (prefix.length >= 2 && candidatePrefixes.includes(prefix)) return fit;
  }
  return 0;
}

/**
 * A college's GB/T 4754 prefixes (sections and divisions its majors serve), as indexed on its
 * search document. A document written before colleges carried them is read through the major
 * catalogue instead, until the next reindex.
 */
export function collegeIndustryPrefixes(doc: Record<string, unknown>): string[] {
  if (Array.isArray(doc.industryPrefixes)) return doc.industryPrefixes as string[];
  const majorCodes = (doc.majorCodes as string[] | undefined) ?? [];
  const divisions = majorDivisions(majorCodes);
  const sections = divisions.map((d) => findIndustry(d)?.section).filter((s): s is string => !!s);
  return [...new Set([...sections, ...divisions])];
}

export function availabilityFit(availability: string | undefined): number {
  if (availability === 'available') return 1;
  if (availability === 'limited') return 0.5;
  return 0;
}

/** The expert services each demand kind calls for, best first. */
const SERVICES_FOR_KIND: Record<string, string[]> = {
  rnd: ['rnd', 'consulting'],
  training: ['part_time_teaching', 'consulting'],
  talent: ['part_time_teaching'],
  teacher_practice: ['consulting', 'part_time_teaching'],
};

export function serviceFit(kind: string, services: readonly string[]): number {
  const wanted = SERVICES_FOR_KIND[kind] ?? [];
  if (wanted[0] && services.includes(wanted[0])) return 1;
  if (wanted.some((s) => services.includes(s))) return 0.6;
  return 0.2;
}

export function trackRecordFit(publishedOffers: number): number {
  return Math.min(1, publishedOffers / 3);
}

const clamp = (v: number) => Math.max(0, Math.min(1, v));

/** The weighted mean of the features times the availability factor, rounded for stable output. */
export function scoreOf(features: Features): number {
  let sum = 0;
  let weights = 0;
  for (const [feature, weight] of Object.entries(MATCH_WEIGHTS) as [MatchFeature, number][]) {
    sum += weight * clamp(features[feature]);
    weights += weight;
  }
  const availability = AVAILABILITY_FLOOR + (1 - AVAILABILITY_FLOOR) * clamp(features.availability);
  return Math.round((sum / weights) * availability * 1000) / 1000;
}
