import type { DomainEvent } from '@app/shared';
import type { OutcomeStatus, ProjectKind, ProjectStatus } from './programme.types';

export const ProgrammeEvents = {
  ProjectCreated: 'project.created',
  ProjectStatusChanged: 'project.status_changed',
  ProjectUpdated: 'project.updated',
  OutcomeReported: 'outcome.reported',
  OutcomeConfirmed: 'outcome.confirmed',
  MilestoneOverdue: 'milestone.overdue',
  PartnershipStalled: 'partnership.stalled',
  PracticeLogged: 'practice.logged',
  PracticeConfirmed: 'practice.confirmed',
} as const;

export type ProgrammeEventType = (typeof ProgrammeEvents)[keyof typeof ProgrammeEvents];

/** A project's public facts at the event's version (no figures). */
export interface ProjectEventPayload {
  projectId: string;
  kind: ProjectKind;
  title: string;
  status: ProjectStatus;
  organizationIds: string[];
  expertIds: string[];
  connectionId: string | null;
}

/** Which outcome changed and how; the figures stay in the database. */
export interface OutcomeEventPayload {
  projectId: string;
  projectTitle: string;
  outcomeId: string;
  period: string;
  status: OutcomeStatus;
  side: string;
  /** The partners who may confirm now (reported) or none (confirmed): they are asked to. */
  awaiting: { organizationIds: string[]; expertIds: string[] };
}

/** Who is to be told: the milestone's owner and the project's partners. */
export interface MilestoneOverduePayload {
  projectId: string;
  projectTitle: string;
  milestoneId: string;
  title: string;
  dueDate: string;
  ownerUserId: string | null;
  organizationIds: string[];
  expertIds: string[];
}

export type ProjectEvent = DomainEvent<
  | typeof ProgrammeEvents.ProjectCreated
  | typeof ProgrammeEvents.ProjectStatusChanged
  | typeof ProgrammeEvents.ProjectUpdated,
  ProjectEventPayload,
  'project'
>;

export type OutcomeEvent = DomainEvent<
  typeof ProgrammeEvents.OutcomeReported | typeof ProgrammeEvents.OutcomeConfirmed,
  OutcomeEventPayload,
  'project_outcome'
>;

export type MilestoneEvent = DomainEvent<
  typeof ProgrammeEvents.MilestoneOverdue,
  MilestoneOverduePayload,
  'project_milestone'
>;

/** An enterprise–college pair found stalled (insights/stalled-partnerships.ts), once per stall. */
export interface PartnershipStalledPayload {
  stallId: string;
  enterpriseId: string;
  collegeId: string;
  score: number;
  daysSinceActivity: number;
  overdueMilestones: number;
  runningProjects: number;
}

export type PartnershipEvent = DomainEvent<
  typeof ProgrammeEvents.PartnershipStalled,
  PartnershipStalledPayload,
  'partnership_stall'
>;

/** Days a teacher spent on an enterprise's R&D demand (two-for-one), logged or confirmed. */
export interface PracticeLogPayload {
  logId: string;
  teacherName: string;
  collegeId: string;
  enterpriseId: string;
  demandId: string;
  demandTitle: string;
  days: number;
  from: string;
  to: string;
}

export type PracticeLogEvent = DomainEvent<
  typeof ProgrammeEvents.PracticeLogged | typeof ProgrammeEvents.PracticeConfirmed,
  PracticeLogPayload,
  'practice_log'
>;

/** Every event of the programmes context. */
export type ProgrammeEvent =
  ProjectEvent | OutcomeEvent | MilestoneEvent | PartnershipEvent | PracticeLogEvent;

export function projectEvent(
  type: ProjectEvent['eventType'],
  version: number,
  payload: ProjectEventPayload,
): ProjectEvent {
  return {
    eventType: type,
    aggregateType: 'project',
    aggregateId: payload.projectId,
    aggregateVersion: version,
    payload,
  };
}

export function outcomeEvent(
  type: OutcomeEvent['eventType'],
  version: number,
  payload: OutcomeEventPayload,
): OutcomeEvent {
  return {
    eventType: type,
    aggregateType: 'project_outcome',
    aggregateId: payload.outcomeId,
    aggregateVersion: version,
    payload,
  };
}

/** Once per milestone (the check marks it notified), so version 1. */
export function milestoneOverdue(payload: MilestoneOverduePayload): MilestoneEvent {
  return {
    eventType: ProgrammeEvents.MilestoneOverdue,
    aggregateType: 'project_milestone',
    aggregateId: payload.milestoneId,
    aggregateVersion: 1,
    payload,
  };
}

/** Once per stall (the row's id; a later stall is a new row), so version 1. */
export function partnershipStalled(payload: PartnershipStalledPayload): PartnershipEvent {
  return {
    eventType: ProgrammeEvents.PartnershipStalled,
    aggregateType: 'partnership_stall',
    aggregateId: payload.stallId,
    aggregateVersion: 1,
    payload,
  };
}

export function practiceLogEvent(
  type: PracticeLogEvent['eventType'],
  version: number,
  payload: PracticeLogPayload,
): PracticeLogEvent {
  return {
    eventType: type,
    aggregateType: 'practice_log',
    aggregateId: payload.logId,
    aggregateVersion: version,
    payload,
  };
}
