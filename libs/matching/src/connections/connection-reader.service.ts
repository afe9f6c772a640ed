import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { DemandKind, demandOwnerKind, DemandReader } from '@app/demands';
import { ExpertDirectory } from '@app/experts';
import { OrganizationDirectory } from '@app/organizations';
import { type AuthUser, DomainError, isAdmin, type Page, pageOf } from '@app/shared';
import { ContactBook } from '../contacts/contact-book';
import { type Party, sideOf } from './connection-policy';
import { Connection } from './connection.entity';
import {
  type ConnectionRecord,
  type ConnectionSubjectRecord,
  toConnectionRecord,
} from './connection.record';
import { CandidateType, ConnectionStatus } from './connection.types';
import type { ListMatchesQuery } from './dto/connection.dto';
import {
  type ConnectionNames,
  type ConnectionView,
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
    private readonly contacts: ContactBook,
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

  /**
   * Matches with their opening message and demand title, for their conversations (the
   * conversations context checks the reader is a party). One query per context for a batch.
   */
  async subjects(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, ConnectionSubjectRecord>> {
    if (ids.length === 0) return new Map();
    const m = manager ?? this.dataSource.manager;
    const rows = await m.getRepository(Connection).findBy({ id: In([...new Set(ids)]) });
    const demands = await this.demands.byIds([...new Set(rows.map((c) => c.demandId))]);
    return new Map(
      rows.map((c) => [
        c.id,
        {
          ...toConnectionRecord(c),
          message: c.message,
          demandTitle: demands.get(c.demandId)?.title ?? '',
          createdAt: c.createdAt,
        },
      ]),
    );
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
    if (query.demandId) qb.andWhere('c.demand_id = :demand', { demand: query.demandId });
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
      this.contacts.ofOrganizations(orgIds),
      this.contacts.ofExperts(expertIds),
    ]);
    return rows.map((c) => {
      if (c.status !== ConnectionStatus.Connected) return toConnectionView(c, nameOf(c));
      const owner = members.get(c.ownerId) ?? [];
      const contacts: ContactsView = {
        owner,
        enterprise: owner,
        candidate:
          c.candidateType === CandidateType.Expert
            ? (expertContacts.get(c.expertId as string) ?? [])
            : (members.get(c.candidateOrganizationId as string) ?? []),
      };
      return toConnectionView(c, nameOf(c), contacts);
    });
  }
}
