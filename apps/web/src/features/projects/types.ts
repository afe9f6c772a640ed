/**
 * The programmes context's answers (libs/programmes/src/dto/project.view.ts): its views are
 * interfaces, not classes, so openapi.json carries no schema for them; these mirror them.
 */
export const PROJECT_KINDS = [
  'order_class',
  'industry_college',
  'rnd_project',
  'teacher_practice',
  'part_time_teaching',
  'competition',
  'incubation',
] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const PROJECT_STATUSES = ['planned', 'running', 'completed', 'stopped'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export interface PartnerView {
  type: 'enterprise' | 'college' | 'expert';
  id: string;
  name: string;
}

export interface StatusChangeView {
  from: ProjectStatus | null;
  to: ProjectStatus;
  reason: string | null;
  changedBy: string | null;
  changedAt: string;
}

export interface OutcomeView {
  id: string;
  period: string;
  figures: Record<string, number>;
  status: 'reported' | 'confirmed';
  /** `organization:<id>` or `expert:<id>`. */
  reportedBySide: string;
  reportedBy: string | null;
  reportedAt: string;
  confirmedBySide: string | null;
  confirmedBy: string | null;
  confirmedAt: string | null;
}

export interface MilestoneView {
  id: string;
  title: string;
  ownerUserId: string | null;
  dueDate: string;
  completedAt: string | null;
  completedBy: string | null;
  overdue: boolean;
}

export interface ProjectView {
  id: string;
  kind: ProjectKind;
  title: string;
  status: ProjectStatus;
  startDate: string | null;
  endDate: string | null;
  partners: PartnerView[];
  version: number;
  createdAt: string;
  access: 'public' | 'partner' | 'admin';
  description?: string;
  details?: Record<string, unknown>;
  connectionId?: string | null;
  stopReason?: string | null;
  statusHistory?: StatusChangeView[];
  outcomes?: OutcomeView[];
  milestones?: MilestoneView[];
}

export interface ProjectPage {
  items: ProjectView[];
  page: number;
  pageSize: number;
  total: number;
}

/** The figures an outcome of each kind carries (libs/programmes outcome-rules.ts). */
export const OUTCOME_FIGURES: Record<ProjectKind, { required: string[]; optional: string[] }> = {
  order_class: {
    required: ['enrolled', 'graduated', 'hiredByEnterprise'],
    optional: ['retainedAfterOneYear', 'inKeyPosts', 'startingSalary', 'internsHosted'],
  },
  industry_college: {
    required: ['graduates', 'employed', 'employedInChain'],
    optional: ['averageStartingSalary', 'internsHosted'],
  },
  rnd_project: { required: [], optional: ['costSaving', 'revenue'] },
  teacher_practice: { required: ['daysConfirmed'], optional: [] },
  part_time_teaching: { required: ['hoursTaught'], optional: ['students'] },
  competition: { required: ['participants'], optional: ['awards'] },
  incubation: { required: [], optional: ['jobsCreated', 'loans', 'subsidies'] },
};

/** The status changes allowed from each status (ADR 0019 §6). */
export const NEXT_STATUSES: Record<ProjectStatus, ProjectStatus[]> = {
  planned: ['running', 'stopped'],
  running: ['completed', 'stopped'],
  completed: [],
  stopped: [],
};
