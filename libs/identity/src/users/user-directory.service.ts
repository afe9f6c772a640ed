import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { OperatorDistrict } from '../entities/operator-district.entity';
import { User } from '../entities/user.entity';
import { toUserRecord, type UserRecord } from './user.record';

const PUBLIC_COLUMNS = {
  id: true,
  email: true,
  displayName: true,
  role: true,
  locale: true,
  disabledAt: true,
} as const;

/** What other contexts may read about accounts: plain records, fetched in batches. */
@Injectable()
export class UserDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(id: string): Promise<UserRecord | null> {
    const user = await this.dataSource
      .getRepository(User)
      .findOne({ select: PUBLIC_COLUMNS, where: { id } });
    return user ? toUserRecord(user) : null;
  }

  async byIds(ids: readonly string[]): Promise<Map<string, UserRecord>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(User)
      .find({ select: PUBLIC_COLUMNS, where: { id: In([...ids]) } });
    return new Map(rows.map((u) => [u.id, toUserRecord(u)]));
  }

  /** The account using this address (stored lower-cased), locked when a manager is given. */
  async byEmail(email: string, manager?: EntityManager): Promise<UserRecord | null> {
    const user = await (manager ?? this.dataSource.manager).findOne(User, {
      select: PUBLIC_COLUMNS,
      where: { email: email.trim().toLowerCase() },
      ...(manager ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    return user ? toUserRecord(user) : null;
  }

  /** The ids of enabled district operators granted any of these districts (ADR 0016). */
  async operatorsOf(districts: readonly string[]): Promise<string[]> {
    if (districts.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(OperatorDistrict)
      .createQueryBuilder('od')
      .select('DISTINCT od.user_id', 'userId')
      .innerJoin(User, 'u', 'u.id = od.user_id')
      .where('od.district IN (:...districts)', { districts: [...districts] })
      .andWhere("u.role = 'operator' AND u.disabled_at IS NULL")
      .getRawMany<{ userId: string }>();
    return rows.map((r) => r.userId);
  }
}
