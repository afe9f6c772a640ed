import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { IsIsoDate, Optional } from '@app/shared';

/** `?year=2026`: a calendar year (default: this year in the city's time zone). */
export class PracticeYearQuery {
  @ApiPropertyOptional({ example: 2026 })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

/** `POST /colleges/:id/teachers/:teacherId/practice-logs`: days spent on an R&D demand. */
export class LogPracticeDto {
  @ApiProperty({ format: 'uuid', description: 'An R&D demand (kind `rnd`) of an enterprise' })
  @IsUUID()
  demandId: string;

  @ApiProperty({ example: '2026-07-01' })
  @IsIsoDate()
  from: string;

  @ApiProperty({ example: '2026-07-20' })
  @IsIsoDate()
  to: string;

  @ApiProperty({ example: 20, description: 'At most the calendar days from `from` to `to`' })
  @IsInt()
  @Min(1)
  @Max(366)
  days: number;

  @ApiProperty({ type: [String], example: ['钢化炉温度曲线测试'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  tasks: string[];
}
