import { Injectable } from '@nestjs/common';
import { COLLEGE_DEMAND_KINDS, DemandKind, ENTERPRISE_DEMAND_KINDS } from '@app/demands';
import { ExpertDirectory, type ExpertRecord } from '@app/experts';
import {
  OrganizationDirectory,
  OrganizationKind,
  type OrganizationRecord,
  taughtMajors,
} from '@app/organizations';
import { industryPrefixes, majorDivisions } from '@app/reference';
import type { StoredDocument } from '@app/search';
import { type AuthUser, DomainError, isAdmin } from '@app/shared';
import { industryFilterOf } from './candidate-queries';
import { type Candidate, CandidateSearch } from './candidate-search';
import {
  enterpriseServiceFit,
  type Features,
  industryFit,
  serviceFit,
  UNKNOWN,
} from './match-features';
import type { MatchCandidate } from './match.types';
import { CorpusStatistics } from './query/corpus-statistics';
import { buildQuery, type QuerySource, type WeightedQuery } from './query/weighted-query';
import { FIELD_WEIGHTS, matchTexts, rankCandidates } from './ranking';
import { MatchWeightsStore } from './scoring/weights';

/** An expert's profile as query sources: what they know counts more than their bio. */
export function expertSources(
  e: Pick<ExpertRecord, 'fields' | 'skills' | 'title' | 'bio'>,
): QuerySource[] {
  return [
    ...e.fields.map((f) => ({ text: f, weight: 1, phrase: true })),
    ...e.skills.map((s) => ({ text: s, weight: 1, phrase: true })),
    { text: e.title, weight: 0.3 },
    { text: e.bio ?? '', weight: 0.6 },
  ];
}

/** A college as query sources: its majors first, then research, tags and description. */
export function collegeSources(
  c: Pick<OrganizationRecord, 'majors' | 'tags' | 'researchResults' | 'description'>,
): QuerySource[] {
  return [
    ...taughtMajors(c.majors).map((m) => ({ text: m.name, weight: 1, phrase: true })),
    ...c.tags.map((t) => ({ text: t, weight: 0.8, phrase: true })),
    ...(c.researchResults ?? []).map((r) => ({ text: r.title, weight: 0.8 })),
    { text: c.description ?? '', weight: 0.5 },
  ];
}

/** An enterprise as query sources: its tags, then its description. */
export function enterpriseSources(
  e: Pick<OrganizationRecord, 'tags' | 'description'>,
): QuerySource[] {
  return [
    ...e.tags.map((t) => ({ text: t, weight: 1, phrase: true })),
    { text: e.description ?? '', weight: 0.6 },
  ];
}

/** Only demands of these kinds: what each kind of reader can answer (in Meilisearch's syntax). */
const kindFilter = (kinds: readonly string[]) => [`kind IN ${JSON.stringify(kinds)}`];

/**
 * Open demands ranked for an expert (enterprises' demands and colleges' needs), a college
 * (enterprises' demands) or an enterprise (colleges' needs), shown to that reader only.
 */
@Injectable()
export class Recommendations {
  constructor(
    private readonly experts: ExpertDirectory,
    private readonly directory: OrganizationDirectory,
    private readonly candidates: CandidateSearch,
    private readonly corpus: CorpusStatistics,
    private readonly weights: MatchWeightsStore,
  ) {}

  async forExpert(actor: AuthUser, expertId: string, limit: number): Promise<MatchCandidate[]> {
    const expert = await this.experts.byId(expertId);
    if (!expert || (!expert.isPublic && expert.userId !== actor.id && !isAdmin(actor))) {
      throw DomainError.notFound('Expert');
    }
    if (expert.userId !== actor.id && !isAdmin(actor)) {
      throw DomainError.forbidden('Recommendations are for the expert only', 'NOT_PROFILE_OWNER');
    }
    const corpus = await this.corpus.of('demands');
    const query = buildQuery(expertSources(expert), corpus);
    const industry = expert.industryCodes[0];
    const pool = await this.candidates.find(
      'demands',
      query,
      industry ? industryFilterOf(industry) : null,
    );
    return this.rank(pool, query, limit, (doc) => ({
      industry:
        expert.industryCodes.length === 0
          ? UNKNOWN
          : Math.max(
              0,
              ...expert.industryCodes.map((code) =>
                industryFit(doc.industryCode ?? '', industryPrefixes(code)),
              ),
            ),
      service: doc.kind ? serviceFit(doc.kind, expert.services) : UNKNOWN,
      district: doc.district === expert.district ? 1 : 0,
    }));
  }

  async forCollege(actor: AuthUser, collegeId: string, limit: number): Promise<MatchCandidate[]> {
    const [found, membership] = await Promise.all([
      this.directory.byId(collegeId),
      this.directory.membershipOf(actor.id),
    ]);
    const college = found?.kind === OrganizationKind.College ? found : null;
    const member = membership?.organizationId === collegeId;
    if (!college || (college.status !== 'verified' && !member && !isAdmin(actor)))
      throw DomainError.notFound('College');
    if (!member && !isAdmin(actor)) {
      throw DomainError.forbidden(
        'Recommendations are for the college members only',
        'NOT_ORGANIZATION_MEMBER',
      );
    }
    const majors = taughtMajors(college.majors);
    const corpus = await this.corpus.of('demands');
    const query = buildQuery(collegeSources(college), corpus);
    const divisions = majorDivisions(majors.map((m) => m.code));
    // Demands of the industries its majors serve enter the pool even without a shared word.
    const pool = await this.candidates.find(
      'demands',
      query,
      divisions.length > 0 ? `industryPrefixes IN ${JSON.stringify(divisions)}` : null,
      kindFilter(ENTERPRISE_DEMAND_KINDS),
    );
    return this.rank(pool, query, limit, (doc) => ({
      industry:
        divisions.length === 0
          ? UNKNOWN
          : Math.max(
              0,
              ...divisions.map((d) => industryFit(doc.industryCode ?? '', industryPrefixes(d))),
            ),
      service: doc.kind === DemandKind.Training ? (college.trainingCapacity ? 1 : 0.3) : 1,
      district: doc.district === college.district ? 1 : 0,
    }));
  }

  /** Colleges' open needs for an enterprise: its industry, district and what its size can take. */
  async forEnterprise(
    actor: AuthUser,
    enterpriseId: string,
    limit: number,
  ): Promise<MatchCandidate[]> {
    const [found, membership] = await Promise.all([
      this.directory.byId(enterpriseId),
      this.directory.membershipOf(actor.id),
    ]);
    const enterprise = found?.kind === OrganizationKind.Enterprise ? found : null;
    const member = membership?.organizationId === enterpriseId;
    if (!enterprise || (enterprise.status !== 'verified' && !member && !isAdmin(actor)))
      throw DomainError.notFound('Enterprise');
    if (!member && !isAdmin(actor)) {
      throw DomainError.forbidden(
        'Recommendations are for the enterprise members only',
        'NOT_ORGANIZATION_MEMBER',
      );
    }
    const corpus = await this.corpus.of('demands');
    const query = buildQuery(enterpriseSources(enterprise), corpus);
    const industry = enterprise.industryCode;
    const pool = await this.candidates.find(
      'demands',
      query,
      industry ? industryFilterOf(industry) : null,
      kindFilter(COLLEGE_DEMAND_KINDS),
    );
    return this.rank(pool, query, limit, (doc) => ({
      industry: industry
        ? industryFit(doc.industryCode ?? '', industryPrefixes(industry))
        : UNKNOWN,
      service: doc.kind ? enterpriseServiceFit(doc.kind, enterprise.size ?? undefined) : UNKNOWN,
      district: doc.district === enterprise.district ? 1 : 0,
    }));
  }

  /** The reader's own availability and record are not in question here: left out. */
  private rank(
    pool: Candidate<'demands'>[],
    query: WeightedQuery,
    limit: number,
    fit: (doc: StoredDocument<'demands'>) => Pick<Features, 'industry' | 'service' | 'district'>,
  ): MatchCandidate[] {
    return rankCandidates(
      pool,
      matchTexts(pool, query, FIELD_WEIGHTS.demands),
      {
        kind: 'demand',
        weights: this.weights.current(),
        features: fit,
        name: (doc) => doc.title ?? '',
      },
      limit,
    );
  }
}
