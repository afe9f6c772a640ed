import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Expert } from '@app/experts';
import { OrganizationDirectory } from '@app/organizations';
import { type AuthUser, definedOnly, DomainError, isAdmin, type Page, pageOf } from '@app/shared';
import { type Party, sideOf } from './connection-policy';
import { CandidateType, Connection, ConnectionStatus } from './connection.entity';
import type { ListMatchesQuery } from './dto/connection.dto';
import {
  type ConnectionView,
  type ContactPersonView,
  type ContactsView,
  toConnectionView,
} from './dto/connection.view';

interface MemberContactRow {
  organization_id: string;
  display_name: string;
  email: string;
}

/** Reads matches for their parties (and admins); to anyone else a match does not exist. */
@Injectable()
export class ConnectionReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrganizationDirectory,
  ) {}

  async partyOf(actor: AuthUser, manager?: EntityManager): Promise<Party> {
    const m = manager ?? this.dataSource.manager;
    const membership = await this.directory.membershipOf(actor.id, m);
    const expert = await m.findOne(Expert, { where: { userId: actor.id }, select: { id: true } });
    return { membership, expertId: expert?.id ?? null };
  }

  async get(actor: AuthUser, id: string): Promise<ConnectionView> {
    const c = await this.withRelations(this.dataSource.manager)
      .where('c.id = :id', { id })
      .getOne();
    if (!c || (!isAdmin(actor) && !sideOf(c, await this.partyOf(actor)))) {
      throw DomainError.notFound('Match');
    }
    return (await this.views([c]))[0];
  }

  /** For a caller already known to be a party (after a change it made). */
  async view(id: string): Promise<ConnectionView> {
    const c = await this.withRelations(this.dataSource.manager)
      .where('c.id = :id', { id })
      .getOneOrFail();
    return (await this.views([c]))[0];
  }

  async list(actor: AuthUser, query: ListMatchesQuery): Promise<Page<ConnectionView>> {
    const qb = this.withRelations(this.dataSource.manager);
    if (!isAdmin(actor)) {
      const party = await this.partyOf(actor);
      const org = party.membership?.organizationId ?? null;
      if (!org && !party.expertId) return pageOf([], 0, query);
      // Unknown ids are bound as null, which matches nothing.
      qb.where('(c.enterprise_id = :org OR c.college_id = :org OR c.expert_id = :expert)', {
        org,
        expert: party.expertId,
      });
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

  private withRelations(m: EntityManager): SelectQueryBuilder<Connection> {
    return m
      .createQueryBuilder(Connection, 'c')
      .leftJoinAndSelect('c.demand', 'd')
      .leftJoinAndSelect('c.enterprise', 'e')
      .leftJoinAndSelect('c.expert', 'x')
      .leftJoinAndSelect('c.college', 'g');
  }

  /** Contacts are loaded only for connected matches, so nothing private is read otherwise. */
  private async views(rows: Connection[]): Promise<ConnectionView[]> {
    const connected = rows.filter((c) => c.status === ConnectionStatus.Connected);
    const orgIds = [
      ...new Set(
        connected.flatMap((c) => (c.collegeId ? [c.enterpriseId, c.collegeId] : [c.enterpriseId])),
      ),
    ];
    const members = await this.memberContacts(orgIds);
    return rows.map((c) => {
      if (c.status !== ConnectionStatus.Connected) return toConnectionView(c);
      const contacts: ContactsView = {
        enterprise: members.get(c.enterpriseId) ?? [],
        candidate:
          c.candidateType === CandidateType.Expert
            ? expertContact(c.expert)
            : (members.get(c.collegeId as string) ?? []),
      };
      return toConnectionView(c, contacts);
    });
  }

  private async memberContacts(orgIds: string[]): Promise<Map<string, ContactPersonView[]>> {
    const byOrg = new Map<string, ContactPersonView[]>();
    if (orgIds.length === 0) return byOrg;
    const rows: MemberContactRow[] = await this.dataSource.query(
      `SELECT om.organization_id, u.display_name, u.email
         FROM organization_members om JOIN users u ON u.id = om.user_id
        WHERE om.organization_id = ANY($1) AND u.disabled_at IS NULL
        ORDER BY om.created_at, u.email`,
      [orgIds],
    );
    for (const r of rows) {
      const list = byOrg.get(r.organization_id) ?? [];
      list.push({ name: r.display_name, email: r.email });
      byOrg.set(r.organization_id, list);
    }
    return byOrg;
  }
}

function expertContact(expert: Expert | null | undefined): ContactPersonView[] {
  if (!expert) return [];
  const { phone, email, wechat } = expert.contact ?? {};
  return [{ name: expert.name, ...definedOnly({ phone, email, wechat }) }];
}
