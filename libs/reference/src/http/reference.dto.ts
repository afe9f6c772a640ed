import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DISTRICT_KINDS, type District, type DistrictKind } from '../districts/district-catalog';
import { IsIndustryCode } from '../industries/is-industry-code.decorator';
import { INDUSTRY_LEVELS, type Industry, type IndustryLevel } from '../industries/industry-catalog';
import { MAJOR_LEVELS, type Major, type MajorLevel } from '../majors/major-catalog';

export class IndustryQuery {
  @ApiPropertyOptional({ enum: INDUSTRY_LEVELS })
  @IsOptional()
  @IsIn(INDUSTRY_LEVELS)
  level?: IndustryLevel;

  @ApiPropertyOptional({
    description:
      'Parent code (C, 30, 304 or C304). Alone: direct children; with level: descendants.',
    example: '30',
  })
  @IsOptional()
  @IsIndustryCode()
  parent?: string;
}

export class MajorQuery {
  @ApiPropertyOptional({ enum: MAJOR_LEVELS })
  @IsOptional()
  @IsIn(MAJOR_LEVELS)
  level?: MajorLevel;

  @ApiPropertyOptional({ description: 'Any GB/T 4754-2017 code the major serves', example: '34' })
  @IsOptional()
  @IsIndustryCode()
  industry?: string;
}

class IndustryItem implements Industry {
  @ApiProperty({ example: '3042' }) code: string;
  @ApiProperty({ example: '特种玻璃制造' }) name: string;
  @ApiProperty({ example: 'C' }) section: string;
  @ApiProperty({ example: '制造业' }) sectionName: string;
  @ApiProperty({ enum: INDUSTRY_LEVELS }) level: IndustryLevel;
  @ApiProperty({ type: String, nullable: true, example: '304' }) parentCode: string | null;
}

class DistrictItem implements District {
  @ApiProperty({ example: '130302' }) code: string;
  @ApiProperty({ example: '海港区' }) name: string;
  @ApiProperty({ example: 'Haigang District' }) nameEn: string;
  @ApiProperty({ enum: DISTRICT_KINDS }) kind: DistrictKind;
}

class MajorItem implements Major {
  @ApiProperty({ example: '460305' }) code: string;
  @ApiProperty({ example: '工业机器人技术' }) name: string;
  @ApiProperty({ enum: MAJOR_LEVELS }) level: MajorLevel;
  @ApiProperty({ type: [String], example: ['34', '39'] }) industries: string[];
  @ApiProperty({ description: 'False: the code is not yet checked against the published list' })
  verified: boolean;
  @ApiPropertyOptional({ description: 'What was assumed about an unverified code' })
  note?: string;
}

export class IndustryList {
  @ApiProperty({ type: [IndustryItem] }) items: IndustryItem[];
}

export class DistrictList {
  @ApiProperty({ type: [DistrictItem] }) items: DistrictItem[];
}

export class MajorList {
  @ApiProperty({ type: [MajorItem] }) items: MajorItem[];
}
