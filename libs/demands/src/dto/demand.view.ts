import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CloseReason,
  type Demand,
  type DemandDetails,
  DemandKind,
  DemandStatus,
} from '../demand.entity';

export class DemandView {
  @ApiProperty() id: string;
  @ApiProperty() organizationId: string;
  @ApiProperty({ enum: DemandKind }) kind: DemandKind;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() industryCode: string;
  @ApiProperty() district: string;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ description: 'Kind-specific details' }) details: DemandDetails;
  @ApiPropertyOptional({ nullable: true }) deadline: string | null;
  @ApiProperty({ enum: DemandStatus }) status: DemandStatus;
  @ApiPropertyOptional({ enum: CloseReason, nullable: true }) closeReason: CloseReason | null;
  @ApiPropertyOptional({ nullable: true }) closeNote: string | null;
  @ApiPropertyOptional({ nullable: true }) publishedAt: Date | null;
  @ApiPropertyOptional({ nullable: true }) closedAt: Date | null;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

/** GET /demands: one page of demands. */
export class DemandPageView {
  @ApiProperty({ type: [DemandView] }) items: DemandView[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export function toDemandView(d: Demand): DemandView {
  const { createdBy: _createdBy, ...view } = d;
  return view;
}
