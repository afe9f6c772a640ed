import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { DemandKind } from '@app/demands';
import {
  IsDistrictCode,
  IsIndustryCode,
  NormalizeIndustryCode,
  PROJECT_KINDS,
} from '@app/reference';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const STATS_KINDS = [...new Set([...Object.values(DemandKind), ...PROJECT_KINDS])];

/** The filters every statistic takes; each one narrows what it counts. */
export class StatsQuery {
  @ApiPropertyOptional({ example: '2025-01', description: 'First month counted (YYYY-MM)' })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month, YYYY-MM' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'Last month counted (YYYY-MM)' })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month, YYYY-MM' })
  to?: string;

  @ApiPropertyOptional({ description: 'A district code (operators: one of theirs)' })
  @IsOptional()
  @IsDistrictCode()
  district?: string;

  @ApiPropertyOptional({ description: 'GB/T 4754 section letter, division, group or class' })
  @IsOptional()
  @NormalizeIndustryCode()
  @IsIndustryCode()
  industry?: string;

  @ApiPropertyOptional({
    description: 'A demand kind (platform, majors) or a project kind (cooperation)',
    enum: STATS_KINDS,
  })
  @IsOptional()
  @IsIn(STATS_KINDS)
  kind?: string;

  @ApiPropertyOptional({ description: 'A college (organisation id)', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  collegeId?: string;
}
