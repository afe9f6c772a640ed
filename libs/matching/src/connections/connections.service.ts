import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, Not } from 'typeorm';
import { AuditActions, AuditLog, AuditTargets } from '@app/audit';
import { DemandReader, type DemandRecord } from '@app/demands';
import { ExpertDirectory } from '@app/experts';
import { AccountLinks } from '@app/identity';
import {
  assertOrganizationRole,
  OrganizationDirectory,
  OrganizationKind,
  OrganizationRole,
  VerificationStatus,
} from '@app/organizations';
import {
  APP_CONFIG,
  type AppConfig,
  type AuthUser,
  DomainError,
  isUniqueViolation,
  OutboxService,
  Role,
} from '@app/shared';
import { connectionEvent, ConnectionEvents, type ConnectionEventType } from './connection-events';
import {
  assertCandidateFits,
  assertDemandOpen,
  assertInitiator,
  assertPending,
  assertResponder,
  type Party,
  type Side,
  sideOf,
  visibleDemand,
} from './connection-policy';
import { ConnectionReader } from './connection-reader.service';
import {
  CandidateType,
  Connection,
  ConnectionInitiator,
  ConnectionStatus,
} from './connection.entity';
import type { DeclineDto, ExpressInterestDto, InviteDto } from './dto/connection.dto';
import type { ConnectionView } from './dto/connection.view';

interface Candidate {
  candidateType: CandidateType;
  expertId: string | null;
  candidateOrganizationId: string | null;
}

interface NewConnection {
  demand: DemandRecord;
  candidate: Candidate;
  initiatedBy: ConnectionInitiator;
}

/** Interests, invitations and the answers to them; each change is one transaction with its event. */
@Injectable()
export class ConnectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrganizationDirectory,
    private readonly experts: ExpertDirectory,
    private readonly demands: DemandReader,
    private readonly outbox: OutboxService,
    private readonly reader: ConnectionReader,
    private readonly audit: AuditLog,
    private readonly links: AccountLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async expressInterest(
    actor: AuthUser,
    demandId: string,
    input: ExpressInterestDto,
  ): Promise<ConnectionView> {
    const id = await this.create(actor, input.message, 'DUPLICATE_INTEREST', async (m) => {
      const candidate = await this.candidateOf(actor, m);
      // FOR SHARE: the demand cannot be closed while the interest is being recorded.
      const demand = visibleDemand(
        await this.lockDemand(m, demandId),
        candidate.candidateOrganizationId ?? undefined,
      );
      if (candidate.candidateOrganizationId === demand.organizationId) {
        throw DomainError.conflict('OWN_DEMAND', 'You cannot express interest in your own demand');
      }
      assertCandidateFits(demand, candidate.candidateType);
      assertDemandOpen(demand);
      return { demand, candidate, initiatedBy: ConnectionInitiator.Candidate };
    });
    return this.reader.view(id);
  }

  async invite(actor: AuthUser, demandId: string, input: InviteDto): Promise<ConnectionView> {
    const given = [input.expertId, input.collegeId, input.enterpriseId].filter(
      (v) => v !== undefined,
    );
    if (given.length !== 1) {
      throw DomainError.invalidField(
        'expertId',
        'EXACTLY_ONE_CANDIDATE',
        'Give exactly one of expertId, collegeId and enterpriseId',
      );
    }
    const id = await this.create(actor, input.message, 'ALREADY_INVITED', async (m) => {
      const membership = await this.directory.membershipOf(actor.id, m);
      const own = membership?.organizationId;
      const demand = visibleDemand(await this.lockDemand(m, demandId), own);
      if (demand.organizationId !== own) {
        throw DomainError.forbidden(
          'Only the organisation that posted this demand may invite',
          'NOT_DEMAND_OWNER',
        );
      }
      assertOrganizationRole(membership, OrganizationRole.Manager);
      assertCandidateFits(demand, candidateTypeOf(input));
      assertDemandOpen(demand);
      const candidate = await this.publicCandidate(m, input);
      await this.reachUnclaimed(m, candidate, demand);
      return { demand, candidate, initiatedBy: ConnectionInitiator.Owner };
    });
    return this.reader.view(id);
  }

  accept(actor: AuthUser, id: string): Promise<ConnectionView> {
    return this.change(actor, id, async (m, c, side) => {
      assertResponder(c, side);
      assertPending(c, 'accepted');
      // FOR SHARE on the demand: closing it waits for us, and we see a close that won.
      const demand = visibleDemand(await this.lockDemand(m, c.demandId), c.ownerId);
      assertDemandOpen(demand);
      c.status = ConnectionStatus.Connected;
      c.respondedAt = new Date();
      c.respondedBy = actor.id;
      // Mutual acceptance reveals both sides' contacts to each other.
      await this.audit.record(m, {
        actor,
        action: AuditActions.ConnectionContactsRevealed,
        target: { type: AuditTargets.Connection, id: c.id },
        organizationId: c.ownerId,
        district: demand.district,
        details: {
          demandId: c.demandId,
          candidateType: c.candidateType,
          expertId: c.expertId,
          candidateOrganizationId: c.candidateOrganizationId,
        },
      });
      return ConnectionEvents.Connected;
    });
  }

  /** Allowed on a closed demand too: answering a pending match only tidies it up. */
  decline(actor: AuthUser, id: string, input: DeclineDto): Promise<ConnectionView> {
    return this.change(actor, id, async (_m, c, side) => {
      assertResponder(c, side);
      assertPending(c, 'declined');
      c.status = ConnectionStatus.Declined;
      c.declineReason = input.reason;
      c.declineNote = input.note ?? null;
      c.respondedAt = new Date();
      c.respondedBy = actor.id;
      return ConnectionEvents.Declined;
    });
  }

  withdraw(actor: AuthUser, id: string): Promise<ConnectionView> {
    return this.change(actor, id, async (_m, c, side, party) => {
      assertInitiator(c, side);
      // Inviting is a manager's act, and so is taking an invitation back (ADR 0018).
      if (side === ConnectionInitiator.Owner) {
        assertOrganizationRole(party.membership, OrganizationRole.Manager);
      }
      assertPending(c, 'withdrawn');
      c.status = ConnectionStatus.Withdrawn;
      return ConnectionEvents.Withdrawn;
    });
  }

  /** Runs the checks, inserts the connection and its event; a lost race on the pair is a 409. */
  private async create(
    actor: AuthUser,
    message: string,
    duplicateCode: string,
    prepare: (m: EntityManager) => Promise<NewConnection>,
  ): Promise<string> {
    const duplicate = () =>
      DomainError.conflict(duplicateCode, 'This candidate already has a match for this demand');
    try {
      return await this.dataSource.transaction(async (m) => {
        const { demand, candidate, initiatedBy } = await prepare(m);
        const taken = await m.exists(Connection, {
          where: {
            demandId: demand.id,
            ...(candidate.expertId
              ? { expertId: candidate.expertId }
              : { candidateOrganizationId: candidate.candidateOrganizationId as string }),
            status: Not(ConnectionStatus.Withdrawn),
          },
        });
        if (taken) throw duplicate();
        const c = m.create(Connection, {
          ...candidate,
          demandId: demand.id,
          ownerId: demand.organizationId,
          initiatedBy,
          message,
          status: ConnectionStatus.Pending,
          createdBy: actor.id,
          version: 1,
        });
        await m.save(c);
        const type =
          initiatedBy === ConnectionInitiator.Candidate
            ? ConnectionEvents.InterestExpressed
            : ConnectionEvents.InvitationSent;
        await this.outbox.record(m, connectionEvent(type, c));
        return c.id;
      });
    } catch (error) {
      const pair = ['ux_connections_demand_expert', 'ux_connections_demand_organization'];
      if (pair.some((name) => isUniqueViolation(error, name))) throw duplicate();
      throw error;
    }
  }

  /** Locks the match, finds the caller's side (none: 404), applies `work`, records its event. */
  private async change(
    actor: AuthUser,
    id: string,
    work: (
      m: EntityManager,
      c: Connection,
      side: Side,
      party: Party,
    ) => Promise<ConnectionEventType>,
  ): Promise<ConnectionView> {
    await this.dataSource.transaction(async (m) => {
      const c = await m.findOne(Connection, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const party = await this.reader.partyOf(actor, m);
      const side = c ? sideOf(c, party) : null;
      if (!c || !side) throw DomainError.notFound('Match');
      const type = await work(m, c, side, party);
      c.version += 1;
      await m.save(c);
      await this.outbox.record(m, connectionEvent(type, c));
    });
    return this.reader.view(id);
  }

  private lockDemand(m: EntityManager, id: string): Promise<DemandRecord | null> {
    return this.demands.lockForShare(m, id);
  }

  /**
   * The caller as a candidate: an expert with a profile, or a member of a verified college (for
   * enterprises' demands) or enterprise (for colleges' needs).
   */
  private async candidateOf(actor: AuthUser, m: EntityManager): Promise<Candidate> {
    if (actor.role === Role.Expert) {
      const expert = await this.experts.byUserId(actor.id, m);
      if (!expert) {
        throw DomainError.conflict(
          'EXPERT_PROFILE_REQUIRED',
          'Create your expert profile (POST /api/v1/experts) first',
        );
      }
      return {
        candidateType: CandidateType.Expert,
        expertId: expert.id,
        candidateOrganizationId: null,
      };
    }
    const membership = await this.directory.membershipOf(actor.id, m);
    const type = membership ? ORGANIZATION_CANDIDATES.get(membership.kind) : undefined;
    if (!membership || !type) {
      throw DomainError.conflict(
        actor.role === Role.Enterprise ? 'ENTERPRISE_REQUIRED' : 'COLLEGE_REQUIRED',
        actor.role === Role.Enterprise
          ? 'Register your enterprise (POST /api/v1/enterprises) first'
          : 'Register your college (POST /api/v1/colleges) first',
      );
    }
    if (membership.status !== VerificationStatus.Verified) {
      throw DomainError.conflict(
        'ORG_NOT_VERIFIED',
        'Your organisation must be verified by the platform first',
      );
    }
    return {
      candidateType: type,
      expertId: null,
      candidateOrganizationId: membership.organizationId,
    };
  }

  /** Only candidates the public can see may be invited; others do not exist (404). */
  /**
   * An imported profile nobody has claimed has no one to notify: the invitation then also
   * emails its contact address a claim link naming the invitation (ADR 0017), in the same
   * transaction. A profile with no address cannot be told, so it cannot be invited.
   */
  private async reachUnclaimed(
    m: EntityManager,
    candidate: Candidate,
    demand: DemandRecord,
  ): Promise<void> {
    const unreachable = () =>
      DomainError.conflict(
        'CANDIDATE_UNREACHABLE',
        'This imported profile has no account and no contact address yet, so it cannot be told of an invitation; the platform operators can invite it to claim the profile',
      );
    if (candidate.candidateOrganizationId) {
      const members = await this.directory.membersOf([candidate.candidateOrganizationId]);
      if (members.length === 0) throw unreachable();
      return;
    }
    const expert = await this.experts.byId(candidate.expertId as string, m);
    if (!expert || expert.userId) return;
    const email = (await this.experts.contactsOf([expert.id])).get(expert.id)?.contact.email;
    if (!email) throw unreachable();
    const owner = await this.directory.byId(demand.organizationId, m);
    await this.links.issueClaim(m, {
      subjectType: 'expert',
      subjectId: expert.id,
      profileName: expert.name,
      email,
      ttlMinutes: this.config.CLAIM_LINK_TTL_DAYS * 24 * 60,
      invitation: { invitedBy: owner?.name ?? '', about: demand.title },
    });
  }

  private async publicCandidate(m: EntityManager, input: InviteDto): Promise<Candidate> {
    if (input.expertId) {
      const expert = await this.experts.byId(input.expertId, m);
      if (!expert?.isPublic) throw DomainError.notFound('Expert');
      return {
        candidateType: CandidateType.Expert,
        expertId: expert.id,
        candidateOrganizationId: null,
      };
    }
    const type = candidateTypeOf(input);
    const kind =
      type === CandidateType.College ? OrganizationKind.College : OrganizationKind.Enterprise;
    const org = await this.directory.byId((input.collegeId ?? input.enterpriseId) as string, m);
    if (org?.kind !== kind || org.status !== VerificationStatus.Verified) {
      throw DomainError.notFound(type === CandidateType.College ? 'College' : 'Enterprise');
    }
    return { candidateType: type, expertId: null, candidateOrganizationId: org.id };
  }
}

/** The kinds of organisation that can be candidates, and as what. */
const ORGANIZATION_CANDIDATES = new Map<OrganizationKind, CandidateType>([
  [OrganizationKind.College, CandidateType.College],
  [OrganizationKind.Enterprise, CandidateType.Enterprise],
]);

function candidateTypeOf(input: InviteDto): CandidateType {
  if (input.expertId) return CandidateType.Expert;
  return input.collegeId ? CandidateType.College : CandidateType.Enterprise;
}
