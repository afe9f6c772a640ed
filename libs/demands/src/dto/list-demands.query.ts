import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsDistrictCode, IsIndustryCode } from '@app/reference';
import { IsIsoDate, PageQuery } from '@app/shared';
import { DemandKind, DemandStatus } from '../demand.entity';
import type { DemandOwnerKind } from '../demand.types';

export class ListDemandsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Title contains' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({ enum: DemandKind, description: 'The demand type' })
  @IsOptional()
  @IsEnum(DemandKind)
  kind?: DemandKind;

  @ApiPropertyOptional({
    enum: ['enterprise', 'college'],
    description: "enterprise: enterprises' demands only; college: colleges' needs only",
  })
  @IsOptional()
  @IsIn(['enterprise', 'college'])
  postedBy?: DemandOwnerKind;

  @ApiPropertyOptional({ description: 'GB/T 4754 code; matches it and every code below it' })
  @IsOptional()
  @IsIndustryCode()
  industry?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDistrictCode()
  district?: string;

  @ApiPropertyOptional({
    enum: DemandStatus,
    description: 'Drafts only with mine=true; default open',
  })
  @IsOptional()
  @IsEnum(DemandStatus)
  status?: DemandStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ description: "Only my organisation's demands, drafts included" })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ description: 'Published on or after (ISO date)' })
  @IsOptional()
  @IsIsoDate()
  publishedFrom?: string;

  @ApiPropertyOptional({ description: 'Published before (ISO date)' })
  @IsOptional()
  @IsIsoDate()
  publishedTo?: string;
}
