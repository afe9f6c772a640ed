import { DemandKind } from '@app/demands';
import { Availability, ExpertService } from '@app/experts';
import { EnterpriseSize } from '@app/organizations';
import { findIndustry, majorDivisions } from '@app/reference';
import type { StoredDocument } from '@app/search';
import type { MatchWeights, WeightedFeature } from './scoring/weights';

export type FeatureName = WeightedFeature | 'availability';
/**
 * Feature values in [0, 1]. A feature that does not apply (no major named, a capacity nobody
 * gave) is absent and left out of the score rather than counted as a mismatch.
 */
export type Features = Partial<Record<FeatureName, number>>;

/** What an unknown value counts: neither a match nor a mismatch. */
export const UNKNOWN = 0.5;

/**
 * Industry fit from the candidate's GB/T 4754 prefixes against the demand's code. A candidate
 * who declared no industry is unknown (many experts leave it empty), not a mismatch.
 */
export function industryFit(demandCode: string, candidatePrefixes: readonly string[]): number {
  if (candidatePrefixes.length === 0) return UNKNOWN;
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
export function collegeIndustryPrefixes(
  doc: Pick<StoredDocument<'colleges'>, 'industryPrefixes' | 'majorCodes'>,
): string[] {
  if (doc.industryPrefixes) return doc.industryPrefixes;
  const divisions = majorDivisions(doc.majorCodes ?? []);
  const sections = divisions.map((d) => findIndustry(d)?.section).filter((s): s is string => !!s);
  return [...new Set([...sections, ...divisions])];
}

/** An enum's values, whether given as its members or as the strings documents and seeds carry. */
type ValueOf<E extends string> = `${E}`;

const AVAILABILITY_FIT: Record<ValueOf<Availability>, number> = {
  [Availability.Available]: 1,
  [Availability.Limited]: 0.5,
  [Availability.Unavailable]: 0,
};

/** Not given (a document from before the field existed) counts as unknown. */
export function availabilityFit(availability: ValueOf<Availability> | undefined): number {
  return (availability && AVAILABILITY_FIT[availability]) ?? UNKNOWN;
}

/** The expert services each demand kind calls for, best first. */
const SERVICES_FOR_KIND: Record<ValueOf<DemandKind>, ValueOf<ExpertService>[]> = {
  [DemandKind.Rnd]: [ExpertService.Rnd, ExpertService.Consulting],
  [DemandKind.Training]: [ExpertService.PartTimeTeaching, ExpertService.Consulting],
  [DemandKind.Talent]: [ExpertService.PartTimeTeaching],
  [DemandKind.TeacherPractice]: [ExpertService.Consulting, ExpertService.PartTimeTeaching],
  [DemandKind.PartTimeTeacher]: [ExpertService.PartTimeTeaching],
  [DemandKind.EnterpriseMentor]: [ExpertService.PartTimeTeaching, ExpertService.Consulting],
  [DemandKind.InternshipBase]: [ExpertService.Consulting],
  [DemandKind.CoBuilding]: [ExpertService.Consulting, ExpertService.Rnd],
};

export function serviceFit(
  kind: ValueOf<DemandKind>,
  services: readonly ValueOf<ExpertService>[],
): number {
  const wanted = SERVICES_FOR_KIND[kind];
  if (services.includes(wanted[0])) return 1;
  if (wanted.some((s) => services.includes(s))) return 0.6;
  return 0.2;
}

/** What a college offers for the kind of demand: training places, research, majors. */
export function collegeServiceFit(
  kind: ValueOf<DemandKind>,
  college: { trainingCapacity: number; researchCount: number; majorCount: number },
): number {
  if (kind === DemandKind.Training) return college.trainingCapacity > 0 ? 1 : 0.3;
  if (kind === DemandKind.Rnd) return college.researchCount > 0 ? 1 : 0.4;
  if (kind === DemandKind.Talent) return college.majorCount > 0 ? 1 : 0.4;
  return 1;
}

/**
 * What an enterprise's size says it can do for a college need: an internship base or a
 * co-built industry college needs room and money (large fits best), mentors and part-time
 * teachers need a few engineers to spare (any but the smallest will do). Unknown is neutral.
 */
export function enterpriseServiceFit(kind: ValueOf<DemandKind>, size: string | undefined): number {
  const order: string[] = [
    EnterpriseSize.Micro,
    EnterpriseSize.Small,
    EnterpriseSize.Medium,
    EnterpriseSize.Large,
  ];
  const rank = size ? order.indexOf(size) : -1;
  if (rank < 0) return UNKNOWN;
  const heavy = kind === DemandKind.InternshipBase || kind === DemandKind.CoBuilding;
  const fits = heavy ? [0.2, 0.5, 0.9, 1] : [0.5, 0.8, 1, 1];
  return fits[rank];
}

/**
 * Rough places an enterprise of each size can give interns or mentees at once (a few percent of
 * its staff: GB small 20–300, medium 300–1000, large ≥ 1000 employees in industry).
 */
const PLACES_BY_SIZE: Record<ValueOf<EnterpriseSize>, number> = {
  [EnterpriseSize.Micro]: 2,
  [EnterpriseSize.Small]: 10,
  [EnterpriseSize.Medium]: 40,
  [EnterpriseSize.Large]: 150,
};

export function enterprisePlaces(size: string | undefined): number | undefined {
  return size && size in PLACES_BY_SIZE ? PLACES_BY_SIZE[size as EnterpriseSize] : undefined;
}

export function trackRecordFit(publishedOffers: number): number {
  return Math.min(1, publishedOffers / 3);
}

/**
 * How close a college's majors come to the named one: the same code, the same major class
 * (first four digits of the 2021 catalogue), the same major category (first two), or none.
 */
export function majorFit(majorCode: string, collegeMajorCodes: readonly string[]): number {
  if (collegeMajorCodes.includes(majorCode)) return 1;
  if (collegeMajorCodes.some((c) => c.slice(0, 4) === majorCode.slice(0, 4))) return 0.7;
  if (collegeMajorCodes.some((c) => c.slice(0, 2) === majorCode.slice(0, 2))) return 0.3;
  return 0;
}

/** Places offered against places asked: full when they cover the headcount; unknown is neutral. */
export function capacityFit(asked: number, offered: number | null | undefined): number {
  if (!offered || offered <= 0 || !(asked > 0)) return UNKNOWN;
  return Math.min(1, offered / asked);
}

const clamp = (v: number) => Math.max(0, Math.min(1, v));

/**
 * The weighted mean of the features that apply, times the availability factor, rounded for
 * stable output: score × (floor + (1 − floor) × availability).
 */
export function scoreOf(features: Features, weights: MatchWeights): number {
  let sum = 0;
  let total = 0;
  for (const [feature, weight] of Object.entries(weights.weights) as [WeightedFeature, number][]) {
    const value = features[feature];
    if (value === undefined) continue;
    sum += weight * clamp(value);
    total += weight;
  }
  if (total === 0) return 0;
  const floor = weights.availabilityFloor;
  const availability = floor + (1 - floor) * clamp(features.availability ?? 1);
  return Math.round((sum / total) * availability * 1000) / 1000;
}
