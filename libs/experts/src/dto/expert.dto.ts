import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsObject,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsDistrictCode, IsIndustryCode, NormalizeIndustryCode } from '@app/reference';
import { Availability, ExpertService } from '../expert.entity';
import { Optional, StringList } from '@app/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ExpertContactDto {
  @ApiPropertyOptional({ example: '13800000000' })
  @Optional()
  @Matches(/^\+?[0-9-]{7,20}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @Length(1, 50)
  wechat?: string;
}

export class CreateExpertDto {
  @ApiProperty({ example: '李明' })
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiPropertyOptional({ example: '高级工程师' })
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  title?: string;

  @ApiPropertyOptional({ example: '示范市建材职业技术学院' })
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  affiliation?: string;

  @ApiProperty({ example: '130302' })
  @IsDistrictCode()
  district: string;

  @ApiPropertyOptional({ type: [String], description: 'GB/T 4754 codes', maxItems: 10 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @NormalizeIndustryCode()
  @IsIndustryCode({ each: true })
  industryCodes?: string[];

  @ApiPropertyOptional({ type: [String], example: ['光伏玻璃', '深加工工艺'], maxItems: 20 })
  @StringList(20)
  fields?: string[];

  @ApiPropertyOptional({ type: [String], example: ['钢化炉调试', '镀膜'], maxItems: 30 })
  @StringList(30)
  skills?: string[];

  @ApiProperty({ enum: ExpertService, isArray: true })
  @IsArray()
  @ArrayMaxSize(3)
  @IsEnum(ExpertService, { each: true })
  services: ExpertService[];

  @ApiPropertyOptional({ enum: Availability, default: Availability.Available })
  @Optional()
  @IsEnum(Availability)
  availability?: Availability;

  @ApiPropertyOptional({ maxLength: 5000 })
  @Optional()
  @IsString()
  @MaxLength(5000)
  bio?: string;

  @ApiPropertyOptional({ default: true, description: 'Listed publicly' })
  @Optional()
  @IsBoolean()
  isPublic?: boolean;

  @ApiPropertyOptional({ type: ExpertContactDto, description: 'Private' })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => ExpertContactDto)
  contact?: ExpertContactDto;
}

export class UpdateExpertDto extends PartialType(CreateExpertDto, { skipNullProperties: false }) {}
