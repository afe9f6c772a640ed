import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsDistrictCode, IsIndustryCode } from '@app/reference';
import { IsIsoDate, PageQuery } from '@app/shared';
import {
  COLLEGE_LEVELS,
  type CollegeLevel,
  EnterpriseSize,
  VerificationStatus,
} from '../entities/organization.entity';
import { trim, upperTrim } from './common';

export class ListOrganizationsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Name contains' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({ description: 'GB/T 4754 code; matches it and every code below it' })
  @IsOptional()
  @Transform(upperTrim)
  @IsIndustryCode()
  industry?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDistrictCode()
  district?: string;

  @ApiPropertyOptional({ enum: EnterpriseSize })
  @IsOptional()
  @IsEnum(EnterpriseSize)
  size?: EnterpriseSize;

  @ApiPropertyOptional({ enum: COLLEGE_LEVELS })
  @IsOptional()
  @IsIn(COLLEGE_LEVELS)
  level?: CollegeLevel;

  @ApiPropertyOptional({
    enum: VerificationStatus,
    description: 'Admins only; everyone else sees verified organisations',
  })
  @IsOptional()
  @IsEnum(VerificationStatus)
  status?: VerificationStatus;

  @ApiPropertyOptional({ description: 'Joined on or after (ISO date)' })
  @IsOptional()
  @IsIsoDate()
  createdFrom?: string;

  @ApiPropertyOptional({ description: 'Joined before (ISO date)' })
  @IsOptional()
  @IsIsoDate()
  createdTo?: string;
}
