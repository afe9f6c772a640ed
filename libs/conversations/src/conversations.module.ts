import { Module } from '@nestjs/common';
import { AuditLogModule } from '@app/audit';
import { AttachmentsService } from './attachments/attachments.service';
import { ConversationReadersModule } from './conversation-readers.module';
import { ConversationsController } from './conversations.controller';
import { ConversationsService } from './conversations.service';
import { MessagesService } from './messages.service';
import { Participants } from './participants';
import { AdminMessageReportsController } from './reports/admin-message-reports.controller';
import { MessageReportsService } from './reports/message-reports.service';
import { AttachmentStorageModule } from './storage/storage.module';
import { ThreadAccess } from './thread-access';
import { ConversationViews } from './views';

/** Threads about connections (and later other subjects), messages, attachments, reports (HTTP). */
@Module({
  imports: [ConversationReadersModule, AttachmentStorageModule, AuditLogModule],
  controllers: [ConversationsController, AdminMessageReportsController],
  providers: [
    Participants,
    ThreadAccess,
    ConversationViews,
    ConversationsService,
    MessagesService,
    AttachmentsService,
    MessageReportsService,
  ],
})
export class ConversationsModule {}
