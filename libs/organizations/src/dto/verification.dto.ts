import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsObject,
  IsString,
  IsUUID,
  Length,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Trim } from './common';
import { OrganizationView } from './organization.view';

export class RejectOrganizationDto {
  @ApiProperty({
    description: 'Shown to the organisation',
    example: '营业执照信息与统一社会信用代码不一致',
  })
  @Trim()
  @IsString()
  @Length(2, 500)
  reason: string;
}

export class VerificationDecisionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId: string;

  @ApiProperty({ enum: ['verify', 'reject'] })
  @IsIn(['verify', 'reject'])
  decision: 'verify' | 'reject';

  @ApiPropertyOptional({ description: 'Required when rejecting' })
  @ValidateIf((d: VerificationDecisionDto) => d.decision === 'reject')
  @Trim()
  @IsString()
  @Length(2, 500)
  reason?: string;
}

export class BatchVerificationDto {
  @ApiProperty({ type: [VerificationDecisionDto], maxItems: 200 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => VerificationDecisionDto)
  decisions: VerificationDecisionDto[];
}

export class VerificationOutcomeDto {
  @ApiProperty() organizationId: string;
  @ApiProperty({ enum: ['verified', 'rejected', 'failed'] }) outcome:
    'verified' | 'rejected' | 'failed';
  @ApiPropertyOptional() code?: string;
  @ApiPropertyOptional() detail?: string;
}

export class DistrictTotalsDto {
  @ApiProperty({ example: '130302' })
  district: string;

  @ApiProperty({ enum: ['enterprise', 'college'] })
  kind: 'enterprise' | 'college';

  @ApiProperty()
  pending: number;

  @ApiProperty()
  verified: number;

  @ApiProperty()
  rejected: number;
}

export class OrganizationTotalsDto {
  @ApiProperty({ description: 'Summed over the districts below' })
  pending: number;

  @ApiProperty()
  verified: number;

  @ApiProperty()
  rejected: number;

  @ApiProperty({
    type: [DistrictTotalsDto],
    description: 'One row per district and kind that has organisations, by district code',
  })
  districts: DistrictTotalsDto[];
}

/** A page of the review queue (GET /admin/organizations). */
export class ReviewQueuePageView {
  @ApiProperty({ type: [OrganizationView] }) items: OrganizationView[];
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
  @ApiProperty({ type: 'integer' }) total: number;
}
