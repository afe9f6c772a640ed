import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQuery } from '@app/shared';
import { ReportStatus, SubjectType } from '../conversation.types';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `POST /conversations`: the thread of a subject, created on first open. */
export class OpenConversationDto {
  @ApiProperty({ enum: SubjectType, example: SubjectType.Connection })
  @IsEnum(SubjectType)
  subjectType: SubjectType;

  @ApiProperty({ format: 'uuid', description: 'The subject’s id (a match id for `connection`)' })
  @IsUUID()
  subjectId: string;
}

/**
 * `POST /conversations/:id/messages` as JSON, or as multipart/form-data with the same `body`
 * field and up to 5 `files`. The text is checked by messageText (both ways alike).
 */
export class PostMessageDto {
  @ApiProperty({ maxLength: 4000, example: '您好，附件是我们整理的产线现状，请查收。' })
  @IsString()
  body: string;
}

export class ReportMessageDto {
  @ApiProperty({ maxLength: 1000, example: '对方发送了与合作无关的广告信息。' })
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  reason: string;
}

export const REPORT_OUTCOMES = [ReportStatus.Resolved, ReportStatus.Dismissed] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

export class ResolveReportDto {
  @ApiProperty({
    enum: REPORT_OUTCOMES,
    description: 'resolved: acted on; dismissed: nothing wrong',
  })
  @IsIn(REPORT_OUTCOMES)
  outcome: ReportOutcome;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class ListReportsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ReportStatus, description: 'Unset: every status' })
  @IsOptional()
  @IsEnum(ReportStatus)
  status?: ReportStatus;
}

export const UPLOAD_BODY_SCHEMA = {
  type: 'object',
  required: ['body'],
  properties: {
    body: { type: 'string', maxLength: 4000 },
    files: {
      type: 'array',
      maxItems: 5,
      items: { type: 'string', format: 'binary' },
      description: 'PDF, DOCX, XLSX, PNG or JPEG, up to 10 MB each (type checked by content)',
    },
  },
};
