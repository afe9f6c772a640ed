import { ApiProperty, type ApiPropertyOptions, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  buildMessage,
  IsBoolean,
  IsDefined,
  IsIn,
  IsObject,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Optional } from '@app/shared';
import { NOTIFICATION_KINDS, type Locale } from '../../notification-kinds';
import { isClockTime } from '../clock';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** `HH:MM` (00:00–23:59); failures carry the code INVALID_CLOCK_TIME. */
const IsClockTime = () =>
  ValidateBy({
    name: 'isClockTime',
    validator: {
      validate: (value) => isClockTime(value),
      defaultMessage: buildMessage(
        (each) => `${each}$property must be a time of day written HH:MM (00:00-23:59)`,
      ),
    },
  });

const CHANNELS_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  description: `Keys are notification kinds (${NOTIFICATION_KINDS.join(', ')})`,
  additionalProperties: {
    type: 'object',
    properties: { inApp: { type: 'boolean' }, email: { type: 'boolean' } },
  },
  example: { 'demand.matched': { email: true }, 'saved_search.alert': { inApp: false } },
};

export class QuietHoursDto {
  @ApiProperty({ example: '22:00', description: 'HH:MM in the platform time zone, inclusive' })
  @IsClockTime()
  start: string;

  @ApiProperty({ example: '07:00', description: 'HH:MM, exclusive; may be before start' })
  @IsClockTime()
  end: string;
}

/** PATCH: only what is sent changes; `channels` changes only the kinds and channels named. */
export class UpdatePreferencesDto {
  @ApiPropertyOptional({ enum: LOCALES })
  @Optional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ description: 'One email a day instead of one per notification' })
  @Optional()
  @IsBoolean()
  digest?: boolean;

  @ApiPropertyOptional({ type: QuietHoursDto, nullable: true, description: 'null: none' })
  @ValidateIf((o: UpdatePreferencesDto) => o.quietHours !== undefined && o.quietHours !== null)
  @ValidateNested()
  @Type(() => QuietHoursDto)
  quietHours?: QuietHoursDto | null;

  @ApiPropertyOptional(CHANNELS_SCHEMA)
  @Optional()
  @IsObject()
  channels?: Record<string, unknown>;
}

/** PUT: the whole set; kinds left out of `channels` go back to their defaults. */
export class ReplacePreferencesDto {
  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale: Locale;

  @ApiProperty()
  @IsBoolean()
  digest: boolean;

  @ApiProperty({ type: QuietHoursDto, nullable: true, description: 'null: none' })
  @ValidateIf((o: ReplacePreferencesDto) => o.quietHours !== null)
  @IsDefined()
  @ValidateNested()
  @Type(() => QuietHoursDto)
  quietHours: QuietHoursDto | null;

  @ApiProperty(CHANNELS_SCHEMA)
  @IsObject()
  channels: Record<string, unknown>;
}
