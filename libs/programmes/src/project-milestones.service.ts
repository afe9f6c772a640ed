import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AuthUser, DomainError } from '@app/shared';
import type { CreateMilestoneDto } from './dto/project.dto';
import type { MilestoneView } from './dto/project.view';
import { ProjectAccess } from './project-access';
import { ProjectMilestone } from './project-milestone.entity';
import { milestoneView } from './project-views';

/** A project's milestones: owners, due dates, completion (the daily check finds the overdue). */
@Injectable()
export class ProjectMilestonesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProjectAccess,
  ) {}
  async add(actor: AuthUser, id: string, input: CreateMilestoneDto): Promise<MilestoneView> {
    return this.dataSource.transaction(async (m) => {
      const { partners } = await this.access.actOn(m, actor, id);
      if (!(await this.access.belongsToPartners(input.ownerUserId, partners, m))) {
        throw DomainError.invalidField(
          'ownerUserId',
          'NOT_A_PARTNER',
          'The owner must be a member of a partner organisation or a partner expert',
        );
      }
      const milestone = await m.save(
        m.create(ProjectMilestone, {
          projectId: id,
          title: input.title,
          ownerUserId: input.ownerUserId,
          dueDate: input.dueDate,
        }),
      );
      return milestoneView(milestone, this.access.today());
    });
  }
  async complete(actor: AuthUser, id: string, milestoneId: string): Promise<MilestoneView> {
    return this.dataSource.transaction(async (m) => {
      await this.access.actOn(m, actor, id);
      const milestone = await m.findOneBy(ProjectMilestone, { id: milestoneId, projectId: id });
      if (!milestone) throw DomainError.notFound('Milestone');
      if (milestone.completedAt) {
        throw DomainError.conflict('MILESTONE_COMPLETED', 'The milestone is already complete');
      }
      milestone.completedAt = new Date();
      milestone.completedBy = actor.id;
      await m.save(milestone);
      return milestoneView(milestone, this.access.today());
    });
  }
}
