import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CandidateType,
  type Connection,
  ConnectionInitiator,
  ConnectionStatus,
  DeclineReason,
} from '../connection.entity';

export class RefView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class DemandRefView {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
}

export class CandidateRefView extends RefView {
  @ApiProperty({ enum: CandidateType }) type: CandidateType;
}

/** One person to get in touch with; organisations list their members' accounts. */
export class ContactPersonView {
  @ApiProperty() name: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() phone?: string;
  @ApiPropertyOptional() wechat?: string;
}

export class ContactsView {
  @ApiProperty({ type: [ContactPersonView] }) enterprise: ContactPersonView[];
  @ApiProperty({ type: [ContactPersonView] }) candidate: ContactPersonView[];
}

export class ConnectionView {
  @ApiProperty() id: string;
  @ApiProperty({ type: DemandRefView }) demand: DemandRefView;
  @ApiProperty({ type: RefView }) enterprise: RefView;
  @ApiProperty({ type: CandidateRefView }) candidate: CandidateRefView;
  @ApiProperty({ enum: ConnectionStatus }) status: ConnectionStatus;
  @ApiProperty({ enum: ConnectionInitiator }) initiatedBy: ConnectionInitiator;
  @ApiProperty() message: string;
  @ApiPropertyOptional({ enum: DeclineReason, nullable: true }) declineReason: DeclineReason | null;
  @ApiPropertyOptional({ nullable: true }) declineNote: string | null;
  @ApiPropertyOptional({ nullable: true }) respondedAt: Date | null;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiPropertyOptional({ type: ContactsView, description: 'Only once the match is connected' })
  contacts?: ContactsView;
}

/** Expects demand, enterprise and the candidate relation loaded. */
export function toConnectionView(c: Connection, contacts?: ContactsView): ConnectionView {
  const candidate = c.candidateType === CandidateType.Expert ? c.expert : c.college;
  const view: ConnectionView = {
    id: c.id,
    demand: { id: c.demandId, title: c.demand?.title ?? '' },
    enterprise: { id: c.enterpriseId, name: c.enterprise?.name ?? '' },
    candidate: {
      id: (c.expertId ?? c.collegeId) as string,
      name: candidate?.name ?? '',
      type: c.candidateType,
    },
    status: c.status,
    initiatedBy: c.initiatedBy,
    message: c.message,
    declineReason: c.declineReason,
    declineNote: c.declineNote,
    respondedAt: c.respondedAt,
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
  // Contact details are the reward for both sides agreeing: never shown before that.
  if (c.status === ConnectionStatus.Connected && contacts) view.contacts = contacts;
  return view;
}
