import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  OutcomeStatus,
  PartnerType,
  PROJECT_KINDS,
  PROJECT_STATUSES,
  type ProjectKind,
  type ProjectStatus,
} from '../programme.types';

export class PartnerView {
  @ApiProperty({ enum: PartnerType }) type: PartnerType;
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

/** What anyone may see of a project. */
export class ProjectPublicView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: PROJECT_KINDS }) kind: ProjectKind;
  @ApiProperty() title: string;
  @ApiProperty({ enum: PROJECT_STATUSES }) status: ProjectStatus;
  @ApiProperty({ type: String, nullable: true }) startDate: string | null;
  @ApiProperty({ type: String, nullable: true }) endDate: string | null;
  @ApiProperty({ type: [PartnerView] }) partners: PartnerView[];
  /** Bumped by every change; PATCH sends the version it read. */
  @ApiProperty({ description: 'Bumped by every change; PATCH sends the version it read' })
  version: number;
  @ApiProperty() createdAt: string;
  /** `partner` (or `admin`) when the private parts below are included. */
  @ApiProperty({
    enum: ['public', 'partner', 'admin'],
    description: '`partner` (or `admin`) when the private parts are included',
  })
  access: 'public' | 'partner' | 'admin';
}

export class StatusChangeView {
  @ApiProperty({ enum: PROJECT_STATUSES, nullable: true }) from: ProjectStatus | null;
  @ApiProperty({ enum: PROJECT_STATUSES }) to: ProjectStatus;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, nullable: true }) changedBy: string | null;
  @ApiProperty() changedAt: string;
}

export class OutcomeView {
  @ApiProperty() id: string;
  @ApiProperty() period: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  figures: Record<string, number>;
  @ApiProperty({ enum: OutcomeStatus }) status: OutcomeStatus;
  @ApiProperty({ description: '`organization:<id>` or `expert:<id>`' }) reportedBySide: string;
  @ApiProperty({ type: String, nullable: true }) reportedBy: string | null;
  @ApiProperty() reportedAt: string;
  @ApiProperty({ type: String, nullable: true }) confirmedBySide: string | null;
  @ApiProperty({ type: String, nullable: true }) confirmedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) confirmedAt: string | null;
}

export class MilestoneView {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) ownerUserId: string | null;
  @ApiProperty() dueDate: string;
  @ApiProperty({ type: String, nullable: true }) completedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) completedBy: string | null;
  @ApiProperty() overdue: boolean;
}

/** What the partners (and admins) see: the optional parts are absent for `access: public`. */
export class ProjectView extends ProjectPublicView {
  @ApiPropertyOptional() description?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  details?: Record<string, unknown>;
  @ApiPropertyOptional({ type: String, nullable: true }) connectionId?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) stopReason?: string | null;
  @ApiPropertyOptional({ type: [StatusChangeView] }) statusHistory?: StatusChangeView[];
  @ApiPropertyOptional({ type: [OutcomeView] }) outcomes?: OutcomeView[];
  @ApiPropertyOptional({ type: [MilestoneView] }) milestones?: MilestoneView[];
}

/** GET /projects: one page of projects' public parts. */
export class ProjectPageView {
  @ApiProperty({ type: [ProjectPublicView] }) items: ProjectPublicView[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}
