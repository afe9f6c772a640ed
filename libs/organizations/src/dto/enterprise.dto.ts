import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsString, Length, MaxLength } from 'class-validator';
import { IsDistrictCode, IsIndustryCode, NormalizeIndustryCode, IsUscc } from '@app/reference';
import { EnterpriseSize } from '../entities/organization.entity';
import { Trim, upperTrim } from './common';
import { Optional, StringList } from '@app/shared';

export class CreateEnterpriseDto {
  @ApiProperty({ example: '示范市晶华光伏玻璃有限公司' })
  @Trim()
  @IsString()
  @Length(2, 100)
  name: string;

  @ApiProperty({ description: '18-character unified social credit code (GB 32100-2015)' })
  @Transform(upperTrim)
  @IsUscc()
  creditCode: string;

  @ApiProperty({ description: 'GB/T 4754-2017 code, e.g. 3042', example: '3042' })
  @NormalizeIndustryCode()
  @IsIndustryCode()
  industryCode: string;

  @ApiProperty({ enum: EnterpriseSize })
  @IsEnum(EnterpriseSize)
  size: EnterpriseSize;

  @ApiProperty({ description: 'District code, see GET /reference/districts', example: '130302' })
  @IsDistrictCode()
  district: string;

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

export class UpdateEnterpriseDto extends PartialType(CreateEnterpriseDto, {
  skipNullProperties: false,
}) {}
