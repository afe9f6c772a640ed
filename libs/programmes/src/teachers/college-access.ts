import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  assertOrganizationRole,
  hasOrganizationRole,
  type Membership,
  OrganizationDirectory,
  OrganizationKind,
  OrganizationRole,
} from '@app/organizations';
import { type AuthUser, DomainError, isAdmin } from '@app/shared';
import { Teacher } from './teacher.entity';

/** How the caller stands towards a college. */
export type Access = 'public' | 'member' | 'manager' | 'admin';

/** Who may read and write a college's teachers and practice (shared by both services). */
@Injectable()
export class CollegeAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
  ) {}
  /** 404 unless `collegeId` is a college; then how the caller stands towards it. */
  async accessTo(actor: AuthUser | undefined, collegeId: string): Promise<Access> {
    const college = await this.organizations.byId(collegeId);
    if (!college || college.kind !== OrganizationKind.College) {
      throw DomainError.notFound('College');
    }
    if (!actor) return 'public';
    if (isAdmin(actor)) return 'admin';
    const membership = await this.organizations.membershipOf(actor.id);
    if (membership?.organizationId !== collegeId) return 'public';
    return hasOrganizationRole(membership, OrganizationRole.Manager) ? 'manager' : 'member';
  } /** The college's managers (and owner) write; others: 404 outside, 403 for plain members. */
  async assertManager(actor: AuthUser, collegeId: string): Promise<Membership> {
    await this.accessTo(actor, collegeId);
    const membership = await this.organizations.membershipOf(actor.id);
    if (membership?.organizationId !== collegeId) throw DomainError.notFound('College');
    assertOrganizationRole(membership, OrganizationRole.Manager);
    return membership;
  } /** Members and admins read the ledger, offers and logs; to others they do not exist. */
  async assertReader(actor: AuthUser, collegeId: string): Promise<void> {
    const access = await this.accessTo(actor, collegeId);
    if (access === 'public') throw DomainError.notFound('College');
  }
  async teacherOf(collegeId: string, teacherId: string): Promise<Teacher> {
    const teacher = await this.dataSource
      .getRepository(Teacher)
      .findOneBy({ id: teacherId, organizationId: collegeId });
    if (!teacher) throw DomainError.notFound('Teacher');
    return teacher;
  }
}
