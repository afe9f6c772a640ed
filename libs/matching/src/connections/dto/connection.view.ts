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
  @ApiProperty({
    enum: CandidateType,
    description: 'expert or college (enterprise demands), expert or enterprise (college needs)',
  })
  type: CandidateType;
}

export class OwnerRefView extends RefView {
  @ApiProperty({
    enum: ['enterprise', 'college'],
    description: 'The kind of organisation that posted the demand',
  })
  kind: 'enterprise' | 'college';
}

/** One person to get in touch with; organisations list their members' accounts. */
export class ContactPersonView {
  @ApiProperty() name: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() phone?: string;
  @ApiPropertyOptional() wechat?: string;
}

export class ContactsView {
  @ApiProperty({ type: [ContactPersonView], description: "The demand's owner organisation" })
  owner: ContactPersonView[];
  @ApiProperty({
    type: [ContactPersonView],
    deprecated: true,
    description: 'Same as owner (kept for older clients; for a college need it is the college)',
  })
  enterprise: ContactPersonView[];
  @ApiProperty({ type: [ContactPersonView] }) candidate: ContactPersonView[];
}

export class ConnectionView {
  @ApiProperty() id: string;
  @ApiProperty({ type: DemandRefView }) demand: DemandRefView;
  @ApiProperty({ type: OwnerRefView, description: 'The organisation that posted the demand' })
  owner: OwnerRefView;
  @ApiProperty({
    type: RefView,
    deprecated: true,
    description:
      "Same as owner, kept for older clients: the demand's organisation, which for a college need is a college",
  })
  enterprise: RefView;
  @ApiProperty({ type: CandidateRefView }) candidate: CandidateRefView;
  @ApiProperty({ enum: ConnectionStatus }) status: ConnectionStatus;
  @ApiProperty({
    enum: ConnectionInitiator,
    description:
      "candidate (an interest) or owner (an invitation by the demand's organisation; was `enterprise` before college needs)",
  })
  initiatedBy: ConnectionInitiator;
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

/** GET /matches: one page of the caller's matches. */
export class ConnectionPageView {
  @ApiProperty({ type: [ConnectionView] }) items: ConnectionView[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

/** What other contexts name the parties of a match (read through their ports). */
export interface ConnectionNames {
  demandTitle: string;
  ownerName: string;
  ownerKind: 'enterprise' | 'college';
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
    owner: { id: c.ownerId, name: names.ownerName, kind: names.ownerKind },
    enterprise: { id: c.ownerId, name: names.ownerName },
    candidate: {
      id: (c.expertId ?? c.candidateOrganizationId) as string,
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
