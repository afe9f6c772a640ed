import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DemandKind, OfferKind, OfferProvider } from '@app/demands';
import { Availability, ExpertService } from '@app/experts';
import { COLLEGE_LEVELS, EnterpriseSize } from '@app/organizations';
import {
  IsDistrictCode,
  IsIndustryCode,
  NormalizeIndustryCode,
  PROJECT_KINDS,
  PROJECT_STATUSES,
  ProjectStatus,
} from '@app/reference';
import { PageQuery } from '@app/shared';
import { SEARCH_TYPES, type SearchType } from '../search-indexes';

const KINDS = [
  ...new Set([...Object.values(DemandKind), ...Object.values(OfferKind), ...PROJECT_KINDS]),
];

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SearchQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Words to look for (zh-CN or English); empty lists everything',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiProperty({ enum: SEARCH_TYPES })
  @IsIn(SEARCH_TYPES)
  type: SearchType;

  @ApiPropertyOptional({ description: 'GB/T 4754 section letter, division, group or class' })
  @IsOptional()
  @NormalizeIndustryCode()
  @IsIndustryCode()
  industry?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDistrictCode()
  district?: string;

  @ApiPropertyOptional({
    description: 'demands: demand kind; offers: offer kind; projects: project kind',
    enum: KINDS,
  })
  @IsOptional()
  @IsIn(KINDS)
  kind?: string;

  @ApiPropertyOptional({ enum: ExpertService, description: 'experts only' })
  @IsOptional()
  @IsIn(Object.values(ExpertService))
  service?: ExpertService;

  @ApiPropertyOptional({ enum: Availability, description: 'experts only' })
  @IsOptional()
  @IsIn(Object.values(Availability))
  availability?: Availability;

  @ApiPropertyOptional({ enum: COLLEGE_LEVELS, description: 'colleges only' })
  @IsOptional()
  @IsIn(COLLEGE_LEVELS)
  level?: string;

  @ApiPropertyOptional({ enum: EnterpriseSize, description: 'enterprises only' })
  @IsOptional()
  @IsIn(Object.values(EnterpriseSize))
  size?: EnterpriseSize;

  @ApiPropertyOptional({ enum: OfferProvider, description: 'offers only' })
  @IsOptional()
  @IsIn(Object.values(OfferProvider))
  providerType?: OfferProvider;

  @ApiPropertyOptional({ enum: PROJECT_STATUSES, description: 'projects only' })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  @ApiPropertyOptional({
    description: 'projects only: an enterprise, college or expert taking part',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  partnerId?: string;
}
