import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ReportStatus, SubjectType } from '../conversation.types';

export class SubjectView {
  @ApiProperty({ enum: SubjectType }) type: SubjectType;
  @ApiProperty() id: string;
  @ApiProperty({ description: 'e.g. the demand’s title' }) title: string;
  @ApiProperty({ description: 'The subject’s own status, e.g. connected' }) status: string;
}

export class PartyView {
  @ApiProperty({
    example: 'owner',
    description: 'owner / candidate (a match), owner / interested (an offer interest)',
  })
  side: string;
  @ApiProperty({ enum: ['organization', 'expert'] }) kind: 'organization' | 'expert';
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class OpeningView {
  @ApiProperty() side: string;
  @ApiProperty() text: string;
  @ApiProperty() at: Date;
}

export class AttachmentView {
  @ApiProperty() id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ example: 'image/png' }) contentType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ description: 'Download path (bearer token required)' }) url: string;
}

export class MessageView {
  @ApiProperty() id: string;
  @ApiProperty() threadId: string;
  @ApiProperty({ description: '1, 2, 3… within the thread' }) seq: number;
  @ApiProperty() senderSide: string;
  @ApiPropertyOptional({ nullable: true }) senderUserId: string | null;
  @ApiProperty() senderName: string;
  @ApiProperty({ description: 'Sent by the caller' }) mine: boolean;
  @ApiProperty() body: string;
  @ApiProperty({ type: [AttachmentView] }) attachments: AttachmentView[];
  @ApiProperty() createdAt: Date;
}

export class ThreadView {
  @ApiProperty() id: string;
  @ApiProperty({ type: SubjectView }) subject: SubjectView;
  @ApiProperty({ type: [PartyView] }) parties: PartyView[];
  @ApiPropertyOptional({ nullable: true, description: 'The caller’s side; null for admins' })
  mySide: string | null;
  @ApiProperty({ description: 'Whether the caller may post now' }) writable: boolean;
  @ApiPropertyOptional({
    nullable: true,
    enum: ['CONVERSATION_NOT_OPEN', 'CONVERSATION_CLOSED', 'ADMINS_READ_ONLY'],
    description: 'Why not, when not writable',
  })
  readOnlyReason: string | null;
  @ApiPropertyOptional({
    type: OpeningView,
    nullable: true,
    description: 'The subject’s own message',
  })
  opening: OpeningView | null;
  @ApiProperty() messageCount: number;
  @ApiProperty({ description: 'Messages of the other side after the caller’s read marker' })
  unread: number;
  @ApiPropertyOptional({ type: MessageView, nullable: true }) lastMessage: MessageView | null;
  @ApiPropertyOptional({ nullable: true }) lastMessageAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class ThreadPageView {
  @ApiProperty({ type: [ThreadView] }) items: ThreadView[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class MessagePageView {
  @ApiProperty({ type: [MessageView], description: 'Newest first' }) items: MessageView[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class UnreadCountView {
  @ApiProperty() unread: number;
}

export class ReportedMessageView {
  @ApiProperty() id: string;
  @ApiProperty() threadId: string;
  @ApiProperty() senderSide: string;
  @ApiPropertyOptional({ nullable: true }) senderUserId: string | null;
  @ApiProperty() body: string;
  @ApiProperty() createdAt: Date;
}

export class MessageReportView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ReportStatus }) status: ReportStatus;
  @ApiProperty() reason: string;
  @ApiProperty() reporterUserId: string;
  @ApiProperty({ type: ReportedMessageView }) message: ReportedMessageView;
  @ApiPropertyOptional({ nullable: true }) resolutionNote: string | null;
  @ApiPropertyOptional({ nullable: true }) resolvedBy: string | null;
  @ApiPropertyOptional({ nullable: true }) resolvedAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class MessageReportPageView {
  @ApiProperty({ type: [MessageReportView] }) items: MessageReportView[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}
