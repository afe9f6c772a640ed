import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { Expert } from '@app/experts';
import { Organization, OrganizationMember } from '@app/organizations';

/** Who stands behind an organisation or an expert profile, and what they are called. */
@Injectable()
export class Recipients {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async membersOf(organizationIds: readonly string[]): Promise<string[]> {
    if (organizationIds.length === 0) return [];
    const rows = await this.dataSource.getRepository(OrganizationMember).find({
      select: { userId: true },
      where: { organizationId: In([...organizationIds]) },
    });
    return rows.map((r) => r.userId);
  }

  async organizationNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Organization).find({
      select: { id: true, name: true },
      where: { id: In([...ids]) },
    });
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async experts(ids: readonly string[]): Promise<Map<string, Pick<Expert, 'name' | 'userId'>>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Expert).find({
      select: { id: true, name: true, userId: true },
      where: { id: In([...ids]) },
    });
    return new Map(rows.map((r) => [r.id, { name: r.name, userId: r.userId }]));
  }
}
