import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsDistrictCode, IsIndustryCode } from '@app/reference';
import { IsIsoDate, PageQuery } from '@app/shared';
import { Availability, ExpertService } from '../expert.entity';

export class ListExpertsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Name, field or skill contains' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({ description: 'GB/T 4754 code; matches it and every code below it' })
  @IsOptional()
  @IsIndustryCode()
  industry?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDistrictCode()
  district?: string;

  @ApiPropertyOptional({ enum: ExpertService })
  @IsOptional()
  @IsEnum(ExpertService)
  service?: ExpertService;

  @ApiPropertyOptional({ enum: Availability })
  @IsOptional()
  @IsEnum(Availability)
  availability?: Availability;

  @ApiPropertyOptional({ description: 'Joined on or after (ISO date)' })
  @IsOptional()
  @IsIsoDate()
  createdFrom?: string;

  @ApiPropertyOptional({ description: 'Joined before (ISO date)' })
  @IsOptional()
  @IsIsoDate()
  createdTo?: string;
}
