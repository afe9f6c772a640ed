import { Injectable } from '@nestjs/common';
import { DemandReader, type DemandRecord, isDemandVisible, OfferReader } from '@app/demands';
import { OrganizationDirectory } from '@app/organizations';
import { type AuthUser, DomainError, isAdmin } from '@app/shared';
import { CandidateSearch } from './candidate-search';
import {
  availabilityFit,
  capacityFit,
  collegeIndustryPrefixes,
  collegeServiceFit,
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

export type MatchKind = 'expert' | 'college';

/** Ranks experts or colleges for a demand: candidates from Meilisearch, ranked in memory. */
@Injectable()
export class DemandMatcher {
  constructor(
    private readonly demands: DemandReader,
    private readonly offers: OfferReader,
    private readonly directory: OrganizationDirectory,
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
        'Only the enterprise that posted this demand sees its matches',
        'NOT_DEMAND_OWNER',
      );
    }
    return this.rankFor(demand, kind, limit);
  }

  /**
   * The ranking itself, without the ownership check: for the platform's own use (telling the
   * best-matched candidates about a new demand). Callers decide who may see the result.
   */
  async rankFor(demand: DemandRecord, kind: MatchKind, limit: number): Promise<MatchCandidate[]> {
    const type = kind === 'expert' ? 'experts' : 'colleges';
    const corpus = await this.corpus.of(type);
    const query = demandQuery(demand, corpus);
    // Colleges carry the divisions their majors serve, so the industry query finds them too.
    const industryFilter = `industryPrefixes = ${JSON.stringify(demand.industryCode.slice(0, 2))}`;
    const major = namedMajor(demand);
    const pool = await this.candidates.find(type, query, industryFilter);
    const offers = await this.offers.activeCounts(
      kind,
      pool.map((c) => c.id),
    );
    const texts = matchTexts(pool, query, FIELD_WEIGHTS[type]);
    const asked = placesAsked(demand);
    const features = (doc: Record<string, unknown>): Omit<Features, 'text'> => {
      const common = {
        district: doc.district === demand.district ? 1 : 0,
        trackRecord: trackRecordFit(offers.get(String(doc.id)) ?? 0),
      };
      if (kind === 'expert') {
        return {
          ...common,
          industry: industryFit(demand.industryCode, (doc.industryPrefixes as string[]) ?? []),
          service: serviceFit(demand.kind, (doc.services as string[]) ?? []),
          availability: availabilityFit(doc.availability as string),
        };
      }
      return {
        ...common,
        industry: industryFit(demand.industryCode, collegeIndustryPrefixes(doc)),
        service: collegeServiceFit(demand.kind, {
          trainingCapacity: Number(doc.trainingCapacity ?? 0),
          researchCount: ((doc.researchTitles as string[]) ?? []).length,
          majorCount: ((doc.majorCodes as string[]) ?? []).length,
        }),
        ...collegeMajorFeatures(demand.kind, major.code, asked, doc),
      };
    };
    return rankCandidates(
      pool,
      texts,
      {
        kind,
        weights: this.weights.current(),
        features,
        name: (doc) => String(doc.name ?? ''),
      },
      limit,
    );
  }
}

/**
 * For a named major: how close the college's majors come, and whether the intake of the
 * closest one covers the headcount. For training: training places against trainees.
 */
function collegeMajorFeatures(
  kind: string,
  majorCode: string | undefined,
  asked: number | undefined,
  doc: Record<string, unknown>,
): Pick<Features, 'major' | 'capacity'> {
  if (kind === 'training' && asked) {
    return { capacity: capacityFit(asked, Number(doc.trainingCapacity ?? 0)) };
  }
  if (!majorCode) return {};
  const codes = (doc.majorCodes as string[]) ?? [];
  const intakes = (doc.majorIntakes as (number | null)[] | undefined) ?? [];
  const major = majorFit(majorCode, codes);
  if (!asked || major === 0) return { major };
  // The intake of the exact major, else of the same class.
  const exact = codes.indexOf(majorCode);
  const sameClass = codes.findIndex((c) => c.slice(0, 4) === majorCode.slice(0, 4));
  const at = exact >= 0 ? exact : sameClass;
  return { major, capacity: capacityFit(asked, at >= 0 ? intakes[at] : undefined) };
}
