import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { idPage, prepared, queryPrepared } from '@app/shared';
import { OrganizationMember } from '../entities/organization-member.entity';
import { Organization } from '../entities/organization.entity';
import type { OrganizationKind, VerificationStatus } from '../entities/organization.types';
import type { OrganizationRole } from '../team/organization-roles';
import {
  type OrganizationMemberRecord,
  type OrganizationRecord,
  toOrganizationRecord,
} from './organization.record';

export interface Membership {
  organizationId: string;
  kind: OrganizationKind;
  name: string;
  status: VerificationStatus;
  district: string;
  industryCode: string | null;
  /** The user's role in it (ADR 0018): check actions with `assertOrganizationRole`. */
  role: OrganizationRole;
}

const MEMBERSHIP_OF = prepared(
  'organizations.membership_of',
  `SELECT o.id AS "organizationId", o.kind, o.name, o.status, o.district,
          o.industry_code AS "industryCode", m.role
     FROM organization_members m JOIN organizations o ON o.id = m.organization_id
    WHERE m.user_id = $1`,
);

/**
 * What other contexts may ask about organisations (who belongs where, is it verified, what is
 * public about it): plain records, fetched in batches. `manager` joins the caller's transaction.
 */
@Injectable()
export class OrganizationDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Asked by most authenticated requests: one prepared, index-backed query. */
  async membershipOf(userId: string, manager?: EntityManager): Promise<Membership | null> {
    const rows = await queryPrepared<Membership>(manager ?? this.dataSource, MEMBERSHIP_OF, [
      userId,
    ]);
    return rows[0] ?? null;
  }

  /**
   * A WHERE condition, for another context's query, that `column` (an organisation id) names an
   * organisation of one of the districts bound to `:<param>` (a text array). The one place that
   * says where an organisation's district lives; district operators' scopes use it (ADR 0016).
   */
  inDistrictsCondition(column: string, param: string): string {
    return `${column} IN (SELECT scoped.id FROM organizations scoped WHERE scoped.district = ANY(:${param}))`;
  }

  async byId(id: string, manager?: EntityManager): Promise<OrganizationRecord | null> {
    return (await this.byIds([id], manager)).get(id) ?? null;
  }

  async byIds(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, OrganizationRecord>> {
    if (ids.length === 0) return new Map();
    const m = manager ?? this.dataSource.manager;
    const rows = await m.findBy(Organization, { id: In([...ids]) });
    return new Map(rows.map((o) => [o.id, toOrganizationRecord(o)]));
  }

  /** The members of these organisations, oldest membership first. */
  async membersOf(organizationIds: readonly string[]): Promise<OrganizationMemberRecord[]> {
    if (organizationIds.length === 0) return [];
    const rows = await this.dataSource.getRepository(OrganizationMember).find({
      where: { organizationId: In([...organizationIds]) },
      order: { createdAt: 'ASC', userId: 'ASC' },
    });
    return rows.map((r) => ({
      organizationId: r.organizationId,
      userId: r.userId,
      role: r.role,
      joinedAt: r.createdAt,
    }));
  }

  /** Which of `names` organisations of this kind already bear (for duplicate checks). */
  async existingNames(
    kind: OrganizationKind,
    names: readonly string[],
    manager?: EntityManager,
  ): Promise<Set<string>> {
    if (names.length === 0) return new Set();
    const m = manager ?? this.dataSource.manager;
    const rows = await m.find(Organization, {
      select: { name: true },
      where: { kind, name: In([...names]) },
    });
    return new Set(rows.map((o) => o.name));
  }

  /** Which of `codes` are taken; credit codes are unique across every organisation. */
  async existingCreditCodes(
    codes: readonly string[],
    manager?: EntityManager,
  ): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const m = manager ?? this.dataSource.manager;
    const rows = await m.find(Organization, {
      select: { creditCode: true },
      where: { creditCode: In([...codes]) },
    });
    return new Set(rows.map((o) => o.creditCode ?? ''));
  }

  count(): Promise<number> {
    return this.dataSource.getRepository(Organization).count();
  }

  /** Every organisation id, a keyset page at a time (for full rebuilds). */
  idsAfter(after: string | null, limit: number): Promise<string[]> {
    return idPage(this.dataSource.getRepository(Organization), after, limit);
  }
}
