import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type AuditAction, AuditActions, AuditLog, AuditTargets } from '@app/audit';
import { UserDirectory } from '@app/identity';
import { type AuthUser, DomainError } from '@app/shared';
import type { TeamMemberView } from '../dto/team.dto';
import { OrganizationMember } from '../entities/organization-member.entity';
import type { Organization } from '../entities/organization.entity';
import { OrganizationRole } from './organization-roles';
import { TeamAccess } from './team-access';
import { assertCanChangeRoles, assertCanRemove, assertKeepsAnOwner } from './team-policy';

/**
 * An organisation's team (ADR 0018): its members and their roles, removal, leaving and ownership transfer
 * (invitations: TeamInvitationsService). Every change locks the
 * organisation's row, so the "keeps an owner" rule sees the team as it is; memberships are read
 * per request (OrganizationDirectory.membershipOf), so a change applies to the next request.
 */
@Injectable()
export class TeamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserDirectory,
    private readonly audit: AuditLog,
    private readonly access: TeamAccess,
  ) {}
  /** The members with their roles and names, oldest first: for the team and admins only. */
  async members(actor: AuthUser, organizationId: string): Promise<TeamMemberView[]> {
    await this.access.team(this.dataSource.manager, actor, organizationId, { lock: false });
    const rows = await this.dataSource.getRepository(OrganizationMember).find({
      where: { organizationId },
      order: { createdAt: 'ASC', userId: 'ASC' },
    });
    const names = await this.users.byIds(rows.map((r) => r.userId));
    return rows.map((r) => ({
      userId: r.userId,
      displayName: names.get(r.userId)?.displayName ?? '',
      role: r.role,
      joinedAt: r.createdAt,
    }));
  }
  async changeRole(
    actor: AuthUser,
    organizationId: string,
    userId: string,
    role: OrganizationRole,
  ): Promise<TeamMemberView> {
    return this.dataSource.transaction(async (m) => {
      const { org, me } = await this.access.changingTeam(m, actor, organizationId);
      assertCanChangeRoles(me.role);
      const target = await this.access.memberRow(m, organizationId, userId);
      assertKeepsAnOwner(target.role, role, await this.access.owners(m, organizationId));
      const from = target.role;
      if (from !== role) {
        await m.update(OrganizationMember, { organizationId, userId }, { role });
        await this.recordMember(m, actor, org, AuditActions.TeamRoleChanged, {
          userId,
          from,
          to: role,
        });
      }
      const user = await this.users.byId(userId);
      return { userId, displayName: user?.displayName ?? '', role, joinedAt: target.createdAt };
    });
  } /** Removes a member; removing oneself is leaving. */
  async remove(actor: AuthUser, organizationId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const { org, me } = await this.access.changingTeam(m, actor, organizationId);
      const self = userId === actor.id;
      const target = self ? me : await this.access.memberRow(m, organizationId, userId);
      assertCanRemove(me.role, target.role, self);
      assertKeepsAnOwner(target.role, null, await this.access.owners(m, organizationId));
      await m.delete(OrganizationMember, { organizationId, userId });
      await this.recordMember(m, actor, org, AuditActions.TeamMemberRemoved, {
        userId,
        role: target.role,
        left: self,
      });
    });
  } /** The caller hands ownership to another member and becomes a manager. */
  async transferOwnership(actor: AuthUser, organizationId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const { org, me } = await this.access.changingTeam(m, actor, organizationId);
      assertCanChangeRoles(me.role);
      if (userId === actor.id) {
        throw DomainError.invalidField(
          'userId',
          'ANOTHER_MEMBER_REQUIRED',
          'Transfer ownership to another member of the organisation',
        );
      }
      const target = await this.access.memberRow(m, organizationId, userId);
      await m.update(
        OrganizationMember,
        { organizationId, userId },
        { role: OrganizationRole.Owner },
      );
      await m.update(
        OrganizationMember,
        { organizationId, userId: actor.id },
        { role: OrganizationRole.Manager },
      );
      await this.recordMember(m, actor, org, AuditActions.TeamOwnershipTransferred, {
        userId,
        from: actor.id,
        previousRole: target.role,
      });
    });
  }
  private recordMember(
    m: EntityManager,
    actor: AuthUser,
    org: Organization,
    action: AuditAction,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(m, {
      actor,
      action,
      target: { type: AuditTargets.Organization, id: org.id },
      organizationId: org.id,
      district: org.district,
      details,
    });
  }
}
