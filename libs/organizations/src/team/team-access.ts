import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AuthUser, DomainError, isAdmin } from '@app/shared';
import { OrganizationMember } from '../entities/organization-member.entity';
import { Organization } from '../entities/organization.entity';
import { VerificationStatus } from '../entities/organization.types';
import { OrganizationRole } from './organization-roles';

/** An organisation and the caller's membership of it. */
export interface Team {
  org: Organization;
  /** The caller's membership; null only for admins (who read but do not change teams). */
  me: OrganizationMember | null;
}

/** Who may see and change a team, and its rows: shared by the members and invitations services. */
@Injectable()
export class TeamAccess {
  /**
   * The organisation and the caller's membership. Outsiders get today's answers: 404 when the
   * organisation is hidden from them, else 403 NOT_ORGANIZATION_MEMBER; admins read.
   */
  async team(
    m: EntityManager,
    actor: AuthUser,
    organizationId: string,
    { lock }: { lock: boolean },
  ): Promise<Team> {
    const org = await m.findOne(Organization, {
      where: { id: organizationId },
      ...(lock ? { lock: { mode: 'for_no_key_update' as const } } : {}),
    });
    if (!org) throw DomainError.notFound('Organization');
    const me = await m.findOneBy(OrganizationMember, { organizationId, userId: actor.id });
    if (me || isAdmin(actor)) return { org, me };
    if (org.status !== VerificationStatus.Verified) throw DomainError.notFound('Organization');
    throw DomainError.forbidden(
      'Only members of this organisation may see or change its team',
      'NOT_ORGANIZATION_MEMBER',
    );
  }

  /** For changes: the organisation's row locked and the caller a member (admins included out). */
  async changingTeam(
    m: EntityManager,
    actor: AuthUser,
    organizationId: string,
  ): Promise<{ org: Organization; me: OrganizationMember }> {
    const { org, me } = await this.team(m, actor, organizationId, { lock: true });
    if (!me) {
      throw DomainError.forbidden(
        'Only members of this organisation may change its team',
        'NOT_ORGANIZATION_MEMBER',
      );
    }
    return { org, me };
  }

  async memberRow(
    m: EntityManager,
    organizationId: string,
    userId: string,
  ): Promise<OrganizationMember> {
    const row = await m.findOneBy(OrganizationMember, { organizationId, userId });
    if (!row) throw DomainError.notFound('Member');
    return row;
  }

  owners(m: EntityManager, organizationId: string): Promise<number> {
    return m.countBy(OrganizationMember, { organizationId, role: OrganizationRole.Owner });
  }
}
