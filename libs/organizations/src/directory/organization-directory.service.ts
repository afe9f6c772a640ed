import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { OrganizationMember } from '../entities/organization-member.entity';
import {
  Organization,
  type OrganizationKind,
  type VerificationStatus,
} from '../entities/organization.entity';

export interface Membership {
  organizationId: string;
  kind: OrganizationKind;
  name: string;
  status: VerificationStatus;
  district: string;
  industryCode: string | null;
}

/** What other contexts may ask about organisations (who belongs where, is it verified). */
@Injectable()
export class OrganizationDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async membershipOf(userId: string, manager?: EntityManager): Promise<Membership | null> {
    const m = manager ?? this.dataSource.manager;
    const member = await m.findOneBy(OrganizationMember, { userId });
    if (!member) return null;
    const org = await m.findOneByOrFail(Organization, { id: member.organizationId });
    return {
      organizationId: org.id,
      kind: org.kind,
      name: org.name,
      status: org.status,
      district: org.district,
      industryCode: org.industryCode,
    };
  }
}
