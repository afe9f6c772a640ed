import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ExpertDirectory } from '@app/experts';
import { OrganizationDirectory, VerificationStatus } from '@app/organizations';
import {
  type AuthUser,
  DomainError,
  isAdmin,
  type ResponsivenessLookup,
  type ResponsivenessView,
} from '@app/shared';

interface FiguresRow {
  received: number;
  responded: number;
  median_seconds: number | null;
}

/**
 * How reliably a party answers the matches addressed to it. Withdrawn ones are left out: the
 * initiator took them back, so there was nothing left to answer.
 */
const FIGURES_SQL = (answeringSide: string) => `
  SELECT count(*)::int AS received,
         count(*) FILTER (WHERE status IN ('connected', 'declined'))::int AS responded,
         percentile_cont(0.5) WITHIN GROUP (
           ORDER BY extract(epoch FROM responded_at - created_at)::float8
         ) AS median_seconds
    FROM connections
   WHERE status <> 'withdrawn' AND (${answeringSide})`;

@Injectable()
export class Responsiveness implements ResponsivenessLookup {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
    private readonly experts: ExpertDirectory,
  ) {}

  async forOrganization(actor: AuthUser | undefined, id: string): Promise<ResponsivenessView> {
    const org = await this.organizations.byId(id);
    if (!org || (org.status !== VerificationStatus.Verified && !isAdmin(actor))) {
      throw DomainError.notFound('Organization');
    }
    return this.ofOrganization(id);
  }

  async forExpert(actor: AuthUser | undefined, id: string): Promise<ResponsivenessView> {
    const expert = await this.experts.byId(id);
    const own = actor !== undefined && expert?.userId === actor.id;
    if (!expert || (!expert.isPublic && !own && !isAdmin(actor))) {
      throw DomainError.notFound('Expert');
    }
    return this.ofExpert(id);
  }

  /** Figures without a visibility check: for callers that have already shown the profile. */
  ofOrganization(id: string): Promise<ResponsivenessView> {
    // Owners (enterprises, and colleges for their needs) answer interests; candidate colleges
    // and enterprises answer invitations.
    return this.figures(
      `(owner_id = $1 AND initiated_by = 'candidate') OR (candidate_organization_id = $1 AND initiated_by = 'owner')`,
      id,
    );
  }

  ofExpert(id: string): Promise<ResponsivenessView> {
    return this.figures(`expert_id = $1 AND initiated_by = 'owner'`, id);
  }

  private async figures(answeringSide: string, id: string): Promise<ResponsivenessView> {
    const [row]: FiguresRow[] = await this.dataSource.query(FIGURES_SQL(answeringSide), [id]);
    return {
      received: row.received,
      responded: row.responded,
      responseRate: row.received ? round(row.responded / row.received, 3) : null,
      medianResponseHours: row.median_seconds === null ? null : round(row.median_seconds / 3600, 2),
    };
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
