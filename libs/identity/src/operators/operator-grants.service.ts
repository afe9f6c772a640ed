import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { AuditActions, AuditLog, AuditTargets } from '@app/audit';
import { type AuthUser, DomainError, type Page, type PageQuery, pageOf, Role } from '@app/shared';
import { LiveSessionCache } from '../auth/live-session-cache';
import { OperatorDistrict } from '../entities/operator-district.entity';
import { User } from '../entities/user.entity';
import { grantDiff, normalizeDistricts } from './district-grant';
import type { OperatorView } from './operator.dto';

/** Who changes a grant: the platform admin over the API, or nobody (the CLI, the demo seed). */
export type Grantor = Pick<AuthUser, 'id' | 'role'> | null;

const OPERATOR_NOT_FOUND = () => DomainError.notFound('District operator', 'OPERATOR_NOT_FOUND');

/**
 * The platform admin grants, changes and revokes district operators (ADR 0016). A grant turns an
 * existing account into an operator account (the account, its e-mail and password stay); a
 * revocation deletes its districts, so it oversees nothing until granted again. Each change is
 * audited in its transaction and then broadcast like a session revocation, so that every api
 * instance reads the new scope on the operator's next request.
 */
@Injectable()
export class OperatorGrantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly liveSessions: LiveSessionCache,
  ) {}

  async list(query: PageQuery): Promise<Page<OperatorView>> {
    const [users, total] = await this.dataSource.getRepository(User).findAndCount({
      where: { role: Role.Operator },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: query.offset,
      take: query.pageSize,
    });
    const districts = await this.districtsOf(
      this.dataSource.manager,
      users.map((u) => u.id),
    );
    return pageOf(
      users.map((u) => toView(u, districts.get(u.id) ?? [])),
      total,
      query,
    );
  }

  async get(userId: string): Promise<OperatorView> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user || user.role !== Role.Operator) throw OPERATOR_NOT_FOUND();
    const districts = await this.districtsOf(this.dataSource.manager, [user.id]);
    return toView(user, districts.get(user.id) ?? []);
  }

  /**
   * Makes an account a district operator of `districts`. Admin accounts cannot be granted (they
   * already oversee the city); an operator that holds districts is changed with `change`.
   */
  async grant(
    admin: Grantor,
    target: { userId?: string; email?: string },
    requested: readonly string[],
  ): Promise<OperatorView> {
    if (!target.userId === !target.email) {
      throw DomainError.invalidField(
        'userId',
        'USER_REQUIRED',
        'Name the account by exactly one of userId and email',
      );
    }
    const districts = normalizeDistricts(requested);
    const view = await this.dataSource.transaction(async (m) => {
      const user = await m.findOne(User, {
        where: target.userId ? { id: target.userId } : { email: target.email },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw DomainError.notFound('User', 'USER_NOT_FOUND');
      if (user.role === Role.Admin) {
        throw DomainError.conflict(
          'ADMIN_NOT_GRANTABLE',
          'A platform admin already oversees every district',
        );
      }
      const before = (await this.districtsOf(m, [user.id])).get(user.id) ?? [];
      if (user.role === Role.Operator && before.length > 0) {
        throw DomainError.conflict(
          'ALREADY_OPERATOR',
          `This account already operates districts; change them with PUT /admin/operators/${user.id}`,
        );
      }
      const previousRole = user.role;
      if (user.role !== Role.Operator) {
        await m.update(User, user.id, { role: Role.Operator });
        user.role = Role.Operator;
      }
      await this.insert(m, admin, user.id, districts);
      await this.audit.record(m, {
        actor: admin,
        action: AuditActions.OperatorGranted,
        target: { type: AuditTargets.User, id: user.id },
        details: { districts, previousRole },
      });
      return toView(user, districts);
    });
    await this.liveSessions.revoke({ userId: view.userId });
    return view;
  }

  /** Replaces an operator's districts (a revoked operator may be granted again this way). */
  async change(
    admin: Grantor,
    userId: string,
    requested: readonly string[],
  ): Promise<OperatorView> {
    const districts = normalizeDistricts(requested);
    const view = await this.dataSource.transaction(async (m) => {
      const user = await this.lockOperator(m, userId);
      const before = (await this.districtsOf(m, [user.id])).get(user.id) ?? [];
      const { added, removed } = grantDiff(before, districts);
      if (added.length === 0 && removed.length === 0) return toView(user, districts);
      if (removed.length > 0) {
        await m.delete(OperatorDistrict, { userId: user.id, district: In(removed) });
      }
      await this.insert(m, admin, user.id, added);
      await this.audit.record(m, {
        actor: admin,
        action: before.length === 0 ? AuditActions.OperatorGranted : AuditActions.OperatorChanged,
        target: { type: AuditTargets.User, id: user.id },
        details: { districts, added, removed },
      });
      return toView(user, districts);
    });
    await this.liveSessions.revoke({ userId });
    return view;
  }

  /** Takes every district away; the account stays (an operator account that oversees nothing). */
  async revoke(admin: Grantor, userId: string): Promise<void> {
    const changed = await this.dataSource.transaction(async (m) => {
      const user = await this.lockOperator(m, userId);
      const before = (await this.districtsOf(m, [user.id])).get(user.id) ?? [];
      if (before.length === 0) return false;
      await m.delete(OperatorDistrict, { userId: user.id });
      await this.audit.record(m, {
        actor: admin,
        action: AuditActions.OperatorRevoked,
        target: { type: AuditTargets.User, id: user.id },
        details: { districts: before },
      });
      return true;
    });
    if (changed) await this.liveSessions.revoke({ userId });
  }

  private async lockOperator(m: EntityManager, userId: string): Promise<User> {
    const user = await m.findOne(User, {
      where: { id: userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!user || user.role !== Role.Operator) throw OPERATOR_NOT_FOUND();
    return user;
  }

  private async insert(
    m: EntityManager,
    admin: Grantor,
    userId: string,
    districts: readonly string[],
  ): Promise<void> {
    if (districts.length === 0) return;
    await m
      .createQueryBuilder()
      .insert()
      .into(OperatorDistrict)
      .values(districts.map((district) => ({ userId, district, grantedBy: admin?.id ?? null })))
      .orIgnore()
      .execute();
  }

  private async districtsOf(m: EntityManager, userIds: string[]): Promise<Map<string, string[]>> {
    const byUser = new Map<string, string[]>();
    if (userIds.length === 0) return byUser;
    const rows = await m.find(OperatorDistrict, {
      where: { userId: In(userIds) },
      order: { district: 'ASC' },
    });
    for (const row of rows) {
      const list = byUser.get(row.userId) ?? [];
      list.push(row.district);
      byUser.set(row.userId, list);
    }
    return byUser;
  }
}

function toView(user: User, districts: string[]): OperatorView {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    districts,
    disabled: user.disabledAt !== null,
  };
}
