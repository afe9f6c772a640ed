import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { DemandKind, demandOwnerKind, DemandReader } from '@app/demands';
import { type ExpertContactRecord, ExpertDirectory } from '@app/experts';
import { UserDirectory } from '@app/identity';
import { OrganizationDirectory } from '@app/organizations';
import { type AuthUser, definedOnly, DomainError, isAdmin, type Page, pageOf } from '@app/shared';
import { type Party, sideOf } from './connection-policy';
import { Connection } from './connection.entity';
import { type ConnectionRecord, toConnectionRecord } from './connection.record';
import { CandidateType, ConnectionStatus } from './connection.types';
import type { ListMatchesQuery } from './dto/connection.dto';
import {
  type ConnectionNames,
  type ConnectionView,
  type ContactPersonView,
  type ContactsView,
  toConnectionView,
} from './dto/connection.view';

/** Reads matches for their parties (and admins); to anyone else a match does not exist. */
@Injectable()
export class ConnectionReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrganizationDirectory,
    private readonly experts: ExpertDirectory,
    private readonly demands: DemandReader,
    private readonly users: UserDirectory,
  ) {}

  async partyOf(actor: AuthUser, manager?: EntityManager): Promise<Party> {
    const m = manager ?? this.dataSource.manager;
    const membership = await this.directory.membershipOf(actor.id, m);
    const expert = await this.experts.byUserId(actor.id, m);
    return { membership, expertId: expert?.id ?? null };
  }

  /** For the platform's own use (notifications): no visibility check, no names or contacts. */
  async record(id: string): Promise<ConnectionRecord | null> {
    const c = await this.dataSource.getRepository(Connection).findOneBy({ id });
    return c ? toConnectionRecord(c) : null;
  }

  async get(actor: AuthUser, id: string): Promise<ConnectionView> {
    const c = await this.connections(this.dataSource.manager).where('c.id = :id', { id }).getOne();
    if (!c || (!isAdmin(actor) && !sideOf(c, await this.partyOf(actor)))) {
      throw DomainError.notFound('Match');
    }
    return (await this.views([c]))[0];
  }

  /** For a caller already known to be a party (after a change it made). */
  async view(id: string): Promise<ConnectionView> {
    const c = await this.connections(this.dataSource.manager)
      .where('c.id = :id', { id })
      .getOneOrFail();
    return (await this.views([c]))[0];
  }

  async list(actor: AuthUser, query: ListMatchesQuery): Promise<Page<ConnectionView>> {
    const qb = this.connections(this.dataSource.manager);
    if (!isAdmin(actor)) {
      const party = await this.partyOf(actor);
      const org = party.membership?.organizationId ?? null;
      if (!org && !party.expertId) return pageOf([], 0, query);
      // Unknown ids are bound as null, which matches nothing.
      qb.where(
        '(c.owner_id = :org OR c.candidate_organization_id = :org OR c.expert_id = :expert)',
        { org, expert: party.expertId },
      );
    }
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    const [rows, total] = await qb
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .skip(query.offset)
      .take(query.pageSize)
      .getManyAndCount();
    return pageOf(await this.views(rows), total, query);
  }

  private connections(m: EntityManager): SelectQueryBuilder<Connection> {
    return m.createQueryBuilder(Connection, 'c');
  }

  /** The parties' names in one batched read per context, whatever the page size. */
  private async names(rows: Connection[]): Promise<(c: Connection) => ConnectionNames> {
    const unique = (ids: (string | null)[]) => [
      ...new Set(ids.filter((v): v is string => v !== null)),
    ];
    const [demands, orgs, experts] = await Promise.all([
      this.demands.byIds(unique(rows.map((c) => c.demandId))),
      this.directory.byIds(unique(rows.flatMap((c) => [c.ownerId, c.candidateOrganizationId]))),
      this.experts.byIds(unique(rows.map((c) => c.expertId))),
    ]);
    return (c) => ({
      demandTitle: demands.get(c.demandId)?.title ?? '',
      ownerName: orgs.get(c.ownerId)?.name ?? '',
      ownerKind: demandOwnerKind(demands.get(c.demandId)?.kind ?? DemandKind.Talent),
      candidateName:
        (c.expertId
          ? experts.get(c.expertId)?.name
          : orgs.get(c.candidateOrganizationId ?? '')?.name) ?? '',
    });
  }

  /** Contacts are loaded only for connected matches, so nothing private is read otherwise. */
  private async views(rows: Connection[]): Promise<ConnectionView[]> {
    const connected = rows.filter((c) => c.status === ConnectionStatus.Connected);
    const orgIds = [
      ...new Set(
        connected.flatMap((c) =>
          c.candidateOrganizationId ? [c.ownerId, c.candidateOrganizationId] : [c.ownerId],
        ),
      ),
    ];
    const expertIds = [
      ...new Set(connected.map((c) => c.expertId).filter((v): v is string => v !== null)),
    ];
    const [nameOf, members, expertContacts] = await Promise.all([
      this.names(rows),
      this.memberContacts(orgIds),
      this.experts.contactsOf(expertIds),
    ]);
    return rows.map((c) => {
      if (c.status !== ConnectionStatus.Connected) return toConnectionView(c, nameOf(c));
      const expert = c.expertId ? expertContacts.get(c.expertId) : undefined;
      const owner = members.get(c.ownerId) ?? [];
      const contacts: ContactsView = {
        owner,
        enterprise: owner,
        candidate:
          c.candidateType === CandidateType.Expert
            ? expertContact(expert)
            : (members.get(c.candidateOrganizationId as string) ?? []),
      };
      return toConnectionView(c, nameOf(c), contacts);
    });
  }

  /** Active accounts of each organisation, oldest membership first (then by email). */
  private async memberContacts(orgIds: string[]): Promise<Map<string, ContactPersonView[]>> {
    const byOrg = new Map<string, ContactPersonView[]>();
    const members = await this.directory.membersOf(orgIds);
    const users = await this.users.byIds(members.map((m) => m.userId));
    const active = members
      .map((m) => ({ member: m, user: users.get(m.userId) }))
      .filter((r) => r.user !== undefined && r.user.disabledAt === null)
      .sort(
        (a, b) =>
          a.member.joinedAt.getTime() - b.member.joinedAt.getTime() ||
          (a.user?.email ?? '').localeCompare(b.user?.email ?? ''),
      );
    for (const { member, user } of active) {
      const list = byOrg.get(member.organizationId) ?? [];
      list.push({ name: user?.displayName ?? '', email: user?.email ?? '' });
      byOrg.set(member.organizationId, list);
    }
    return byOrg;
  }
}

function expertContact(expert: ExpertContactRecord | undefined): ContactPersonView[] {
  if (!expert) return [];
  const { phone, email, wechat } = expert.contact;
  return [{ name: expert.name, ...definedOnly({ phone, email, wechat }) }];
}
