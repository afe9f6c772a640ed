import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DeclineReason } from '../../connections/connection.types';
import { ContactPersonView, RefView } from '../../connections/dto/connection.view';
import { OfferInterestStatus, OfferOwnerType } from '../offer-interest.types';
import type { OfferInterest } from '../offer-interest.entity';

export class OfferRefView {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['research_result', 'training_programme', 'consulting_service'] })
  kind: string;
}

export class OfferOwnerRefView extends RefView {
  @ApiProperty({ enum: OfferOwnerType }) type: OfferOwnerType;
}

export class OfferInterestContactsView {
  @ApiProperty({ type: [ContactPersonView] }) owner: ContactPersonView[];
  @ApiProperty({ type: [ContactPersonView] }) interested: ContactPersonView[];
}

export class OfferInterestView {
  @ApiProperty() id: string;
  @ApiProperty({ type: OfferRefView }) offer: OfferRefView;
  @ApiProperty({ type: OfferOwnerRefView, description: 'Who provides the offer and answers' })
  owner: OfferOwnerRefView;
  @ApiProperty({ type: RefView, description: 'The interested enterprise or college' })
  organization: RefView;
  @ApiProperty({ enum: OfferInterestStatus }) status: OfferInterestStatus;
  @ApiProperty() message: string;
  @ApiPropertyOptional({ enum: DeclineReason, nullable: true }) declineReason: DeclineReason | null;
  @ApiPropertyOptional({ nullable: true }) declineNote: string | null;
  @ApiPropertyOptional({ nullable: true }) respondedAt: Date | null;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiPropertyOptional({
    type: OfferInterestContactsView,
    description: 'Only once the owner accepted',
  })
  contacts?: OfferInterestContactsView;
}

/** GET /offer-interests: one page of the caller's offer interests. */
export class OfferInterestPageView {
  @ApiProperty({ type: [OfferInterestView] }) items: OfferInterestView[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export interface OfferInterestNames {
  offer: OfferRefView;
  ownerName: string;
  organizationName: string;
}

export function toOfferInterestView(
  i: OfferInterest,
  names: OfferInterestNames,
  contacts?: OfferInterestContactsView,
): OfferInterestView {
  return {
    id: i.id,
    offer: names.offer,
    owner: {
      id: (i.ownerExpertId ?? i.ownerOrganizationId) as string,
      name: names.ownerName,
      type: i.ownerType,
    },
    organization: { id: i.organizationId, name: names.organizationName },
    status: i.status,
    message: i.message,
    declineReason: i.declineReason,
    declineNote: i.declineNote,
    respondedAt: i.respondedAt,
    version: i.version,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    ...(contacts ? { contacts } : {}),
  };
}
