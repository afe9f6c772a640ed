import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '@app/shared';
import { NOTIFICATION_KINDS, type NotificationKind } from '../notification-kinds';
import type { Notification } from './notification.entity';

class LocalizedTextView {
  @ApiProperty({ name: 'zh-CN' }) 'zh-CN': string;
  @ApiProperty() en: string;
}

export class NotificationView {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'Increasing; the SSE event id' }) seq: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: NotificationKind;
  @ApiProperty({ type: LocalizedTextView }) title: LocalizedTextView;
  @ApiProperty({ type: LocalizedTextView }) body: LocalizedTextView;
  @ApiPropertyOptional({ nullable: true, description: '{ type, id } of the resource to open' })
  link: Notification['link'];
  @ApiProperty() data: Record<string, unknown>;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ nullable: true }) readAt: Date | null;
}

export function toNotificationView(n: Notification): NotificationView {
  return {
    id: n.id,
    seq: String(n.seq),
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    data: n.data,
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}

export class ListNotificationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: unread only' })
  @IsOptional()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}

export class NotificationPageView {
  @ApiProperty({ type: [NotificationView] }) items: NotificationView[];
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
  @ApiProperty({ type: 'integer' }) total: number;
}

export class UnreadCountView {
  @ApiProperty() unread: number;
}

export class StreamTicketView {
  @ApiProperty({ description: 'One-time, valid for 60 s: GET /notifications/stream?ticket=…' })
  ticket: string;
  @ApiProperty() expiresInSeconds: number;
}
