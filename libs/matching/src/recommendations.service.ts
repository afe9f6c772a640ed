import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Expert } from '@app/experts';
import { Organization, OrganizationDirectory, OrganizationKind } from '@app/organizations';
import { findIndustry, majorDivisions } from '@app/reference';
import { type AuthUser, DomainError, isAdmin } from '@app/shared';
import { type Candidate, CandidateSearch } from './candidate-search';
import { type Features, industryFit, scoreOf, serviceFit } from './match-features';
import type { MatchCandidate } from './match.types';
import { reasonsFor } from './reasons';

/** Open demands ranked for an expert or a college, shown to that expert or college only. */
@Injectable()
export class Recommendations {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrganizationDirectory,
    private readonly candidates: CandidateSearch,
  ) {}

  async forExpert(actor: AuthUser, expertId: string, limit: number): Promise<MatchCandidate[]> {
    const expert = await this.dataSource.getRepository(Expert).findOneBy({ id: expertId });
    if (!expert || (!expert.isPublic && expert.userId !== actor.id && !isAdmin(actor))) {
      throw DomainError.notFound('Expert');
    }
    if (expert.userId !== actor.id && !isAdmin(actor)) {
      throw DomainError.forbidden('Recommendations are for the expert only', 'NOT_PROFILE_OWNER');
    }
    const words = { phrases: [...expert.skills, ...expert.fields], texts: [expert.title] };
    const division = expert.industryCodes[0]?.slice(0, 2);
    const pool = await this.candidates.find(
      'demands',
      words,
      division ? `industryPrefixes = "${division}"` : null,
    );
    return this.rank(pool, limit, (doc) => ({
      industry: Math.max(
        0,
        ...expert.industryCodes.map((code) =>
          industryFit(String(doc.industryCode), prefixesOf(code)),
        ),
      ),
      service: serviceFit(String(doc.kind), expert.services),
      district: doc.district === expert.district ? 1 : 0,
    }));
  }

  async forCollege(actor: AuthUser, collegeId: string, limit: number): Promise<MatchCandidate[]> {
    const college = await this.dataSource
      .getRepository(Organization)
      .findOneBy({ id: collegeId, kind: OrganizationKind.College });
    const membership = await this.directory.membershipOf(actor.id);
    const member = membership?.organizationId === collegeId;
    if (!college || (college.status !== 'verified' && !member && !isAdmin(actor)))
      throw DomainError.notFound('College');
    if (!member && !isAdmin(actor)) {
      throw DomainError.forbidden(
        'Recommendations are for the college members only',
        'NOT_ORGANIZATION_MEMBER',
      );
    }
    const majors = college.majors ?? [];
    const words = {
      phrases: [...majors.map((m) => m.name), ...college.tags],
      texts: (college.researchResults ?? []).map((r) => r.title),
    };
    const divisions = majorDivisions(majors.map((m) => m.code));
    // Demands of the industries its majors serve enter the pool even without a shared word.
    const pool = await this.candidates.find(
      'demands',
      words,
      divisions.length > 0 ? `industryPrefixes IN ${JSON.stringify(divisions)}` : null,
    );
    return this.rank(pool, limit, (doc) => ({
      industry: Math.max(
        0,
        ...divisions.map((d) => industryFit(String(doc.industryCode), prefixesOf(d))),
      ),
      service: doc.kind === 'training' ? (college.trainingCapacity ? 1 : 0.3) : 1,
      district: doc.district === college.district ? 1 : 0,
    }));
  }

  private rank(
    pool: Candidate[],
    limit: number,
    fit: (doc: Record<string, unknown>) => Pick<Features, 'industry' | 'service' | 'district'>,
  ): MatchCandidate[] {
    return pool
      .map((c): MatchCandidate => {
        // The reader's own availability and record are not in question here: neutral values.
        const features: Features = {
          text: c.relevance,
          availability: 1,
          trackRecord: 0.5,
          ...fit(c.document),
        };
        return {
          id: c.id,
          kind: 'demand',
          name: String(c.document.title ?? ''),
          score: scoreOf(features),
          explanation: {
            matchedTerms: c.matchedTerms,
            matchedFields: c.matchedFields,
            features,
            reasons: reasonsFor(features, c.matchedTerms),
          },
          profile: c.document,
        };
      })
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit);
  }
}

/** The GB/T 4754 levels a code sits under, as candidates' prefixes are stored. */
function prefixesOf(code: string): string[] {
  const section = findIndustry(code)?.section;
  const levels = [2, 3, 4].filter((n) => code.length >= n).map((n) => code.slice(0, n));
  return section ? [section, ...levels] : levels;
}
