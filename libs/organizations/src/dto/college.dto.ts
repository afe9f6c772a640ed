import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDistrictCode } from '@app/reference';
import { COLLEGE_LEVELS, type CollegeLevel } from '../entities/organization.entity';
import { Trim } from './common';
import { FIRST_MAJOR_YEAR, IsNotAfterNextYear, IsNotBeforeOpening } from './major-years';
import { Optional, StringList } from '@app/shared';

export class MajorOfferedDto {
  @ApiProperty({ description: 'Code in the vocational major catalogue', example: '460305' })
  @Matches(/^\d{6}$/, { message: 'code must be a 6-digit major code' })
  code: string;

  @ApiProperty({ example: '工业机器人技术' })
  @Trim()
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000, description: 'Students enrolled per year' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(100000)
  annualIntake?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000, description: 'Graduates per year' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(100000)
  annualGraduates?: number;

  @ApiPropertyOptional({
    minimum: FIRST_MAJOR_YEAR,
    description: 'Year the college opened the major (at most next year)',
    example: 2024,
  })
  @Optional()
  @IsInt()
  @Min(FIRST_MAJOR_YEAR)
  @IsNotAfterNextYear()
  openedYear?: number;

  @ApiPropertyOptional({
    minimum: FIRST_MAJOR_YEAR,
    description:
      'Year the college closed the major (no intake from then on); not before openedYear, else 400 YEARS_OUT_OF_ORDER',
  })
  @Optional()
  @IsInt()
  @Min(FIRST_MAJOR_YEAR)
  @IsNotAfterNextYear()
  @IsNotBeforeOpening()
  closedYear?: number;
}

export class ResearchResultDto {
  @ApiProperty()
  @Trim()
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(1950)
  @Max(2100)
  year: number;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(1000)
  summary?: string;
}

export class CreateCollegeDto {
  @ApiProperty({ example: '示范市建材职业技术学院' })
  @Trim()
  @IsString()
  @Length(2, 100)
  name: string;

  @ApiProperty({ enum: COLLEGE_LEVELS })
  @IsIn(COLLEGE_LEVELS)
  level: CollegeLevel;

  @ApiProperty({ example: '130302' })
  @IsDistrictCode()
  district: string;

  @ApiPropertyOptional({ type: [MajorOfferedDto], maxItems: 200 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => MajorOfferedDto)
  majors?: MajorOfferedDto[];

  @ApiPropertyOptional({ description: 'Training places offered per year', minimum: 0 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(1000000)
  trainingCapacity?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(1000000)
  studentCount?: number;

  @ApiPropertyOptional({ type: [ResearchResultDto], maxItems: 100 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ResearchResultDto)
  researchResults?: ResearchResultDto[];

  @ApiPropertyOptional({ maxLength: 5000 })
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @StringList(20)
  tags?: string[];
}

export class UpdateCollegeDto extends PartialType(CreateCollegeDto, {
  skipNullProperties: false,
}) {}
