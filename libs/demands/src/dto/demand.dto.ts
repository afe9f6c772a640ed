import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsDefined,
  IsEnum,
  IsObject,
  IsString,
  Length,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsDistrictCode, IsIndustryCode, NormalizeIndustryCode } from '@app/reference';
import { CloseReason, DemandKind } from '../demand.entity';
import {
  RndDetailsDto,
  TalentDetailsDto,
  TeacherPracticeDetailsDto,
  TrainingDetailsDto,
} from './demand-details.dto';
import { AllowedForKind } from './validators';
import { IsIsoDate, Optional, StringList } from '@app/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Fields every demand has, whatever its kind; all optional when editing. */
class DemandCommonFields {
  @ApiProperty({ example: '光伏玻璃钢化工艺优化' })
  @Transform(trim)
  @IsString()
  @Length(4, 100)
  title: string;

  @ApiPropertyOptional({ maxLength: 10000 })
  @Optional()
  @IsString()
  @MaxLength(10000)
  description?: string;

  @ApiPropertyOptional({ description: "GB/T 4754 code; defaults to the enterprise's industry" })
  @Optional()
  @NormalizeIndustryCode()
  @IsIndustryCode()
  industryCode?: string;

  @ApiPropertyOptional({ description: "District code; defaults to the enterprise's district" })
  @Optional()
  @IsDistrictCode()
  district?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @StringList(20)
  tags?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 30, example: ['钢化炉', '镀膜'] })
  @StringList(30)
  skills?: string[];

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Last useful day (YYYY-MM-DD)' })
  @Optional()
  @IsIsoDate()
  deadline?: string;
}

export class CreateDemandDto extends DemandCommonFields {
  @ApiProperty({ enum: DemandKind })
  @IsEnum(DemandKind)
  kind: DemandKind;

  @ApiPropertyOptional({ type: TalentDetailsDto, description: 'Required when kind is talent' })
  @ValidateIf((o: CreateDemandDto) => o.kind === DemandKind.Talent || o.talent !== undefined)
  @IsDefined()
  @AllowedForKind(DemandKind.Talent)
  @IsObject()
  @ValidateNested()
  @Type(() => TalentDetailsDto)
  talent?: TalentDetailsDto;

  @ApiPropertyOptional({ type: RndDetailsDto, description: 'Required when kind is rnd' })
  @ValidateIf((o: CreateDemandDto) => o.kind === DemandKind.Rnd || o.rnd !== undefined)
  @IsDefined()
  @AllowedForKind(DemandKind.Rnd)
  @IsObject()
  @ValidateNested()
  @Type(() => RndDetailsDto)
  rnd?: RndDetailsDto;

  @ApiPropertyOptional({ type: TrainingDetailsDto, description: 'Required when kind is training' })
  @ValidateIf((o: CreateDemandDto) => o.kind === DemandKind.Training || o.training !== undefined)
  @IsDefined()
  @AllowedForKind(DemandKind.Training)
  @IsObject()
  @ValidateNested()
  @Type(() => TrainingDetailsDto)
  training?: TrainingDetailsDto;

  @ApiPropertyOptional({
    type: TeacherPracticeDetailsDto,
    description: 'Required when kind is teacher_practice',
  })
  @ValidateIf(
    (o: CreateDemandDto) =>
      o.kind === DemandKind.TeacherPractice || o.teacherPractice !== undefined,
  )
  @IsDefined()
  @AllowedForKind(DemandKind.TeacherPractice)
  @IsObject()
  @ValidateNested()
  @Type(() => TeacherPracticeDetailsDto)
  teacherPractice?: TeacherPracticeDetailsDto;
}

/** Editing: any common field, and the details of the demand's own kind (replaced whole). */
export class UpdateDemandDto {
  @ApiPropertyOptional()
  @Optional()
  @Transform(trim)
  @IsString()
  @Length(4, 100)
  title?: string;

  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(10000) description?: string;
  @ApiPropertyOptional()
  @Optional()
  @NormalizeIndustryCode()
  @IsIndustryCode()
  industryCode?: string;
  @ApiPropertyOptional() @Optional() @IsDistrictCode() district?: string;

  @ApiPropertyOptional({ type: [String] })
  @StringList(20)
  tags?: string[];

  @ApiPropertyOptional({ type: [String] })
  @StringList(30)
  skills?: string[];

  @ApiPropertyOptional({ nullable: true, description: 'null clears the deadline' })
  @ValidateIf((_o, value) => value !== undefined && value !== null)
  @IsIsoDate()
  deadline?: string | null;

  @ApiPropertyOptional({ type: TalentDetailsDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => TalentDetailsDto)
  talent?: TalentDetailsDto;

  @ApiPropertyOptional({ type: RndDetailsDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => RndDetailsDto)
  rnd?: RndDetailsDto;

  @ApiPropertyOptional({ type: TrainingDetailsDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => TrainingDetailsDto)
  training?: TrainingDetailsDto;

  @ApiPropertyOptional({ type: TeacherPracticeDetailsDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => TeacherPracticeDetailsDto)
  teacherPractice?: TeacherPracticeDetailsDto;
}

export class CloseDemandDto {
  @ApiProperty({ enum: CloseReason })
  @IsEnum(CloseReason)
  reason: CloseReason;

  @ApiPropertyOptional({ maxLength: 500 })
  @Optional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export const DETAILS_FIELD: Record<DemandKind, 'talent' | 'rnd' | 'training' | 'teacherPractice'> =
  {
    [DemandKind.Talent]: 'talent',
    [DemandKind.Rnd]: 'rnd',
    [DemandKind.Training]: 'training',
    [DemandKind.TeacherPractice]: 'teacherPractice',
  };
