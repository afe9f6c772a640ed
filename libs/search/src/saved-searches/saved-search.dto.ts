import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Optional } from '@app/shared';
import { SEARCH_TYPES, type SearchType } from '../search-indexes';
import { SavedSearchFiltersDto } from './saved-search-filters';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateSavedSearchDto {
  @ApiProperty({ example: '海港区光伏玻璃研发需求', minLength: 1, maxLength: 50 })
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ enum: SEARCH_TYPES })
  @IsIn(SEARCH_TYPES)
  type: SearchType;

  @ApiPropertyOptional({
    type: String,
    example: '光伏玻璃',
    maxLength: 100,
    nullable: true,
    description: 'Words to look for; empty or null lists everything of the type',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string | null;

  @ApiPropertyOptional({
    type: SavedSearchFiltersDto,
    default: {},
    description: 'The filters of GET /search; on PATCH the whole object is replaced',
  })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => SavedSearchFiltersDto)
  filters?: SavedSearchFiltersDto;

  @ApiPropertyOptional({ default: true, description: 'Notify me of new matching postings' })
  @Optional()
  @IsBoolean()
  alertsEnabled?: boolean;
}

/** Absent fields stay; null is validated (a 400 on name, filters and alertsEnabled; clears q). */
export class UpdateSavedSearchDto extends PartialType(
  OmitType(CreateSavedSearchDto, ['type'] as const),
  { skipNullProperties: false },
) {}
