import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsMajorCode } from '@app/reference';
import { IsNotBefore } from './validators';
import { IsIsoDate, Optional } from '@app/shared';

export class TalentDetailsDto {
  @ApiProperty({
    enum: ['order_class', 'internship', 'hiring'],
    description: '订单班 / 实习 / 招聘',
  })
  @IsIn(['order_class', 'internship', 'hiring'])
  type: 'order_class' | 'internship' | 'hiring';

  @ApiProperty({ minimum: 1, maximum: 10000, example: 30 })
  @IsInt()
  @Min(1)
  @Max(10000)
  headcount: number;

  @ApiPropertyOptional({ description: 'Major code in the vocational catalogue', example: '460305' })
  @Optional()
  @Matches(/^\d{6}$/, { message: 'majorCode must be a 6-digit major code' })
  majorCode?: string;

  @ApiPropertyOptional({ example: '工业机器人技术' })
  @Optional()
  @IsString()
  @Length(1, 50)
  majorName?: string;

  @ApiProperty({ example: '2026-09-01' })
  @IsIsoDate()
  periodStart: string;

  @ApiProperty({ example: '2027-06-30' })
  @IsIsoDate()
  @IsNotBefore('periodStart')
  periodEnd: string;
}

export class RndDetailsDto {
  @ApiProperty({
    enum: ['technical_problem', 'process_optimisation'],
    description: '技术难题 / 工艺优化',
  })
  @IsIn(['technical_problem', 'process_optimisation'])
  problemType: 'technical_problem' | 'process_optimisation';

  @ApiProperty({ description: 'Budget lower bound in yuan', minimum: 0, example: 200000 })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  budgetMin: number;

  @ApiProperty({ description: 'Budget upper bound in yuan', example: 500000 })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  @IsNotBefore('budgetMin')
  budgetMax: number;

  @ApiProperty({ enum: ['enterprise_owned', 'shared', 'provider_owned', 'negotiable'] })
  @IsIn(['enterprise_owned', 'shared', 'provider_owned', 'negotiable'])
  ipTerms: 'enterprise_owned' | 'shared' | 'provider_owned' | 'negotiable';
}

export class TrainingDetailsDto {
  @ApiProperty({ description: 'Staff to train', minimum: 1, example: 40 })
  @IsInt()
  @Min(1)
  @Max(100000)
  trainees: number;

  @ApiProperty({ enum: ['onsite', 'online', 'hybrid'] })
  @IsIn(['onsite', 'online', 'hybrid'])
  format: 'onsite' | 'online' | 'hybrid';

  @ApiPropertyOptional({ minimum: 1, maximum: 365, example: 5 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(365)
  durationDays?: number;

  @ApiPropertyOptional({ example: '安全生产与设备点检' })
  @Optional()
  @IsString()
  @MaxLength(100)
  topic?: string;
}

export class TeacherPracticeDetailsDto {
  @ApiProperty({ description: 'Months each teacher practises in the enterprise', example: 2 })
  @IsInt()
  @Min(1)
  @Max(12)
  months: number;

  @ApiProperty({ description: 'Number of places', example: 5 })
  @IsInt()
  @Min(1)
  @Max(500)
  places: number;

  @ApiPropertyOptional({ example: '460305' })
  @Optional()
  @Matches(/^\d{6}$/, { message: 'majorCode must be a 6-digit major code' })
  majorCode?: string;

  @ApiPropertyOptional({ example: '2026-07-01' })
  @Optional()
  @IsIsoDate()
  startDate?: string;
}

// College needs: what a college asks of experts and enterprises.

/** 兼职教师: who teaches which courses, how many hours, in which term. */
export class PartTimeTeacherDetailsDto {
  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: 10,
    example: ['PLC编程与应用', '工业机器人现场编程'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  courses: string[];

  @ApiProperty({ description: 'Teaching hours in the term (学时)', minimum: 1, example: 64 })
  @IsInt()
  @Min(1)
  @Max(2000)
  hours: number;

  @ApiProperty({
    description: 'The term, e.g. 2026-2027学年第一学期',
    example: '2026-2027学年第一学期',
  })
  @IsString()
  @Length(2, 40)
  term: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, example: 2, description: 'Teachers wanted' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(50)
  teachers?: number;
}

/** 企业导师: mentors for practice and graduation projects. */
export class EnterpriseMentorDetailsDto {
  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: 20,
    description: 'Projects or topics (实训项目/毕业设计选题)',
    example: ['烘焙产品创新设计', '门店运营数据分析'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  projects: string[];

  @ApiProperty({
    enum: ['practice', 'graduation_project', 'both'],
    description: '实训 / 毕业设计 / 两者',
  })
  @IsIn(['practice', 'graduation_project', 'both'])
  purpose: 'practice' | 'graduation_project' | 'both';

  @ApiProperty({ description: 'Number of students to mentor', minimum: 1, example: 30 })
  @IsInt()
  @Min(1)
  @Max(5000)
  students: number;

  @ApiProperty({ example: '2026-09-01' })
  @IsIsoDate()
  periodStart: string;

  @ApiProperty({ example: '2027-06-30' })
  @IsIsoDate()
  @IsNotBefore('periodStart')
  periodEnd: string;
}

/** 实习基地: internship places for students of the named majors. */
export class InternshipBaseDetailsDto {
  @ApiProperty({ description: 'Internship places (students) per period', minimum: 1, example: 40 })
  @IsInt()
  @Min(1)
  @Max(10000)
  places: number;

  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: 10,
    description: 'Codes of the 2021 vocational major catalogue (GET /reference/majors)',
    example: ['460305'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsMajorCode({ each: true })
  majorCodes: string[];

  @ApiProperty({ example: '2027-03-01' })
  @IsIsoDate()
  periodStart: string;

  @ApiProperty({ example: '2027-06-30' })
  @IsIsoDate()
  @IsNotBefore('periodStart')
  periodEnd: string;
}

/** 共建: a partner to co-build an industry college (产业学院) or a training base (实训基地). */
export class CoBuildingDetailsDto {
  @ApiProperty({ enum: ['industry_college', 'training_base'], description: '产业学院 / 实训基地' })
  @IsIn(['industry_college', 'training_base'])
  type: 'industry_college' | 'training_base';

  @ApiProperty({ description: 'What is co-built', example: '光伏材料产业学院' })
  @IsString()
  @Length(2, 200)
  coBuilt: string;

  @ApiProperty({
    description: 'What the college brings',
    example: '场地800平方米，3个相关专业，双师型教师12人',
  })
  @IsString()
  @Length(2, 1000)
  collegeBrings: string;

  @ApiProperty({
    description: 'What the college seeks from the partner',
    example: '设备投入、真实生产项目、企业工程师驻校',
  })
  @IsString()
  @Length(2, 1000)
  seeks: string;
}
