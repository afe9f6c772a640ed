import { ApiProperty } from '@nestjs/swagger';
import { IMPORT_TYPES, type ImportType, ImportStatus } from '../import-types';

export class RowErrorView {
  @ApiProperty({ example: 'creditCode' }) field: string;
  @ApiProperty({ example: 'INVALID_USCC' }) code: string;
  @ApiProperty() message: string;
}

export class ImportRowView {
  @ApiProperty({ description: 'Spreadsheet row number; the header is row 1', example: 2 })
  row: number;

  @ApiProperty({ enum: ['valid', 'invalid'] }) status: 'valid' | 'invalid';
  @ApiProperty({ type: [RowErrorView] }) errors: RowErrorView[];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Normalised values, in the shape of the create DTO of the import type',
  })
  data: Record<string, unknown>;
}

export class ImportReportView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: IMPORT_TYPES }) type: ImportType;
  @ApiProperty({ enum: ImportStatus }) status: ImportStatus;
  @ApiProperty() fileName: string;
  @ApiProperty({ description: 'Non-blank data rows' }) totalRows: number;
  @ApiProperty() validRows: number;
  @ApiProperty() invalidRows: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ description: 'Commit before this time (24 h after upload)' }) expiresAt: Date;
  @ApiProperty({ type: [ImportRowView] }) rows: ImportRowView[];
}

export class CommitResultView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: [ImportStatus.Committed] }) status: ImportStatus.Committed;
  @ApiProperty({ description: 'Records created' }) created: number;
  @ApiProperty({ description: 'Invalid rows left out' }) skippedInvalid: number;
}
