import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditActions, AuditLog, AuditTargets } from '@app/audit';
import { ExpertDirectory, ExpertsService } from '@app/experts';
import {
  AccountLinkPurpose,
  AccountLinks,
  AuthService,
  type ClientInfo,
  type ConsumedAccountLink,
  UserDirectory,
} from '@app/identity';
import { OrganizationDirectory, OrganizationImporter, OrganizationKind } from '@app/organizations';
import { APP_CONFIG, type AppConfig, type AuthUser, DomainError, Role } from '@app/shared';
import { ImportBatch } from '../import-batch.entity';
import { ImportErrors } from '../import-errors';
import { ImportStatus } from '../import-types';
import type {
  AcceptClaimDto,
  ClaimPreviewView,
  ClaimSentView,
  ImportClaimsView,
  SendClaimDto,
} from './claim.dto';

type SubjectType = 'expert' | 'organization';

interface Subject {
  type: SubjectType;
  id: string;
  name: string;
  /** The account role that may hold it. */
  role: Role;
  claimed: boolean;
  /** Where the link goes unless the admin says otherwise (an expert's contact address). */
  address: string | null;
}

const INVALID_TOKEN = () =>
  new DomainError('invalid', 'INVALID_CLAIM_TOKEN', 'This claim link is invalid, expired or used');
const ALREADY_CLAIMED = () =>
  DomainError.conflict('ALREADY_CLAIMED', 'This profile already has an account');

/**
 * Profile claims (ADR 0017): admins send an imported expert or organisation a single-use link
 * (one, or every profile of an import); following it binds the profile to the account of that
 * address, made on the spot when there is none, and logs it in.
 */
@Injectable()
export class ClaimsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly links: AccountLinks,
    private readonly auth: AuthService,
    private readonly users: UserDirectory,
    private readonly experts: ExpertDirectory,
    private readonly expertProfiles: ExpertsService,
    private readonly organizations: OrganizationDirectory,
    private readonly importer: OrganizationImporter,
    private readonly audit: AuditLog,
  ) {}

  async send(admin: AuthUser, input: SendClaimDto): Promise<ClaimSentView> {
    if ((input.expertId === undefined) === (input.organizationId === undefined)) {
      throw DomainError.invalidField(
        'expertId',
        'EXACTLY_ONE_PROFILE',
        'Give exactly one of expertId and organizationId',
      );
    }
    return this.dataSource.transaction(async (m) => {
      const subject = input.expertId
        ? await this.expert(m, input.expertId)
        : await this.organization(m, input.organizationId as string);
      if (!subject) throw DomainError.notFound(input.expertId ? 'Expert' : 'Organization');
      if (subject.claimed) throw ALREADY_CLAIMED();
      const email = input.email ?? subject.address;
      if (!email) {
        throw DomainError.invalidField(
          'email',
          'CLAIM_ADDRESS_REQUIRED',
          'This profile has no contact address: give the one to send the link to',
        );
      }
      await this.issue(m, subject, email);
      await this.audit.record(m, {
        actor: admin,
        action: AuditActions.ProfileClaimInvited,
        target: { type: targetOf(subject.type), id: subject.id },
        organizationId: subject.type === 'organization' ? subject.id : null,
      });
      return { subjectType: subject.type, subjectId: subject.id, email: email.toLowerCase() };
    });
  }

  /** Every profile a committed import made that is unclaimed and has an address gets a link. */
  async sendForImport(admin: AuthUser, importId: string): Promise<ImportClaimsView> {
    return this.dataSource.transaction(async (m) => {
      const batch = await m.findOneBy(ImportBatch, { id: importId });
      if (!batch) throw ImportErrors.notFound();
      if (batch.status !== ImportStatus.Committed) {
        throw DomainError.conflict('IMPORT_NOT_COMMITTED', 'Only a committed import made profiles');
      }
      const view: ImportClaimsView = { sent: 0, skipped: [] };
      for (const id of batch.createdIds) {
        const subject =
          batch.type === 'experts' ? await this.expert(m, id) : await this.organization(m, id);
        if (!subject) continue;
        if (subject.claimed || !subject.address) {
          const reason = subject.claimed ? 'ALREADY_CLAIMED' : 'NO_ADDRESS';
          view.skipped.push({ id, name: subject.name, reason });
          continue;
        }
        await this.issue(m, subject, subject.address);
        view.sent += 1;
      }
      await this.audit.record(m, {
        actor: admin,
        action: AuditActions.ProfileClaimInvited,
        target: { type: AuditTargets.ImportBatch, id: importId },
        details: { sent: view.sent, skipped: view.skipped.length },
      });
      return view;
    });
  }

  /** What following the link would do, without spending it. */
  async preview(token: string): Promise<ClaimPreviewView> {
    const link = await this.links.peek(AccountLinkPurpose.ClaimProfile, token);
    if (!link) throw INVALID_TOKEN();
    return {
      subjectType: link.details.subjectType as SubjectType,
      profileName: link.details.profileName ?? '',
      email: link.email,
      accountExists: (await this.users.byEmail(link.email)) !== null,
    };
  }

  async accept(input: AcceptClaimDto, client: ClientInfo) {
    const userId = await this.dataSource.transaction(async (m) => {
      const link = await this.links.consume(m, AccountLinkPurpose.ClaimProfile, input.token);
      if (!link) return null;
      const subject =
        link.details.subjectType === 'expert'
          ? await this.expert(m, link.subjectId)
          : await this.organization(m, link.subjectId);
      if (!subject) return null;
      if (subject.claimed) throw ALREADY_CLAIMED();
      const owner = await this.accountFor(m, link, subject, input);
      const bound =
        subject.type === 'expert'
          ? await this.expertProfiles.claim(m, subject.id, owner)
          : await this.importer.claim(m, subject.id, owner);
      if (!bound) throw ALREADY_CLAIMED();
      await this.audit.record(m, {
        actor: { id: owner, role: subject.role },
        action: AuditActions.ProfileClaimed,
        target: { type: targetOf(subject.type), id: subject.id },
        organizationId: subject.type === 'organization' ? subject.id : null,
      });
      return owner;
    });
    if (!userId) throw INVALID_TOKEN();
    return this.auth.logInById(userId, client);
  }

  /** The account of the link's address (which must fit the profile), or a new one. */
  private async accountFor(
    m: EntityManager,
    link: ConsumedAccountLink,
    subject: Subject,
    input: AcceptClaimDto,
  ): Promise<string> {
    const existing = await this.users.byEmail(link.email, m);
    if (existing) {
      if (existing.disabledAt) throw INVALID_TOKEN();
      if (existing.role !== subject.role) {
        throw DomainError.conflict(
          'CLAIM_ACCOUNT_MISMATCH',
          `The account of this address is a ${existing.role} account; this profile needs a ${subject.role} one`,
        );
      }
      const taken =
        subject.type === 'expert'
          ? await this.experts.byUserId(existing.id, m)
          : await this.organizations.membershipOf(existing.id, m);
      if (taken) {
        throw DomainError.conflict(
          subject.type === 'expert' ? 'ALREADY_HAS_PROFILE' : 'ALREADY_IN_ORGANIZATION',
          'The account of this address already has a profile of its own',
        );
      }
      return existing.id;
    }
    if (!input.displayName || !input.password) {
      const message = 'This address has no account yet: give a display name and a password';
      throw new DomainError('invalid', 'ACCOUNT_DETAILS_REQUIRED', message, [
        ...(input.displayName ? [] : [{ field: 'displayName', code: 'REQUIRED', message }]),
        ...(input.password ? [] : [{ field: 'password', code: 'REQUIRED', message }]),
      ]);
    }
    const user = await this.auth.createUser(
      {
        email: link.email,
        password: input.password,
        displayName: input.displayName,
        role: subject.role,
        locale: 'zh-CN',
      },
      m,
    );
    return user.id;
  }

  private async issue(m: EntityManager, subject: Subject, email: string): Promise<void> {
    await this.links.issueClaim(m, {
      subjectType: subject.type,
      subjectId: subject.id,
      profileName: subject.name,
      email,
      ttlMinutes: this.config.CLAIM_LINK_TTL_DAYS * 24 * 60,
    });
  }

  private async expert(m: EntityManager, id: string): Promise<Subject | null> {
    const expert = await this.experts.byId(id, m);
    if (!expert) return null;
    const contact = (await this.experts.contactsOf([id])).get(id)?.contact;
    return {
      type: 'expert',
      id,
      name: expert.name,
      role: Role.Expert,
      claimed: expert.userId !== null,
      address: contact?.email ?? null,
    };
  }

  private async organization(m: EntityManager, id: string): Promise<Subject | null> {
    const org = await this.organizations.byId(id, m);
    if (!org) return null;
    return {
      type: 'organization',
      id,
      name: org.name,
      role: org.kind === OrganizationKind.Enterprise ? Role.Enterprise : Role.College,
      claimed: await this.importer.hasMembers(m, id),
      address: null,
    };
  }
}

const targetOf = (type: SubjectType) =>
  type === 'expert' ? AuditTargets.Expert : AuditTargets.Organization;
