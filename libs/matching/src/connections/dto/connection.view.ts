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

/** What other contexts name the parties of a match (read through their ports). */
export interface ConnectionNames {
  demandTitle: string;
  enterpriseName: string;
  candidateName: string;
}

export function toConnectionView(
  c: Connection,
  names: ConnectionNames,
  contacts?: ContactsView,
): ConnectionView {
  const view: ConnectionView = {
    id: c.id,
    demand: { id: c.demandId, title: names.demandTitle },
    enterprise: { id: c.enterpriseId, name: names.enterpriseName },
    candidate: {
      id: (c.expertId ?? c.collegeId) as string,
      name: names.candidateName,
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
