import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '@app/shared';
import type { NotificationContent } from '../../notification-kinds';
import { type EmailDelivery, EmailStatus } from '../email-delivery.entity';

export class ListEmailDeliveriesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: EmailStatus, description: 'dead: the dead-letter list' })
  @IsOptional()
  @IsEnum(EmailStatus)
  status?: EmailStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

export class EmailDeliveryView {
  @ApiProperty() id: string;
  @ApiPropertyOptional({
    nullable: true,
    description: 'null: an account email to an address without an account (an invitation or claim)',
  })
  userId: string | null;
  @ApiProperty({ description: 'A notification kind, or digest' }) kind: string;
  @ApiPropertyOptional({ nullable: true, description: 'zh-CN title (null for a digest)' })
  title: string | null;
  @ApiProperty({ enum: EmailStatus }) status: EmailStatus;
  @ApiProperty() attempts: number;
  @ApiProperty() notBefore: Date;
  @ApiPropertyOptional({ nullable: true }) sentAt: Date | null;
  @ApiPropertyOptional({ nullable: true }) lastError: string | null;
  @ApiPropertyOptional({ nullable: true }) messageId: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The digest it was folded into' })
  digestId: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export function toEmailDeliveryView(d: EmailDelivery): EmailDeliveryView {
  const content = d.content as Partial<NotificationContent>;
  return {
    id: d.id,
    userId: d.userId,
    kind: d.kind,
    title: content.title?.['zh-CN'] ?? null,
    status: d.status,
    attempts: d.attempts,
    notBefore: d.notBefore,
    sentAt: d.sentAt,
    lastError: d.lastError,
    messageId: d.messageId,
    digestId: d.digestId,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}
