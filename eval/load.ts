/** Turns the labelled set into database rows (deterministic ids) and waits for Meilisearch. */
import type { Meilisearch } from 'meilisearch';
import { DemandKind, DemandStatus } from '@app/demands';
import { Availability, ExpertService } from '@app/experts';
import { EnterpriseSize, OrganizationKind, VerificationStatus } from '@app/organizations';
import { findMajor } from '@app/reference';
import type { EvalCollegeNeed } from './matching-set';
import { indexUid, SEARCH_TYPES } from '@app/search';
import { evalUuid, type MatchingSet } from './matching-set';

const SERVICE_LETTERS: Record<string, ExpertService> = {
  c: ExpertService.Consulting,
  r: ExpertService.Rnd,
  t: ExpertService.PartTimeTeaching,
};
const AVAILABILITY = {
  a: Availability.Available,
  l: Availability.Limited,
  u: Availability.Unavailable,
} as const;

/** Rows for Organization, Expert and Demand; `createdBy` is the demands' author. */
export function rowsOf(set: MatchingSet, createdBy: string) {
  const enterpriseByKey = new Map(set.enterprises.map((e) => [e.key, e]));
  const created = new Date('2026-01-05T09:00:00+08:00');
  const organizations = [
    ...set.enterprises.map((e, i) => ({
      id: evalUuid(e.key),
      kind: OrganizationKind.Enterprise,
      name: e.name,
      district: e.district,
      description: e.description,
      tags: e.tags,
      status: VerificationStatus.Verified,
      // A valid-looking, unique 18-character code; the evaluation never shows it.
      creditCode: `91130300EVAL${String(i).padStart(6, '0')}`,
      industryCode: e.industryCode,
      size: (set.enterpriseSizes[e.key] as EnterpriseSize | undefined) ?? null,
      version: 2,
      createdAt: created,
    })),
    ...set.colleges.map((c) => ({
      id: evalUuid(c.key),
      kind: OrganizationKind.College,
      name: c.name,
      district: c.district,
      description: c.description,
      tags: [],
      status: VerificationStatus.Verified,
      level: c.level,
      majors: c.majors.map((code) => ({
        code,
        name: findMajor(code)?.name ?? code,
        ...(c.intakes?.[code] ? { annualIntake: c.intakes[code] } : {}),
      })),
      trainingCapacity: c.trainingCapacity,
      researchResults: c.research.map((title) => ({ title, year: 2025 })),
      version: 2,
      createdAt: created,
    })),
  ];
  const experts = set.experts.map((e) => ({
    id: evalUuid(e.key),
    name: e.name,
    title: e.title,
    affiliation: e.affiliation,
    district: e.district,
    industryCodes: e.industryCodes,
    fields: e.fields,
    skills: e.skills,
    services: [...e.services].map((letter) => SERVICE_LETTERS[letter]),
    availability: AVAILABILITY[e.availability],
    bio: e.bio,
    isPublic: true,
    createdAt: created,
  }));
  const demands = set.demands.map((d) => {
    const enterprise = enterpriseByKey.get(d.enterprise)!;
    return {
      id: evalUuid(d.key),
      organizationId: evalUuid(d.enterprise),
      createdBy,
      kind: d.kind as DemandKind,
      title: d.title,
      description: d.description,
      industryCode: enterprise.industryCode,
      district: d.district ?? enterprise.district,
      tags: d.demandTags,
      // jsonb: TypeORM's deep-partial type cannot describe an open record.
      details: (d.details ?? {}) as never,
      skills: d.skills,
      status: DemandStatus.Open,
      publishedAt: created,
      version: 2,
      createdAt: created,
    };
  });
  const collegeByKey = new Map(set.colleges.map((c) => [c.key, c]));
  const needs = set.collegeNeeds.map((n) => ({
    id: evalUuid(n.key),
    organizationId: evalUuid(n.college),
    createdBy,
    kind: n.kind as DemandKind,
    title: n.title,
    description: n.description,
    industryCode: needIndustry(n),
    district: collegeByKey.get(n.college)!.district,
    tags: [],
    details: n.details as never,
    skills: n.skills,
    status: DemandStatus.Open,
    publishedAt: created,
    version: 2,
    createdAt: created,
  }));
  return { organizations, experts, demands: [...demands, ...needs] };
}

/** As POST /demands does: an internship base without an industry takes its first major's. */
function needIndustry(n: EvalCollegeNeed): string {
  const major = (n.details.majorCodes as string[] | undefined)?.[0];
  return n.industryCode ?? (major ? findMajor(major)?.industries[0] : undefined) ?? '';
}

/** Resolves when Meilisearch has applied every task of the run's indexes; throws if one failed. */
export async function waitForMeili(meili: Meilisearch, prefix: string): Promise<void> {
  const indexUids = SEARCH_TYPES.map((t) => indexUid(prefix, t));
  for (;;) {
    const pending = await meili.tasks.getTasks({ indexUids, statuses: ['enqueued', 'processing'] });
    if (pending.results.length === 0) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const failed = await meili.tasks.getTasks({ indexUids, statuses: ['failed'] });
  if (failed.results.length > 0)
    throw new Error(`Meilisearch task failed: ${JSON.stringify(failed.results[0].error)}`);
}
