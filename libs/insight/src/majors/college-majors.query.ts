import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The period weighed (default: the last twelve months). */
export class CollegeMajorsQuery {
  @ApiPropertyOptional({ example: '2026-01', description: 'First month counted (YYYY-MM)' })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month, YYYY-MM' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-06', description: 'Last month counted (YYYY-MM)' })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month, YYYY-MM' })
  to?: string;
}
