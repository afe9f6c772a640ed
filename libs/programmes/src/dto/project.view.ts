import type { OutcomeStatus, PartnerType, ProjectKind, ProjectStatus } from '../programme.types';

export interface PartnerView {
  type: PartnerType;
  id: string;
  name: string;
}

/** What anyone may see of a project. */
export interface ProjectPublicView {
  id: string;
  kind: ProjectKind;
  title: string;
  status: ProjectStatus;
  startDate: string | null;
  endDate: string | null;
  partners: PartnerView[];
  /** Bumped by every change; PATCH sends the version it read. */
  version: number;
  createdAt: string;
  /** `partner` (or `admin`) when the private parts below are included. */
  access: 'public' | 'partner' | 'admin';
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
  status: OutcomeStatus;
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

/** What the partners (and admins) see. */
export interface ProjectView extends ProjectPublicView {
  description?: string;
  details?: Record<string, unknown>;
  connectionId?: string | null;
  stopReason?: string | null;
  statusHistory?: StatusChangeView[];
  outcomes?: OutcomeView[];
  milestones?: MilestoneView[];
}
