import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';
import { type AuditAction, AuditActions, AuditLog, AuditTargets } from '@app/audit';
import {
  AccountLinkPurpose,
  AccountLinks,
  AuthService,
  type ClientInfo,
  UserDirectory,
} from '@app/identity';
import {
  APP_CONFIG,
  type AppConfig,
  type AuthUser,
  DomainError,
  isUniqueViolation,
  Role,
} from '@app/shared';
import type {
  AcceptedInvitationView,
  AcceptInvitationDto,
  InvitationPreviewView,
  InvitationView,
  InviteColleagueDto,
} from '../dto/team.dto';
import { OrganizationInvitation } from '../entities/organization-invitation.entity';
import { OrganizationMember } from '../entities/organization-member.entity';
import { Organization } from '../entities/organization.entity';
import { OrganizationKind } from '../entities/organization.types';
import { OrganizationRole } from './organization-roles';
import { TeamAccess } from './team-access';
import { assertCanInvite } from './team-policy';

const INVALID_TOKEN = () =>
  new DomainError(
    'invalid',
    'INVALID_INVITATION_TOKEN',
    'This invitation link is invalid, expired, revoked or already used',
  );

/** Enterprise accounts join enterprises, college accounts colleges. */
const ACCOUNT_ROLE: Record<OrganizationKind, Role> = {
  [OrganizationKind.Enterprise]: Role.Enterprise,
  [OrganizationKind.College]: Role.College,
};

function toInvitationView(i: OrganizationInvitation): InvitationView {
  return {
    id: i.id,
    organizationId: i.organizationId,
    email: i.email,
    role: i.role,
    invitedBy: i.invitedBy,
    expiresAt: i.expiresAt,
    createdAt: i.createdAt,
  };
}

function isPending(i: OrganizationInvitation): boolean {
  return !i.acceptedAt && !i.revokedAt && i.expiresAt.getTime() > Date.now();
}

/** E-mail invitations to a team (ADR 0018) through identity's account links. */
@Injectable()
export class TeamInvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly links: AccountLinks,
    private readonly auth: AuthService,
    private readonly users: UserDirectory,
    private readonly audit: AuditLog,
    private readonly access: TeamAccess,
  ) {}
  /** Pending invitations, newest first (managers and owners; admins read). */
  async invitations(actor: AuthUser, organizationId: string): Promise<InvitationView[]> {
    const { me } = await this.access.team(this.dataSource.manager, actor, organizationId, {
      lock: false,
    });
    if (me) assertCanInvite(me.role, OrganizationRole.Member);
    const rows = await this.dataSource.getRepository(OrganizationInvitation).find({
      where: {
        organizationId,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    return rows.map(toInvitationView);
  }
  async invite(
    actor: AuthUser,
    organizationId: string,
    input: InviteColleagueDto,
  ): Promise<InvitationView> {
    return this.dataSource.transaction(async (m) => {
      const { org, me } = await this.access.changingTeam(m, actor, organizationId);
      assertCanInvite(me.role, input.role);
      const email = input.email.trim().toLowerCase();
      const existingUser = await this.auth.findUserIdByEmail(email);
      if (
        existingUser &&
        (await m.existsBy(OrganizationMember, { organizationId, userId: existingUser }))
      ) {
        throw DomainError.conflict('ALREADY_MEMBER', 'This address already belongs to the team');
      }
      const pending = await m.findOneBy(OrganizationInvitation, {
        organizationId,
        email,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      });
      if (pending) {
        throw DomainError.conflict(
          'INVITATION_PENDING',
          'This address already has a pending invitation: re-send or revoke it',
        );
      }
      const invitation = m.create(OrganizationInvitation, {
        organizationId,
        email,
        role: input.role,
        invitedBy: actor.id,
        expiresAt: this.expiry(),
      });
      await m.save(invitation);
      await this.sendLink(m, actor, org, invitation);
      await this.record(m, actor, org, AuditActions.TeamInvitationSent, invitation, {
        role: invitation.role,
        resent: false,
      });
      return toInvitationView(invitation);
    });
  } /** A new link (and a new expiry) for an invitation that is not accepted or revoked. */
  async resend(
    actor: AuthUser,
    organizationId: string,
    invitationId: string,
  ): Promise<InvitationView> {
    return this.dataSource.transaction(async (m) => {
      const { org, me } = await this.access.changingTeam(m, actor, organizationId);
      const invitation = await this.lockInvitation(m, organizationId, invitationId);
      assertCanInvite(me.role, invitation.role);
      if (invitation.acceptedAt || invitation.revokedAt) throw notPending();
      invitation.expiresAt = this.expiry();
      await m.save(invitation);
      await this.sendLink(m, actor, org, invitation);
      await this.record(m, actor, org, AuditActions.TeamInvitationSent, invitation, {
        role: invitation.role,
        resent: true,
      });
      return toInvitationView(invitation);
    });
  }
  async revoke(actor: AuthUser, organizationId: string, invitationId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const { org, me } = await this.access.changingTeam(m, actor, organizationId);
      const invitation = await this.lockInvitation(m, organizationId, invitationId);
      assertCanInvite(me.role, invitation.role);
      if (invitation.acceptedAt || invitation.revokedAt) throw notPending();
      await m.update(OrganizationInvitation, invitation.id, { revokedAt: () => 'now()' });
      await this.links.revoke(m, AccountLinkPurpose.TeamInvitation, invitation.id);
      await this.record(m, actor, org, AuditActions.TeamInvitationRevoked, invitation, {
        role: invitation.role,
      });
    });
  } /** What the /join page shows: which organisation, which role, whether an account exists. */
  async preview(token: string): Promise<InvitationPreviewView> {
    const link = await this.links.peek(AccountLinkPurpose.TeamInvitation, token);
    const invitation = link
      ? await this.dataSource
          .getRepository(OrganizationInvitation)
          .findOneBy({ id: link.subjectId })
      : null;
    if (!link || !invitation || !isPending(invitation)) throw INVALID_TOKEN();
    const org = await this.dataSource.getRepository(Organization).findOneBy({
      id: invitation.organizationId,
    });
    if (!org) throw INVALID_TOKEN();
    return {
      organizationId: org.id,
      organizationName: org.name,
      organizationKind: org.kind,
      role: invitation.role,
      inviterName: link.details.inviterName ?? '',
      email: invitation.email,
      accountExists: (await this.auth.findUserIdByEmail(invitation.email)) !== null,
      expiresAt: invitation.expiresAt,
    };
  } /**
   * Joins the invited address's account to the team, creating it (verified: the link proved the
   * address) and logging it in when none exists. Refusals roll back, so the link stays usable.
   */
  async accept(input: AcceptInvitationDto, client: ClientInfo): Promise<AcceptedInvitationView> {
    const outcome = await this.dataSource.transaction(async (m) => {
      const link = await this.links.consume(m, AccountLinkPurpose.TeamInvitation, input.token);
      const invitation =
        link &&
        (await m.findOne(OrganizationInvitation, {
          where: { id: link.subjectId },
          lock: { mode: 'pessimistic_write' },
        }));
      if (!invitation || !isPending(invitation)) throw INVALID_TOKEN();
      const org = await m.findOne(Organization, {
        where: { id: invitation.organizationId },
        lock: { mode: 'for_no_key_update' },
      });
      if (!org) throw INVALID_TOKEN();
      const accountRole = ACCOUNT_ROLE[org.kind];
      const existingId = await this.auth.findUserIdByEmail(invitation.email);
      let userId: string;
      let created: Awaited<ReturnType<AuthService['createUser']>> | null = null;
      if (existingId) {
        const existing = await this.users.byId(existingId);
        if (existing?.role !== accountRole) {
          throw DomainError.conflict(
            'ACCOUNT_KIND_MISMATCH',
            `The account of this address cannot join a ${org.kind}: ${accountRole} accounts can`,
          );
        }
        await this.assertFree(m, existingId, org.id);
        userId = existingId;
      } else {
        created = await this.auth.createUser(
          {
            email: invitation.email,
            displayName: required(input.displayName, 'displayName'),
            password: required(input.password, 'password'),
            role: accountRole,
            locale: 'zh-CN',
          },
          m,
        );
        userId = created.id;
      }
      await m
        .insert(OrganizationMember, { organizationId: org.id, userId, role: invitation.role })
        .catch((error: unknown) => {
          if (!isUniqueViolation(error)) throw error;
          throw alreadyInAnother();
        });
      await m.update(OrganizationInvitation, invitation.id, {
        acceptedAt: () => 'now()',
        acceptedBy: userId,
      });
      await this.audit.record(m, {
        actor: { id: userId, role: accountRole },
        action: AuditActions.TeamInvitationAccepted,
        target: { type: AuditTargets.OrganizationInvitation, id: invitation.id },
        organizationId: org.id,
        district: org.district,
        details: { role: invitation.role, accountCreated: created !== null },
      });
      return { org, role: invitation.role, created };
    });
    return {
      organizationId: outcome.org.id,
      role: outcome.role,
      accountCreated: outcome.created !== null,
      auth: outcome.created ? await this.auth.logIn(outcome.created, client) : null,
    };
  }
  private async lockInvitation(
    m: EntityManager,
    organizationId: string,
    id: string,
  ): Promise<OrganizationInvitation> {
    const invitation = await m.findOne(OrganizationInvitation, {
      where: { id, organizationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!invitation) throw DomainError.notFound('Invitation');
    return invitation;
  }
  private async assertFree(m: EntityManager, userId: string, organizationId: string) {
    const current = await m.findOneBy(OrganizationMember, { userId });
    if (!current) return;
    if (current.organizationId === organizationId) {
      throw DomainError.conflict('ALREADY_MEMBER', 'This account already belongs to the team');
    }
    throw alreadyInAnother();
  } /** Issues the emailed link (revoking the invitation's older one) in the caller's transaction. */
  private async sendLink(
    m: EntityManager,
    actor: AuthUser,
    org: Organization,
    invitation: OrganizationInvitation,
  ): Promise<void> {
    const inviter = await this.users.byId(actor.id);
    await this.links.issue(m, {
      purpose: AccountLinkPurpose.TeamInvitation,
      subjectId: invitation.id,
      email: invitation.email,
      locale: inviter?.locale ?? 'zh-CN',
      ttlMinutes: this.config.TEAM_INVITATION_TTL_DAYS * 1440,
      details: {
        organizationName: org.name,
        inviterName: inviter?.displayName ?? '',
        role: invitation.role,
      },
    });
  }
  private expiry(): Date {
    return new Date(Date.now() + this.config.TEAM_INVITATION_TTL_DAYS * 86_400_000);
  }
  private record(
    m: EntityManager,
    actor: AuthUser,
    org: Organization,
    action: AuditAction,
    invitation: OrganizationInvitation,
    details: Record<string, unknown>,
  ): Promise<void> {
    // The address is contact data: the entry names the invitation, not whom it went to.
    return this.audit.record(m, {
      actor,
      action,
      target: { type: AuditTargets.OrganizationInvitation, id: invitation.id },
      organizationId: org.id,
      district: org.district,
      details,
    });
  }
}

function notPending(): DomainError {
  return DomainError.conflict(
    'INVITATION_NOT_PENDING',
    'This invitation was already accepted or revoked',
  );
}

function alreadyInAnother(): DomainError {
  return DomainError.conflict(
    'ALREADY_IN_ANOTHER_ORGANIZATION',
    'The account of this address already belongs to another organisation',
  );
}

/** A new account needs a name and a password; an existing one does not. */
function required(value: string | undefined, field: string): string {
  if (value === undefined || value === '') {
    throw DomainError.invalidField(
      field,
      'REQUIRED_FOR_NEW_ACCOUNT',
      `${field} is required: no account has the invited address yet`,
    );
  }
  return value;
}
