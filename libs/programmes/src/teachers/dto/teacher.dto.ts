import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsMajorCode } from '@app/reference';
import { IsIsoDate, Optional } from '@app/shared';
import {
  CERTIFICATION_LEVELS,
  CERTIFICATION_STATUSES,
  type CertificationLevel,
  type CertificationStatus,
} from '../teacher.types';

/** 双师型 certification. */
export class CertificationDto {
  @ApiProperty({ enum: CERTIFICATION_LEVELS, example: 'intermediate' })
  @IsIn(CERTIFICATION_LEVELS)
  level: CertificationLevel;

  @ApiProperty({ example: '2024-06-30' })
  @IsIsoDate()
  certifiedOn: string;

  @ApiProperty({ example: '省教育厅' })
  @IsString()
  @Length(1, 100)
  certifyingBody: string;

  @ApiProperty({ enum: CERTIFICATION_STATUSES, example: 'valid' })
  @IsIn(CERTIFICATION_STATUSES)
  status: CertificationStatus;
}

export class TrainingDto {
  @ApiProperty({ example: '光伏玻璃深加工师资培训' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ example: '国家级职业教育师资培训基地' })
  @IsString()
  @Length(1, 100)
  provider: string;

  @ApiProperty({ example: '2025-07-10' })
  @IsIsoDate()
  from: string;

  @ApiProperty({ example: '2025-07-20' })
  @IsIsoDate()
  to: string;

  @ApiProperty({ example: 40 })
  @IsInt()
  @Min(1)
  @Max(2000)
  hours: number;
}

/** `POST /colleges/:id/teachers`. */
export class CreateTeacherDto {
  @ApiProperty({ example: '张老师' })
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ type: [String], example: ['430601'], description: 'Major codes' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsMajorCode({ each: true })
  majors: string[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: "The teacher's own account (a member of the college)",
  })
  @Optional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'An expert profile the teacher also has' })
  @Optional()
  @IsUUID()
  expertId?: string;

  @ApiPropertyOptional({ type: CertificationDto })
  @Optional()
  @ValidateNested()
  @Type(() => CertificationDto)
  certification?: CertificationDto;

  @ApiPropertyOptional({ type: [TrainingDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TrainingDto)
  trainings?: TrainingDto[];
}

/** `PATCH /colleges/:id/teachers/:teacherId`: the fields given replace the stored ones. */
export class UpdateTeacherDto {
  @ApiPropertyOptional({ example: '张老师' })
  @Optional()
  @IsString()
  @Length(1, 50)
  name?: string;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsMajorCode({ each: true })
  majors?: string[];

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'null unlinks' })
  @IsOptional()
  @IsUUID()
  userId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'null unlinks' })
  @IsOptional()
  @IsUUID()
  expertId?: string | null;

  @ApiPropertyOptional({ type: CertificationDto, nullable: true, description: 'null removes' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CertificationDto)
  certification?: CertificationDto | null;

  @ApiPropertyOptional({ type: [TrainingDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TrainingDto)
  trainings?: TrainingDto[];
}
