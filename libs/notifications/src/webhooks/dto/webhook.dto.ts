import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
} from 'class-validator';
import { Optional, PageQuery } from '@app/shared';
import { ORGANIZATION_KINDS } from '../../notification-kinds';
import { WebhookDeliveryStatus } from '../webhook-delivery.entity';
import { ALL_EVENTS } from '../webhook-endpoint.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const WEBHOOK_EVENT_TYPES = [...ORGANIZATION_KINDS, ALL_EVENTS] as const;

export class CreateWebhookDto {
  @ApiProperty({
    example: 'https://erp.example.cn/hooks/chanjiao',
    maxLength: 2048,
    description:
      'http(s) only, no credentials; must resolve to public addresses (WEBHOOK_URL_FORBIDDEN)',
  })
  @Transform(trim)
  @IsString()
  @MaxLength(2048)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  url: string;

  @ApiPropertyOptional({ maxLength: 200, default: '', example: 'ERP 对接' })
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  description?: string;

  @ApiProperty({
    enum: WEBHOOK_EVENT_TYPES,
    isArray: true,
    example: ['interest.received', 'match.connected'],
    description: "Event types to receive; '*' is every organisation event, present and future",
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  eventTypes: string[];

  @ApiPropertyOptional({ default: true })
  @Optional()
  @IsBoolean()
  enabled?: boolean;
}

/** Absent fields stay; null is a 400. */
export class UpdateWebhookDto extends PartialType(CreateWebhookDto, {
  skipNullProperties: false,
}) {}

export class ListDeliveriesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: WebhookDeliveryStatus })
  @IsOptional()
  @IsEnum(WebhookDeliveryStatus)
  status?: WebhookDeliveryStatus;
}
