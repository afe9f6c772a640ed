import type { MilestoneView, OutcomeView } from './dto/project.view';
import { isOverdue } from './overdue-milestones';
import type { ProjectMilestone } from './project-milestone.entity';
import type { ProjectOutcome } from './project-outcome.entity';

export function outcomeView(o: ProjectOutcome): OutcomeView {
  return {
    id: o.id,
    period: o.period,
    figures: o.figures,
    status: o.status,
    reportedBySide: o.reportedBySide,
    reportedBy: o.reportedBy,
    reportedAt: o.reportedAt.toISOString(),
    confirmedBySide: o.confirmedBySide,
    confirmedBy: o.confirmedBy,
    confirmedAt: o.confirmedAt?.toISOString() ?? null,
  };
}

export function milestoneView(ms: ProjectMilestone, today: string): MilestoneView {
  return {
    id: ms.id,
    title: ms.title,
    ownerUserId: ms.ownerUserId,
    dueDate: ms.dueDate,
    completedAt: ms.completedAt?.toISOString() ?? null,
    completedBy: ms.completedBy,
    overdue: isOverdue(ms, today),
  };
}
