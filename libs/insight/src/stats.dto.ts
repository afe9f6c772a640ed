import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches } from 'class-validator';
import { StatsQuery } from './scope/stats-query.dto';
import { EXPORT_FORMATS, type ExportFormat } from './tables/table-export';

export class StatsExportQuery extends StatsQuery {
  @ApiProperty({ description: 'The key of one table of the section (as the section lists them)' })
  @IsString()
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, { message: 'table must be a table key' })
  table: string;

  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;
}
