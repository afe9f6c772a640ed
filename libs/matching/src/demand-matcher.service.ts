import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { Demand, Offer, OfferStatus } from '@app/demands';
import { OrganizationDirectory } from '@app/organizations';
import { findIndustry } from '@app/reference';
import { type AuthUser, DomainError, isAdmin } from '@app/shared';
import { type Candidate, CandidateSearch } from './candidate-search';
import {
  availabilityFit,
  collegeIndustryPrefixes,
  type Features,
  industryFit,
  scoreOf,
  serviceFit,
  trackRecordFit,
} from './match-features';
import type { MatchCandidate } from './match.types';
import { reasonsFor } from './reasons';

export type MatchKind = 'expert' | 'college';

/** Ranks experts or colleges for a demand: candidates from Meilisearch, re-ranked on features. */
@Injectable()
export class DemandMatcher {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrganizationDirectory,
    private readonly candidates: CandidateSearch,
  ) {}

  async matches(
    actor: AuthUser,
    demandId: string,
    kind: MatchKind,
    limit: number,
  ): Promise<MatchCandidate[]> {
    const demand = await this.dataSource.getRepository(Demand).findOneBy({ id: demandId });
    if (!demand) throw DomainError.notFound('Demand');
    const membership = await this.directory.membershipOf(actor.id);
    if (!isAdmin(actor) && membership?.organizationId !== demand.organizationId) {
      // Drafts do not exist for outsiders; open demands are public, their matches are not.
      if (demand.status === 'draft') throw DomainError.notFound('Demand');
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
  async rankFor(demand: Demand, kind: MatchKind, limit: number): Promise<MatchCandidate[]> {
    const words = {
      phrases: [...demand.skills, ...demand.tags],
      texts: [demand.title, findIndustry(demand.industryCode)?.name ?? ''],
    };
    const industryFilter = `industryPrefixes = ${JSON.stringify(demand.industryCode.slice(0, 2))}`;
    // Colleges carry the divisions their majors serve, so the industry query finds them too.
    const pool =
      kind === 'expert'
        ? await this.candidates.find('experts', words, industryFilter)
        : await this.candidates.find(
            'colleges',
            { ...words, texts: [...words.texts, demand.description.slice(0, 100)] },
            industryFilter,
          );
    const offers = await this.offerCounts(
      kind,
      pool.map((c) => c.id),
    );
    return pool
      .map((c) => this.rank(kind, demand, c, offers.get(c.id) ?? 0))
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit);
  }

  private rank(kind: MatchKind, demand: Demand, c: Candidate, offerCount: number): MatchCandidate {
    const doc = c.document;
    const features: Features =
      kind === 'expert'
        ? {
            text: c.relevance,
            industry: industryFit(demand.industryCode, (doc.industryPrefixes as string[]) ?? []),
            service: serviceFit(demand.kind, (doc.services as string[]) ?? []),
            availability: availabilityFit(doc.availability as string),
            district: doc.district === demand.district ? 1 : 0,
            trackRecord: trackRecordFit(offerCount),
          }
        : {
            text: c.relevance,
            industry: industryFit(demand.industryCode, collegeIndustryPrefixes(doc)),
            service: collegeServiceFit(demand.kind, doc),
            availability: 1,
            district: doc.district === demand.district ? 1 : 0,
            trackRecord: trackRecordFit(offerCount),
          };
    return {
      id: c.id,
      kind,
      name: String(doc.name ?? ''),
      score: scoreOf(features),
      explanation: {
        matchedTerms: c.matchedTerms,
        matchedFields: c.matchedFields,
        features,
        reasons: reasonsFor(features, c.matchedTerms),
      },
      profile: doc,
    };
  }

  private async offerCounts(kind: MatchKind, ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const column = kind === 'expert' ? 'expert_id' : 'organization_id';
    const rows: { id: string; count: string }[] = await this.dataSource
      .getRepository(Offer)
      .createQueryBuilder('o')
      .select(`o.${column}`, 'id')
      .addSelect('count(*)', 'count')
      .where({
        status: OfferStatus.Active,
        [kind === 'expert' ? 'expertId' : 'organizationId']: In(ids),
      })
      .groupBy(`o.${column}`)
      .getRawMany();
    return new Map(rows.map((r) => [r.id, Number(r.count)]));
  }
}

function collegeServiceFit(kind: string, doc: Record<string, unknown>): number {
  if (kind === 'training') return Number(doc.trainingCapacity ?? 0) > 0 ? 1 : 0.3;
  if (kind === 'rnd') return ((doc.researchTitles as string[]) ?? []).length > 0 ? 1 : 0.4;
  if (kind === 'talent') return ((doc.majorCodes as string[]) ?? []).length > 0 ? 1 : 0.4;
  return 1;
}
