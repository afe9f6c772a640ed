import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { Optional } from '@app/shared';

export class ContributionsQuery {
  @ApiPropertyOptional({ description: 'Calendar year; all years when absent', example: 2025 })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

export class ContributionsExportQuery extends ContributionsQuery {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @Optional()
  @IsIn(EXPORT_FORMATS)
  format?: (typeof EXPORT_FORMATS)[number];
}
