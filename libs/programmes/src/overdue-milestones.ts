import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { APP_CONFIG, type AppConfig, OutboxService } from '@app/shared';
import { milestoneOverdue } from './programme-events';
import { ProjectStatus } from './programme.types';
import { ProjectMilestone } from './project-milestone.entity';
import { ProjectPartner } from './project-partner.entity';
import { Project } from './project.entity';

const BATCH = 500;

/** The calendar date (YYYY-MM-DD) of `now` in `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A milestone is overdue once its due date has passed (the due day itself is still in time). */
export function isOverdue(
  milestone: Pick<ProjectMilestone, 'dueDate' | 'completedAt'>,
  today: string,
): boolean {
  return milestone.completedAt === null && milestone.dueDate < today;
}

export interface OverdueReport {
  today: string;
  found: number;
}

/**
 * The daily check (a BullMQ job scheduler in the maintenance queue runs it): each open milestone
 * of a planned or running project whose due date passed is marked and gets one
 * `milestone.overdue` event in the outbox, in the same transaction, for the notifications
 * fan-out (its owner and the partners). Takes the clock as an argument, so tests fake it.
 */
@Injectable()
export class OverdueMilestones {
  private readonly logger = new Logger(OverdueMilestones.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(now: Date = new Date()): Promise<OverdueReport> {
    const today = localDate(now, this.config.NOTIFY_TIMEZONE);
    let found = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (m) => {
        const due = await m
          .createQueryBuilder(ProjectMilestone, 'ms')
          .innerJoin(Project, 'p', 'p.id = ms.project_id')
          .where('ms.completed_at IS NULL AND ms.overdue_notified_at IS NULL')
          .andWhere('ms.due_date < :today', { today })
          .andWhere('p.status IN (:...open)', {
            open: [ProjectStatus.Planned, ProjectStatus.Running],
          })
          .orderBy('ms.due_date')
          .limit(BATCH)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        const overdue = due.filter((ms) => isOverdue(ms, today));
        if (overdue.length === 0) return 0;
        const projectIds = [...new Set(overdue.map((ms) => ms.projectId))];
        const [projects, partners] = await Promise.all([
          m.findBy(Project, { id: In(projectIds) }),
          m.findBy(ProjectPartner, { projectId: In(projectIds) }),
        ]);
        const titles = new Map(projects.map((p) => [p.id, p.title]));
        await m.update(
          ProjectMilestone,
          { id: In(overdue.map((ms) => ms.id)) },
          { overdueNotifiedAt: now },
        );
        for (const ms of overdue) {
          const own = partners.filter((p) => p.projectId === ms.projectId);
          await this.outbox.record(
            m,
            milestoneOverdue({
              projectId: ms.projectId,
              projectTitle: titles.get(ms.projectId) ?? '',
              milestoneId: ms.id,
              title: ms.title,
              dueDate: ms.dueDate,
              ownerUserId: ms.ownerUserId,
              organizationIds: own.flatMap((p) => (p.organizationId ? [p.organizationId] : [])),
              expertIds: own.flatMap((p) => (p.expertId ? [p.expertId] : [])),
            }),
          );
        }
        return overdue.length;
      });
      found += batch;
      if (batch < BATCH) break;
    }
    if (found > 0) this.logger.log(`${found} milestone(s) found overdue on ${today}`);
    return { today, found };
  }
}
