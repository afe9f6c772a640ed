import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsIsoDate, Optional, PageQuery } from '@app/shared';
import { PROJECT_KINDS, PROJECT_STATUSES, ProjectKind, ProjectStatus } from '../programme.types';

/** `GET /projects`: the caller's projects (admins: all), by kind and status. */
export class ListProjectsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROJECT_KINDS })
  @Optional()
  @IsIn(PROJECT_KINDS)
  kind?: ProjectKind;

  @ApiPropertyOptional({ enum: PROJECT_STATUSES })
  @Optional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "An organisation's projects, as its profile shows them (public parts, for anyone)",
  })
  @Optional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "An expert's projects, as the profile shows them (public parts, for anyone)",
  })
  @Optional()
  @IsUUID()
  expertId?: string;
}

export class PartnersDto {
  @ApiProperty({ type: [String], description: 'Enterprises and colleges', format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  organizationIds: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  expertIds?: string[];
}

/** What every kind shares; `details` is validated by the kind's DTO (project-details.dto.ts). */
export class ProjectBaseDto {
  @ApiProperty({ enum: PROJECT_KINDS })
  @IsIn(PROJECT_KINDS)
  kind: ProjectKind;

  @ApiProperty({ example: '烘焙订单班（2024级）' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiPropertyOptional({ example: '企业与学院共同制定课程，毕业后直接入职门店' })
  @Optional()
  @IsString()
  @Length(0, 4000)
  description?: string;

  @ApiPropertyOptional({ example: '2024-09-01' })
  @Optional()
  @IsIsoDate()
  startDate?: string;

  @ApiPropertyOptional({ example: '2027-06-30' })
  @Optional()
  @IsIsoDate()
  endDate?: string;

  @ApiProperty({ description: "The kind's own fields", type: 'object', additionalProperties: true })
  @IsObject()
  details: Record<string, unknown>;
}

/** From a connected match: both sides become partners; more may be added. */
export class CreateProjectFromMatchDto extends ProjectBaseDto {
  @ApiPropertyOptional({ type: PartnersDto, description: 'Partners besides the two sides' })
  @Optional()
  @ValidateNested()
  @Type(() => PartnersDto)
  partners?: PartnersDto;
}

/** Registered directly (admins, managers of a partner organisation), or from a match. */
export class CreateProjectDto extends CreateProjectFromMatchDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A connected match to start from' })
  @Optional()
  @IsUUID()
  connectionId?: string;
}

/** What a partner's manager may change after creation; partners and kind stay. */
export class UpdateProjectDto {
  @ApiPropertyOptional({ example: '光伏玻璃订单班（2025级）' })
  @Optional()
  @IsString()
  @Length(1, 200)
  title?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @Length(0, 4000)
  description?: string;

  @ApiPropertyOptional({ example: '2025-09-01' })
  @Optional()
  @IsIsoDate()
  startDate?: string;

  @ApiPropertyOptional({ example: '2028-06-30' })
  @Optional()
  @IsIsoDate()
  endDate?: string;

  @ApiPropertyOptional({ description: "The kind's details, whole (validated as at creation)" })
  @Optional()
  @IsObject()
  details?: Record<string, unknown>;

  @ApiProperty({
    description: 'The version you read: a stale one is refused (409 VERSION_CONFLICT)',
  })
  @IsInt()
  @Min(1)
  version: number;
}

export class ChangeStatusDto {
  @ApiProperty({ enum: [ProjectStatus.Running, ProjectStatus.Completed, ProjectStatus.Stopped] })
  @IsIn([ProjectStatus.Running, ProjectStatus.Completed, ProjectStatus.Stopped])
  status: ProjectStatus;

  @ApiPropertyOptional({ description: 'Required to stop', example: '企业经营调整，暂停招生' })
  @Optional()
  @IsString()
  @Length(1, 1000)
  reason?: string;
}

export class ReportOutcomeDto {
  @ApiProperty({ description: 'A cohort or calendar year, or `total`', example: '2024' })
  @Matches(/^(\d{4}|total)$/, { message: 'period must be a year (YYYY) or total' })
  period: string;

  @ApiProperty({
    description: "The kind's figures (integers; money in yuan)",
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { enrolled: 40, graduated: 38, hiredByEnterprise: 35, inKeyPosts: 30 },
  })
  @IsObject()
  figures: Record<string, unknown>;
}

export class CreateMilestoneDto {
  @ApiProperty({ example: '完成课程标准共建' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ format: 'uuid', description: 'A member of a partner or a partner expert' })
  @IsUUID()
  ownerUserId: string;

  @ApiProperty({ example: '2025-03-31' })
  @IsIsoDate()
  dueDate: string;
}
