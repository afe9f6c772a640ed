import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditActions, AuditLog, AuditTargets } from '@app/audit';
import { ExpertDirectory } from '@app/experts';
import { type Membership, OrganizationDirectory } from '@app/organizations';
import { findMajor } from '@app/reference';
import { type AuthUser, DomainError } from '@app/shared';
import { type Access, CollegeAccess } from './college-access';
import type { CreateTeacherDto, UpdateTeacherDto } from './dto/teacher.dto';
import { Teacher } from './teacher.entity';
import { assertDatesInOrder, certificationOf, unique } from './teacher-rules';
import type { TeacherPublicView, TeacherView } from './teacher.views';

/**
 * A college's teachers (ADR 0019 addendum): its managers write; its members and admins read
 * everything; anyone reads the public parts of a teacher.
 */
@Injectable()
export class TeachersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
    private readonly experts: ExpertDirectory,
    private readonly audit: AuditLog,
    private readonly colleges: CollegeAccess,
  ) {}
  async list(
    actor: AuthUser | undefined,
    collegeId: string,
  ): Promise<(TeacherView | TeacherPublicView)[]> {
    const access = await this.colleges.accessTo(actor, collegeId);
    const rows = await this.dataSource.getRepository(Teacher).find({
      where: { organizationId: collegeId },
      order: { name: 'ASC', id: 'ASC' },
    });
    return rows.map((t) => viewOf(t, access));
  }
  async get(
    actor: AuthUser | undefined,
    collegeId: string,
    teacherId: string,
  ): Promise<TeacherView | TeacherPublicView> {
    const access = await this.colleges.accessTo(actor, collegeId);
    return viewOf(await this.colleges.teacherOf(collegeId, teacherId), access);
  }
  async create(actor: AuthUser, collegeId: string, input: CreateTeacherDto): Promise<TeacherView> {
    const membership = await this.colleges.assertManager(actor, collegeId);
    await this.checkLinks(collegeId, input.userId, input.expertId);
    for (const t of input.trainings ?? []) assertDatesInOrder(t.from, t.to, 'trainings');
    const saved = await this.dataSource.transaction(async (m) => {
      const teacher = await m.save(
        m.create(Teacher, {
          organizationId: collegeId,
          name: input.name,
          majors: unique(input.majors),
          userId: input.userId ?? null,
          expertId: input.expertId ?? null,
          certification: certificationOf(input.certification),
          trainings: (input.trainings ?? []).map((t) => ({ ...t })),
          version: 1,
        }),
      );
      if (teacher.certification) await this.auditCertification(m, actor, membership, teacher);
      return teacher;
    });
    return viewOf(saved, 'manager') as TeacherView;
  }
  async update(
    actor: AuthUser,
    collegeId: string,
    teacherId: string,
    input: UpdateTeacherDto,
  ): Promise<TeacherView> {
    const membership = await this.colleges.assertManager(actor, collegeId);
    await this.checkLinks(collegeId, input.userId, input.expertId);
    for (const t of input.trainings ?? []) assertDatesInOrder(t.from, t.to, 'trainings');
    const saved = await this.dataSource.transaction(async (m) => {
      const teacher = await m.findOne(Teacher, {
        where: { id: teacherId, organizationId: collegeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!teacher) throw DomainError.notFound('Teacher');
      const before = JSON.stringify(teacher.certification);
      if (input.name !== undefined) teacher.name = input.name;
      if (input.majors !== undefined) teacher.majors = unique(input.majors);
      if (input.userId !== undefined) teacher.userId = input.userId;
      if (input.expertId !== undefined) teacher.expertId = input.expertId;
      if (input.certification !== undefined) {
        teacher.certification = certificationOf(input.certification);
      }
      if (input.trainings !== undefined) teacher.trainings = input.trainings.map((t) => ({ ...t }));
      teacher.version += 1;
      const next = await m.save(teacher);
      if (JSON.stringify(next.certification) !== before) {
        await this.auditCertification(m, actor, membership, next);
      }
      return next;
    });
    return viewOf(saved, 'manager') as TeacherView;
  }
  async remove(actor: AuthUser, collegeId: string, teacherId: string): Promise<void> {
    await this.colleges.assertManager(actor, collegeId);
    const result = await this.dataSource
      .getRepository(Teacher)
      .delete({ id: teacherId, organizationId: collegeId });
    if (!result.affected) throw DomainError.notFound('Teacher');
  } /** The account must be a member of the college; the expert profile must exist. */
  private async checkLinks(
    collegeId: string,
    userId: string | null | undefined,
    expertId: string | null | undefined,
  ): Promise<void> {
    if (userId) {
      const membership = await this.organizations.membershipOf(userId);
      if (membership?.organizationId !== collegeId) {
        throw DomainError.invalidField(
          'userId',
          'NOT_COLLEGE_MEMBER',
          "The teacher's account must be a member of the college",
        );
      }
    }
    if (expertId && !(await this.experts.byId(expertId))) {
      throw DomainError.invalidField('expertId', 'EXPERT_NOT_FOUND', 'No such expert profile');
    }
  }
  private async auditCertification(
    m: EntityManager,
    actor: AuthUser,
    membership: Membership,
    teacher: Teacher,
  ): Promise<void> {
    await this.audit.record(m, {
      actor,
      action: AuditActions.TeacherCertificationRecorded,
      target: { type: AuditTargets.Teacher, id: teacher.id },
      organizationId: membership.organizationId,
      district: membership.district,
      details: teacher.certification ? { ...teacher.certification } : { removed: true as const },
    });
  }
}

function viewOf(t: Teacher, access: Access): TeacherView | TeacherPublicView {
  const publicView: TeacherPublicView = {
    id: t.id,
    collegeId: t.organizationId,
    name: t.name,
    majors: t.majors.map((code) => ({ code, name: findMajor(code)?.name ?? code })),
    dualQualified: t.certification
      ? { level: t.certification.level, status: t.certification.status }
      : null,
    access: access === 'admin' ? 'admin' : access === 'public' ? 'public' : 'member',
  };
  if (access === 'public') return publicView;
  return {
    ...publicView,
    userId: t.userId,
    expertId: t.expertId,
    certification: t.certification,
    trainings: t.trainings,
    version: t.version,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}
