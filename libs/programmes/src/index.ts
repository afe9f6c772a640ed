// Cooperation projects after the match (issue 12, ADR 0019).
export {
  type MilestoneEvent,
  type MilestoneOverduePayload,
  type OutcomeEvent,
  type OutcomeEventPayload,
  type PartnershipEvent,
  type PartnershipStalledPayload,
  type PracticeLogEvent,
  type PracticeLogPayload,
  ProgrammeEvents,
  type ProgrammeEvent,
  type ProgrammeEventType,
  type ProjectEvent,
  type ProjectEventPayload,
} from './programme-events';
export { OUTCOME_FIGURES, outcomeProblems } from './outcome-rules';
export { DETAILS_DTO } from './dto/project-details.dto';
export { OutcomeStatus, PartnerType, ProjectKind, ProjectStatus } from './programme.types';
export { isOverdue, localDate, OverdueMilestones, type OverdueReport } from './overdue-milestones';
export { StalledPartnerships, type StalledReport } from './insights/stalled-partnerships';
export { PartnershipStall } from './insights/partnership-stall.entity';
export { ProgrammesJobsModule } from './programmes-jobs.module';
export { ProgrammesModule } from './programmes.module';
export { Project } from './project.entity';
export { ProjectMilestone } from './project-milestone.entity';
export { ProjectOutcome } from './project-outcome.entity';
export { ProjectPartner } from './project-partner.entity';
export { ProjectStatusChange } from './project-status-change.entity';
export { PracticeLog } from './teachers/practice-log.entity';
export { PRACTICE_DAYS_PER_YEAR, practiceLedger } from './teachers/practice-ledger';
export { Teacher } from './teachers/teacher.entity';
export { PracticeLogStatus } from './teachers/teacher.types';
export {
  PROJECT_SEARCH_EVENTS,
  ProjectSearchModule,
  ProjectSearchSource,
} from './search/project-search-source';
