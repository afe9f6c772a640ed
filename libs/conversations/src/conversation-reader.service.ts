import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConversationMessage } from './conversation-message.entity';
import { ConversationParty } from './conversation-party.entity';
import { ConversationThread } from './conversation-thread.entity';
import type { SubjectType } from './conversation.types';
import { MessageAttachment } from './message-attachment.entity';
import { Subjects } from './subjects/subjects';

/** A side of a thread as other contexts read it. */
export interface ConversationPartyRecord {
  readonly side: string;
  readonly organizationId: string | null;
  readonly expertId: string | null;
}

/** What the notifications fan-out needs to tell the other side about a new message. */
export interface MessageNoticeRecord {
  readonly messageId: string;
  readonly threadId: string;
  readonly subjectType: SubjectType;
  readonly subjectId: string;
  /** The subject's title (e.g. the demand's title). */
  readonly title: string;
  readonly senderUserId: string | null;
  readonly senderSide: string;
  /** The start of the text (at most 80 characters) for the notification's body. */
  readonly excerpt: string;
  readonly attachmentCount: number;
  readonly parties: readonly ConversationPartyRecord[];
}

const EXCERPT_LENGTH = 80;

/** The conversations' read port, for the platform's own use (no access check). */
@Injectable()
export class ConversationReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subjects: Subjects,
  ) {}

  async messageNotice(messageId: string): Promise<MessageNoticeRecord | null> {
    const m = this.dataSource.manager;
    const message = await m.findOneBy(ConversationMessage, { id: messageId });
    if (!message) return null;
    const [thread, parties, attachmentCount] = await Promise.all([
      m.findOneByOrFail(ConversationThread, { id: message.threadId }),
      m.findBy(ConversationParty, { threadId: message.threadId }),
      m.countBy(MessageAttachment, { messageId }),
    ]);
    const subject = (await this.subjects.many([thread])).get(
      `${thread.subjectType}:${thread.subjectId}`,
    );
    const chars = [...message.body.replace(/\s+/g, ' ')];
    return {
      messageId,
      threadId: thread.id,
      subjectType: thread.subjectType,
      subjectId: thread.subjectId,
      title: subject?.title ?? '',
      senderUserId: message.senderUserId,
      senderSide: message.senderSide,
      excerpt:
        chars.length > EXCERPT_LENGTH
          ? `${chars.slice(0, EXCERPT_LENGTH - 1).join('')}…`
          : chars.join(''),
      attachmentCount,
      parties: parties.map((p) => ({
        side: p.side,
        organizationId: p.organizationId,
        expertId: p.expertId,
      })),
    };
  }
}
