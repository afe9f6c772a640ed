import type { components } from '../../api/schema';

/** The programmes context's answers, as openapi.json declares them. */
type Schemas = components['schemas'];
export type PartnerView = Schemas['PartnerView'];
export type StatusChangeView = Schemas['StatusChangeView'];
export type OutcomeView = Schemas['OutcomeView'];
export type MilestoneView = Schemas['MilestoneView'];
export type ProjectView = Schemas['ProjectView'];

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
