import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ResponsivenessView } from '@app/shared';
import { Availability, type Expert, type ExpertContact, ExpertService } from '../expert.entity';

export class ExpertView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() title: string;
  @ApiProperty() affiliation: string;
  @ApiProperty() district: string;
  @ApiProperty({ type: [String] }) industryCodes: string[];
  @ApiProperty({ type: [String] }) fields: string[];
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ enum: ExpertService, isArray: true }) services: ExpertService[];
  @ApiProperty({ enum: Availability }) availability: Availability;
  @ApiProperty() bio: string;
  @ApiProperty() isPublic: boolean;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiPropertyOptional({ description: 'The expert and admins only' }) contact?: ExpertContact;
  @ApiPropertyOptional({
    type: ResponsivenessView,
    description: 'How it answers interests and invitations (single-profile reads only)',
  })
  responsiveness?: ResponsivenessView;
}

export function toExpertView(expert: Expert, privileged: boolean): ExpertView {
  const { userId: _userId, contact, ...rest } = expert;
  return privileged ? { ...rest, contact } : rest;
}
