import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Locale, NOTIFICATION_KINDS, type NotificationKind } from '../../notification-kinds';
import { LOCALES } from './preferences.dto';

export interface ChannelChoiceView {
  inApp: boolean;
  email: boolean;
}

export class QuietHoursView {
  @ApiProperty({ example: '22:00' }) start: string;
  @ApiProperty({ example: '07:00' }) end: string;
}

export class NotificationPreferencesView {
  @ApiProperty({ enum: LOCALES, description: 'Language of emails' }) locale: Locale;
  @ApiProperty({ description: 'Daily digest instead of one email per notification' })
  digest: boolean;
  @ApiPropertyOptional({ type: QuietHoursView, nullable: true }) quietHours: QuietHoursView | null;
  @ApiProperty({ example: 'Asia/Shanghai', description: 'Time zone of quiet hours and digest' })
  timeZone: string;
  @ApiProperty({ example: 8, description: 'Local hour at which digests are sent' })
  digestHour: number;
  @ApiProperty({
    type: 'object',
    description: `Every kind (${NOTIFICATION_KINDS.join(', ')}) with its effective channels`,
    additionalProperties: {
      type: 'object',
      properties: { inApp: { type: 'boolean' }, email: { type: 'boolean' } },
    },
    example: { 'demand.matched': { inApp: true, email: false } },
  })
  channels: Record<NotificationKind, ChannelChoiceView>;
  @ApiProperty({ description: '0 while nothing was ever changed' }) version: number;
  @ApiPropertyOptional({ nullable: true }) updatedAt: Date | null;
}
