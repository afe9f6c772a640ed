import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { IMPORT_TYPES, type ImportType } from '../import-types';

/** The text part of the multipart upload (the file itself is read by multer). */
export class StartImportDto {
  @ApiProperty({ enum: IMPORT_TYPES })
  @IsIn(IMPORT_TYPES)
  type: ImportType;
}

export class CommitImportDto {
  @ApiPropertyOptional({
    default: true,
    description:
      'Start imported enterprises and colleges as verified (they are existing city members), ' +
      'reviewed by the committing admin. Ignored for experts.',
  })
  @IsOptional()
  @IsBoolean()
  verify?: boolean;
}

/** Swagger schema of POST /admin/imports: multipart, so it cannot be derived from a DTO. */
export const UPLOAD_BODY_SCHEMA = {
  type: 'object',
  required: ['file', 'type'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description:
        'CSV (UTF-8 or GB18030) or XLSX (first worksheet), at most 5 MB and 5,000 data rows. ' +
        'Row 1 holds the column headers, zh-CN or English.',
    },
    type: { type: 'string', enum: [...IMPORT_TYPES] },
  },
};
