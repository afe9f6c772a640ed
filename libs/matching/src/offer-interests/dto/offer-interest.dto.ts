import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '@app/shared';
import { OfferInterestStatus } from '../offer-interest.types';

export class ListOfferInterestsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['sent', 'received'],
    description: 'sent: your organisation is interested; received: in your offers (default both)',
  })
  @IsOptional()
  @IsIn(['sent', 'received'])
  direction?: 'sent' | 'received';

  @ApiPropertyOptional({ enum: OfferInterestStatus })
  @IsOptional()
  @IsEnum(OfferInterestStatus)
  status?: OfferInterestStatus;
}
