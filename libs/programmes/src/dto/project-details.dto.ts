import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsMajorCode } from '@app/reference';
import { IsIsoDate, Optional } from '@app/shared';
import { ProjectKind } from '../programme.types';

const MONEY_MAX = 100_000_000_000;

/** 订单班: an enterprise's class in a college's major. */
export class OrderClassDetailsDto {
  @ApiProperty({ description: 'Major code in the vocational catalogue', example: '460305' })
  @IsMajorCode()
  majorCode: string;

  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  cohortYear: number;

  @ApiProperty({ example: 40 })
  @IsInt()
  @Min(1)
  @Max(10000)
  cohortSize: number;

  @ApiProperty({ description: 'Curriculum designed with the enterprise' })
  @IsBoolean()
  curriculumCoDesigned: boolean;
}

/** 产业学院: one college, one or more enterprises (the partners). */
export class IndustryCollegeDetailsDto {
  @ApiProperty({ type: [String], example: ['玻璃深加工工艺'] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  coDevelopedCourses: string[];

  @ApiProperty({ description: 'Enterprise staff teaching hours per year', example: 320 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  enterpriseTeachingHours: number;

  @ApiProperty({ description: 'Teacher practice months per year', example: 24 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  teacherPracticeMonths: number;

  @ApiProperty({ example: 2 })
  @IsInt()
  @Min(0)
  @Max(1000)
  trainingBases: number;
}

export class TeamMemberDto {
  @ApiProperty({ example: '王老师' })
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ enum: ['teacher', 'expert', 'engineer'] })
  @IsIn(['teacher', 'expert', 'engineer'])
  role: 'teacher' | 'expert' | 'engineer';
}

/** 技术攻关. */
export class RndProjectDetailsDto {
  @ApiProperty({ example: '钢化玻璃自爆率偏高' })
  @IsString()
  @Length(1, 1000)
  problem: string;

  @ApiProperty({ type: [TeamMemberDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TeamMemberDto)
  team: TeamMemberDto[];

  @ApiProperty({ description: 'Budget in yuan', example: 500000 })
  @IsInt()
  @Min(0)
  @Max(MONEY_MAX)
  budget: number;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  deliverables: string[];

  @ApiPropertyOptional({ example: 2 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(1000)
  patents?: number;
}

/** 教师企业实践. */
export class TeacherPracticeDetailsDto {
  @ApiProperty({ example: '张老师' })
  @IsString()
  @Length(1, 50)
  teacherName: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "The teacher record (`/colleges/:id/teachers`): confirmed days count in the teacher's practice ledger when the teacher's college is a partner",
  })
  @Optional()
  @IsUUID()
  teacherId?: string;

  @ApiProperty({ example: '2025-07-01' })
  @IsIsoDate()
  from: string;

  @ApiProperty({ example: '2025-08-31' })
  @IsIsoDate()
  to: string;

  @ApiProperty({ example: 60 })
  @IsInt()
  @Min(1)
  @Max(366)
  days: number;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  tasks: string[];
}

/** 企业兼职教师: an expert or an engineer teaching at the college. */
export class PartTimeTeachingDetailsDto {
  @ApiProperty({ example: '刘工' })
  @IsString()
  @Length(1, 50)
  teacherName: string;

  @ApiProperty({ enum: ['expert', 'engineer'] })
  @IsIn(['expert', 'engineer'])
  teacherType: 'expert' | 'engineer';

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  courses: string[];

  @ApiProperty({ example: 64 })
  @IsInt()
  @Min(1)
  @Max(2000)
  hoursPerTerm: number;
}

/** 技能大赛. */
export class CompetitionDetailsDto {
  @ApiProperty({ enum: ['school', 'city', 'province', 'national'] })
  @IsIn(['school', 'city', 'province', 'national'])
  level: 'school' | 'city' | 'province' | 'national';

  @ApiProperty({ example: '工业机器人系统运维' })
  @IsString()
  @Length(1, 100)
  skill: string;

  @ApiProperty({ example: '市教育局' })
  @IsString()
  @Length(1, 100)
  organiser: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  sponsors: string[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  judges: string[];

  @ApiProperty({ example: 120 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  participants: number;

  @ApiPropertyOptional({ example: 12 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  awards?: number;
}

export class FounderDto {
  @ApiProperty({ example: '陈同学' })
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ example: '市职业技术学院' })
  @IsString()
  @Length(1, 100)
  college: string;

  @ApiProperty({ example: 2023 })
  @IsInt()
  @Min(1950)
  @Max(2100)
  graduationYear: number;
}

/** 创业孵化. */
export class IncubationDetailsDto {
  @ApiProperty({ example: '市大学生创业孵化基地' })
  @IsString()
  @Length(1, 100)
  base: string;

  @ApiProperty({ example: '某某烘焙工作室' })
  @IsString()
  @Length(1, 100)
  entity: string;

  @ApiProperty({ type: [FounderDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FounderDto)
  founders: FounderDto[];
}

/** Each kind's details DTO. */
export const DETAILS_DTO: Record<ProjectKind, new () => object> = {
  [ProjectKind.OrderClass]: OrderClassDetailsDto,
  [ProjectKind.IndustryCollege]: IndustryCollegeDetailsDto,
  [ProjectKind.RndProject]: RndProjectDetailsDto,
  [ProjectKind.TeacherPractice]: TeacherPracticeDetailsDto,
  [ProjectKind.PartTimeTeaching]: PartTimeTeachingDetailsDto,
  [ProjectKind.Competition]: CompetitionDetailsDto,
  [ProjectKind.Incubation]: IncubationDetailsDto,
};
