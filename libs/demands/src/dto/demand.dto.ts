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
  CoBuildingDetailsDto,
  EnterpriseMentorDetailsDto,
  InternshipBaseDetailsDto,
  PartTimeTeacherDetailsDto,
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

  @ApiPropertyOptional({
    description:
      "GB/T 4754 code; defaults to the enterprise's industry (a college need: the industry the need serves; for internship_base it defaults to the first major's industry)",
  })
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
  @ApiProperty({
    enum: DemandKind,
    description:
      'Enterprises post talent, rnd, training, teacher_practice; colleges post their needs part_time_teacher (兼职教师), enterprise_mentor (企业导师), internship_base (实习基地), co_building (共建). Another kind answers 403 DEMAND_KIND_NOT_ALLOWED.',
  })
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

  @ApiPropertyOptional({
    type: PartTimeTeacherDetailsDto,
    description: 'Required when kind is part_time_teacher (colleges only)',
  })
  @ValidateIf(
    (o: CreateDemandDto) =>
      o.kind === DemandKind.PartTimeTeacher || o.partTimeTeacher !== undefined,
  )
  @IsDefined()
  @AllowedForKind(DemandKind.PartTimeTeacher)
  @IsObject()
  @ValidateNested()
  @Type(() => PartTimeTeacherDetailsDto)
  partTimeTeacher?: PartTimeTeacherDetailsDto;

  @ApiPropertyOptional({
    type: EnterpriseMentorDetailsDto,
    description: 'Required when kind is enterprise_mentor (colleges only)',
  })
  @ValidateIf(
    (o: CreateDemandDto) =>
      o.kind === DemandKind.EnterpriseMentor || o.enterpriseMentor !== undefined,
  )
  @IsDefined()
  @AllowedForKind(DemandKind.EnterpriseMentor)
  @IsObject()
  @ValidateNested()
  @Type(() => EnterpriseMentorDetailsDto)
  enterpriseMentor?: EnterpriseMentorDetailsDto;

  @ApiPropertyOptional({
    type: InternshipBaseDetailsDto,
    description: 'Required when kind is internship_base (colleges only)',
  })
  @ValidateIf(
    (o: CreateDemandDto) => o.kind === DemandKind.InternshipBase || o.internshipBase !== undefined,
  )
  @IsDefined()
  @AllowedForKind(DemandKind.InternshipBase)
  @IsObject()
  @ValidateNested()
  @Type(() => InternshipBaseDetailsDto)
  internshipBase?: InternshipBaseDetailsDto;

  @ApiPropertyOptional({
    type: CoBuildingDetailsDto,
    description: 'Required when kind is co_building (colleges only)',
  })
  @ValidateIf(
    (o: CreateDemandDto) => o.kind === DemandKind.CoBuilding || o.coBuilding !== undefined,
  )
  @IsDefined()
  @AllowedForKind(DemandKind.CoBuilding)
  @IsObject()
  @ValidateNested()
  @Type(() => CoBuildingDetailsDto)
  coBuilding?: CoBuildingDetailsDto;
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

  @ApiPropertyOptional({ type: PartTimeTeacherDetailsDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => PartTimeTeacherDetailsDto)
  partTimeTeacher?: PartTimeTeacherDetailsDto;

  @ApiPropertyOptional({ type: EnterpriseMentorDetailsDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => EnterpriseMentorDetailsDto)
  enterpriseMentor?: EnterpriseMentorDetailsDto;

  @ApiPropertyOptional({ type: InternshipBaseDetailsDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => InternshipBaseDetailsDto)
  internshipBase?: InternshipBaseDetailsDto;

  @ApiPropertyOptional({ type: CoBuildingDetailsDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => CoBuildingDetailsDto)
  coBuilding?: CoBuildingDetailsDto;
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

/** The body field that carries the details of each kind. */
export const DETAILS_FIELD = {
  [DemandKind.Talent]: 'talent',
  [DemandKind.Rnd]: 'rnd',
  [DemandKind.Training]: 'training',
  [DemandKind.TeacherPractice]: 'teacherPractice',
  [DemandKind.PartTimeTeacher]: 'partTimeTeacher',
  [DemandKind.EnterpriseMentor]: 'enterpriseMentor',
  [DemandKind.InternshipBase]: 'internshipBase',
  [DemandKind.CoBuilding]: 'coBuilding',
} as const satisfies Record<DemandKind, keyof CreateDemandDto>;

export type DetailsField = (typeof DETAILS_FIELD)[DemandKind];
