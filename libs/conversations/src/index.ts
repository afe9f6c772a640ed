export {
  type ConversationEvent,
  ConversationEvents,
  type ConversationEventType,
  type MessagePostedPayload,
} from './conversation-events';
export {
  type ConversationPartyRecord,
  ConversationReader,
  type MessageNoticeRecord,
} from './conversation-reader.service';
export { ConversationReadersModule } from './conversation-readers.module';
export { ConversationsModule } from './conversations.module';
export { ReportStatus, SubjectType } from './conversation.types';
export { ConversationMessage } from './conversation-message.entity';
export { ConversationParty } from './conversation-party.entity';
export { ConversationThread } from './conversation-thread.entity';
export { MessageAttachment } from './message-attachment.entity';
export { ReadMarker } from './read-marker.entity';
export { MessageReport } from './reports/message-report.entity';
export { ATTACHMENT_STORAGE, type AttachmentStorage } from './storage/attachment-storage';
