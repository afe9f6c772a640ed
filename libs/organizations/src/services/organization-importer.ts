import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type DomainEventInput, OutboxService } from '@app/shared';
import type { CreateCollegeDto } from '../dto/college.dto';
import type { CreateEnterpriseDto } from '../dto/enterprise.dto';
import { OrganizationMember } from '../entities/organization-member.entity';
import { OrganizationRole } from '../team/organization-roles';
import { Organization } from '../entities/organization.entity';
import { OrganizationKind, VerificationStatus } from '../entities/organization.types';
import { OrganizationEvents, organizationEvent } from '../organization-events';

/** Rows per INSERT and per outbox write: well under PostgreSQL's 65,535 bind parameters. */
const CHUNK = 500;

export interface ImportReview {
  /** Existing city members are verified on import, reviewed by the importing admin. */
  verify: boolean;
  reviewerId: string;
}

/** Bulk registration for admins' onboarding, inside the caller's transaction. */
@Injectable()
export class OrganizationImporter {
  constructor(private readonly outbox: OutboxService) {}

  /** Inserts validated profiles of one kind with their outbox events; returns their ids. */
  async importMany(
    m: EntityManager,
    kind: OrganizationKind,
    inputs: readonly (CreateEnterpriseDto | CreateCollegeDto)[],
    { verify, reviewerId }: ImportReview,
  ): Promise<string[]> {
    const reviewedAt = new Date();
    const orgs = inputs.map((input) =>
      m.create(Organization, {
        ...input,
        kind,
        status: verify ? VerificationStatus.Verified : VerificationStatus.Pending,
        reviewedAt: verify ? reviewedAt : null,
        reviewedBy: verify ? reviewerId : null,
        // Registered (version 1) then verified (version 2), as if reviewed one by one.
        version: verify ? 2 : 1,
      }),
    );
    await m.save(orgs, { chunk: CHUNK });
    const events: DomainEventInput[] = orgs.flatMap((org) =>
      verify
        ? [
            organizationEvent(OrganizationEvents.Registered, { ...org, version: 1 }),
            organizationEvent(OrganizationEvents.Verified, org),
          ]
        : [organizationEvent(OrganizationEvents.Registered, org)],
    );
    for (let i = 0; i < events.length; i += CHUNK) {
      await this.outbox.record(m, ...events.slice(i, i + CHUNK));
    }
    return orgs.map((org) => org.id);
  }

  /**
   * Binds a claimed organisation to its first owner (ADR 0017), in the claim's transaction. False
   * when the organisation is gone or someone already belongs to it (it was claimed or registered
   * by hand); the organisation row is locked so two claims cannot both pass.
   */
  async claim(m: EntityManager, organizationId: string, userId: string): Promise<boolean> {
    const locked: { id: string }[] = await m.query(
      `SELECT id FROM organizations WHERE id = $1 FOR UPDATE`,
      [organizationId],
    );
    if (locked.length === 0) return false;
    if (await m.existsBy(OrganizationMember, { organizationId })) return false;
    await m.insert(OrganizationMember, { organizationId, userId, role: OrganizationRole.Owner });
    return true;
  }

  /** Whether anyone belongs to the organisation yet (an imported one waits to be claimed). */
  hasMembers(m: EntityManager, organizationId: string): Promise<boolean> {
    return m.existsBy(OrganizationMember, { organizationId });
  }
}
