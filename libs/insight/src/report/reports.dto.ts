import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { REPORT_FORMATS, type ReportFormat } from './report-files';
import { REPORT_STATES, type ReportState } from './yearly-report.entity';

export class RequestReportDto {
  @ApiProperty({ description: 'The calendar year the report covers', example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}

export class ReportDownloadQuery {
  @ApiProperty({ enum: REPORT_FORMATS })
  @IsIn(REPORT_FORMATS)
  format: ReportFormat;
}

export class ReportAcceptedDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: REPORT_STATES })
  state: ReportState;
}

export class ReportStatusDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  year: number;

  @ApiProperty({ enum: REPORT_STATES })
  state: ReportState;

  @ApiProperty({ description: 'How far the report is, 0 to 100' })
  percent: number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'What the worker is on: a chapter (一、产业需求…) or a file (生成 PDF)',
  })
  chapter: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why it failed' })
  error: string | null;

  @ApiProperty({ description: 'Download paths, once done', type: Object })
  files: Partial<Record<ReportFormat, { path: string; bytes: number }>>;

  @ApiProperty()
  createdAt: Date;

  @ApiPropertyOptional({ type: Date, nullable: true })
  startedAt: Date | null;

  @ApiPropertyOptional({ type: Date, nullable: true })
  finishedAt: Date | null;
}
