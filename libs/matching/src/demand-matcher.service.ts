import { Injectable } from '@nestjs/common';
import {
  DemandKind,
  demandOwnerKind,
  DemandReader,
  type DemandRecord,
  isDemandVisible,
  OfferReader,
} from '@app/demands';
import { ExpertDirectory } from '@app/experts';
import { OrganizationDirectory } from '@app/organizations';
import { industryPrefixes, majorDivisions } from '@app/reference';
import type { StoredDocument } from '@app/search';
import { type AuthUser, DomainError, isAdmin } from '@app/shared';
import { industryFilterOf } from './candidate-queries';
import { CandidateSearch } from './candidate-search';
import {
  availabilityFit,
  capacityFit,
  collegeIndustryPrefixes,
  collegeServiceFit,
  enterprisePlaces,
  enterpriseServiceFit,
  type Features,
  industryFit,
  majorFit,
  serviceFit,
  trackRecordFit,
} from './match-features';
import type { MatchCandidate } from './match.types';
import { CorpusStatistics } from './query/corpus-statistics';
import { demandQuery, namedMajor, placesAsked } from './query/demand-query';
import { FIELD_WEIGHTS, matchTexts, rankCandidates } from './ranking';
import { MatchWeightsStore } from './scoring/weights';

export type MatchKind = 'expert' | 'college' | 'enterprise';

/**
 * Who is matched to a demand: experts and colleges to an enterprise's demand, experts and
 * enterprises to a college's need.
 */
export function matchKindsFor(kind: `${DemandKind}`): readonly MatchKind[] {
  return demandOwnerKind(kind) === 'college' ? ['expert', 'enterprise'] : ['expert', 'college'];
}

/**
 * Ranks experts, colleges or enterprises for a demand: candidates from Meilisearch, ranked in
 * memory.
 */
@Injectable()
export class DemandMatcher {
  constructor(
    private readonly demands: DemandReader,
    private readonly offers: OfferReader,
    private readonly directory: OrganizationDirectory,
    private readonly experts: ExpertDirectory,
    private readonly candidates: CandidateSearch,
    private readonly corpus: CorpusStatistics,
    private readonly weights: MatchWeightsStore,
  ) {}

  async matches(
    actor: AuthUser,
    demandId: string,
    kind: MatchKind,
    limit: number,
  ): Promise<MatchCandidate[]> {
    const [demand, membership] = await Promise.all([
      this.demands.byId(demandId),
      this.directory.membershipOf(actor.id),
    ]);
    if (!demand) throw DomainError.notFound('Demand');
    if (!isAdmin(actor) && membership?.organizationId !== demand.organizationId) {
      // Drafts do not exist for outsiders; open demands are public, their matches are not.
      if (!isDemandVisible(demand, membership?.organizationId))
        throw DomainError.notFound('Demand');
      throw DomainError.forbidden(
        'Only the organisation that posted this demand sees its matches',
        'NOT_DEMAND_OWNER',
      );
    }
    if (!matchKindsFor(demand.kind).includes(kind)) {
      throw DomainError.invalidField(
        'kind',
        'CANDIDATE_TYPE_NOT_ALLOWED',
        `A ${demand.kind} demand is matched to ${matchKindsFor(demand.kind).join(' and ')}s`,
      );
    }
    return this.withClaims(kind, await this.rankFor(demand, kind, limit));
  }

  /** Marks the candidates whose imported profile nobody has claimed yet (ADR 0017). */
  private async withClaims(kind: MatchKind, ranked: MatchCandidate[]): Promise<MatchCandidate[]> {
    const ids = ranked.map((c) => c.id);
    let claimed: (id: string) => boolean;
    if (kind === 'expert') {
      const experts = await this.experts.byIds(ids);
      claimed = (id) => Boolean(experts.get(id)?.userId);
    } else {
      const members = new Set((await this.directory.membersOf(ids)).map((m) => m.organizationId));
      claimed = (id) => members.has(id);
    }
    return ranked.map((c) => ({ ...c, claimed: claimed(c.id) }));
  }

  /**
   * The ranking itself, without the ownership check: for the platform's own use (telling the
   * best-matched candidates about a new demand). Callers decide who may see the result.
   */
  async rankFor(demand: DemandRecord, kind: MatchKind, limit: number): Promise<MatchCandidate[]> {
    if (kind === 'enterprise') return this.rankEnterprises(demand, limit);
    return kind === 'expert' ? this.rankExperts(demand, limit) : this.rankColleges(demand, limit);
  }

  /**
   * Enterprises for a college need (only verified ones are indexed): industry (for an internship
   * base, also the industries its majors serve), district, what the size says it can take on,
   * and for interns and mentees the places its size suggests.
   */
  private async rankEnterprises(demand: DemandRecord, limit: number): Promise<MatchCandidate[]> {
    const corpus = await this.corpus.of('enterprises');
    const query = demandQuery(demand, corpus);
    const divisions = majorDivisions(
      Array.isArray(demand.details.majorCodes)
        ? demand.details.majorCodes.filter((c): c is string => typeof c === 'string')
        : [],
    );
    const filter =
      divisions.length > 0
        ? `industryPrefixes IN ${JSON.stringify([...new Set([demand.industryCode.slice(0, 2), ...divisions])])}`
        : industryFilterOf(demand.industryCode);
    const pool = await this.candidates.find('enterprises', query, filter);
    const asked = placesAsked(demand);
    const codes = [demand.industryCode, ...divisions];
    return rankCandidates(
      pool,
      matchTexts(pool, query, FIELD_WEIGHTS.enterprises),
      {
        kind: 'enterprise',
        weights: this.weights.current(),
        features: (doc) => {
          const prefixes = doc.industryPrefixes ?? industryPrefixes(doc.industryCode ?? null);
          const places = enterprisePlaces(doc.size ?? undefined);
          return {
            district: doc.district === demand.district ? 1 : 0,
            industry: Math.max(0, ...codes.map((code) => industryFit(code, prefixes))),
            service: enterpriseServiceFit(demand.kind, doc.size ?? undefined),
            ...(asked && places ? { capacity: capacityFit(asked, places) } : {}),
          };
        },
        name: (doc) => doc.name ?? '',
      },
      limit,
    );
  }

  private async rankExperts(demand: DemandRecord, limit: number): Promise<MatchCandidate[]> {
    const { pool, query, common } = await this.candidatesFor('experts', demand);
    return rankCandidates(
      pool,
      matchTexts(pool, query, FIELD_WEIGHTS.experts),
      {
        kind: 'expert',
        weights: this.weights.current(),
        features: (doc) => ({
          ...common(doc),
          industry: industryFit(demand.industryCode, doc.industryPrefixes ?? []),
          service: serviceFit(demand.kind, doc.services ?? []),
          availability: availabilityFit(doc.availability),
        }),
        name: (doc) => doc.name ?? '',
      },
      limit,
    );
  }

  private async rankColleges(demand: DemandRecord, limit: number): Promise<MatchCandidate[]> {
    const { pool, query, common } = await this.candidatesFor('colleges', demand);
    const major = namedMajor(demand);
    const asked = placesAsked(demand);
    return rankCandidates(
      pool,
      matchTexts(pool, query, FIELD_WEIGHTS.colleges),
      {
        kind: 'college',
        weights: this.weights.current(),
        features: (doc) => ({
          ...common(doc),
          industry: industryFit(demand.industryCode, collegeIndustryPrefixes(doc)),
          service: collegeServiceFit(demand.kind, {
            trainingCapacity: doc.trainingCapacity ?? 0,
            researchCount: (doc.researchTitles ?? []).length,
            majorCount: (doc.majorCodes ?? []).length,
          }),
          ...collegeMajorFeatures(demand.kind, major.code, asked, doc),
        }),
        name: (doc) => doc.name ?? '',
      },
      limit,
    );
  }

  /** The pool, the query and the features every candidate type shares (district, track record). */
  private async candidatesFor<T extends 'experts' | 'colleges'>(type: T, demand: DemandRecord) {
    const corpus = await this.corpus.of(type);
    const query = demandQuery(demand, corpus);
    const pool = await this.candidates.find(type, query, industryFilterOf(demand.industryCode));
    const offers = await this.offers.activeCounts(
      type === 'experts' ? 'expert' : 'college',
      pool.map((c) => c.id),
    );
    const common = (doc: StoredDocument<T>) => ({
      district: doc.district === demand.district ? 1 : 0,
      trackRecord: trackRecordFit(offers.get(doc.id) ?? 0),
    });
    return { pool, query, common };
  }
}

/**
 * For a named major: how close the college's majors come, and whether the intake of the
 * closest one covers the headcount. For training: training places against trainees.
 */
function collegeMajorFeatures(
  kind: DemandKind,
  majorCode: string | undefined,
  asked: number | undefined,
  doc: StoredDocument<'colleges'>,
): Pick<Features, 'major' | 'capacity'> {
  if (kind === DemandKind.Training && asked) {
    return { capacity: capacityFit(asked, doc.trainingCapacity ?? 0) };
  }
  if (!majorCode) return {};
  const codes = doc.majorCodes ?? [];
  const intakes = doc.majorIntakes ?? [];
  const major = majorFit(majorCode, codes);
  if (!asked || major === 0) return { major };
  // The intake of the exact major, else of the same class.
  const exact = codes.indexOf(majorCode);
  const sameClass = codes.findIndex((c) => c.slice(0, 4) === majorCode.slice(0, 4));
  const at = exact >= 0 ? exact : sameClass;
  return { major, capacity: capacityFit(asked, at >= 0 ? intakes[at] : undefined) };
}
