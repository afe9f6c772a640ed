import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { IsIndustryCode, NormalizeIndustryCode } from '@app/reference';
import { IsIsoDate, PageQuery, Optional, StringList } from '@app/shared';
import { OfferKind, OfferProvider, OfferStatus } from './offer.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateOfferDto {
  @ApiProperty({ enum: OfferKind })
  @IsEnum(OfferKind)
  kind: OfferKind;

  @ApiProperty({ example: '光伏玻璃减反射镀膜技术' })
  @Transform(trim)
  @IsString()
  @Length(4, 100)
  title: string;

  @ApiPropertyOptional({ maxLength: 10000 })
  @Optional()
  @IsString()
  @MaxLength(10000)
  description?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @StringList(20)
  fields?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @StringList(20)
  tags?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 10 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @NormalizeIndustryCode()
  @IsIndustryCode({ each: true })
  industryCodes?: string[];
}

export class UpdateOfferDto extends PartialType(CreateOfferDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({ enum: OfferStatus })
  @Optional()
  @IsEnum(OfferStatus)
  status?: OfferStatus;
}

export class ListOffersQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Title contains' })
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({ enum: OfferKind })
  @Optional()
  @IsEnum(OfferKind)
  kind?: OfferKind;

  @ApiPropertyOptional({ enum: OfferProvider })
  @Optional()
  @IsEnum(OfferProvider)
  providerType?: OfferProvider;

  @ApiPropertyOptional({ description: 'GB/T 4754 code; matches it and every code below it' })
  @Optional()
  @IsIndustryCode()
  industry?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID()
  expertId?: string;

  @ApiPropertyOptional({ description: 'Created on or after (ISO date)' })
  @Optional()
  @IsIsoDate()
  createdFrom?: string;

  @ApiPropertyOptional({ description: 'Created before (ISO date)' })
  @Optional()
  @IsIsoDate()
  createdTo?: string;
}

export class OfferView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: OfferKind }) kind: OfferKind;
  @ApiProperty({ enum: OfferProvider }) providerType: OfferProvider;
  @ApiPropertyOptional({ nullable: true }) organizationId: string | null;
  @ApiPropertyOptional({ nullable: true }) expertId: string | null;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String] }) fields: string[];
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: [String] }) industryCodes: string[];
  @ApiProperty({ enum: OfferStatus }) status: OfferStatus;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}
