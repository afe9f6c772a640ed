import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  type AuthUser,
  DomainError,
  OutboxService,
  type Page,
  pageOf,
  type PageQuery,
} from '@app/shared';
import { type CheckedAttachment, checkAttachment } from './attachments/content-sniffer';
import { messagePosted } from './conversation-events';
import { ConversationMessage } from './conversation-message.entity';
import { ConversationThread } from './conversation-thread.entity';
import { MAX_ATTACHMENT_BYTES } from './conversation.types';
import type { MessageView } from './dto/conversation.view';
import { MessageAttachment } from './message-attachment.entity';
import { messageText } from './message-text';
import { advanceReadMarker } from './read-marker.entity';
import {
  ATTACHMENT_STORAGE,
  type AttachmentStorage,
  newStorageKey,
} from './storage/attachment-storage';
import type { ResolvedSubject } from './subjects/subject';
import { Subjects } from './subjects/subjects';
import { type AccessibleThread, ThreadAccess } from './thread-access';
import { ConversationViews, readOnlyReason } from './views';

/** A file as multer hands it over (memory storage). */
export interface UploadedAttachment {
  originalname: string;
  buffer: Buffer;
  size: number;
}

interface StoredFile extends CheckedAttachment {
  key: string;
  fileName: string;
  size: number;
}

/** Longest file name kept (the column's width), cut at a code point. */
const FILE_NAME_MAX = 255;

/** Posting and reading messages. */
@Injectable()
export class MessagesService {
  private readonly logger = new Logger(MessagesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ThreadAccess,
    private readonly subjects: Subjects,
    private readonly views: ConversationViews,
    private readonly outbox: OutboxService,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
  ) {}

  /** Newest first. While a subject is pending there are none: the thread shows its opening. */
  async list(actor: AuthUser, threadId: string, query: PageQuery): Promise<Page<MessageView>> {
    await this.access.load(actor, threadId);
    const [rows, total] = await this.dataSource.manager.findAndCount(ConversationMessage, {
      where: { threadId },
      order: { seq: 'DESC' },
      skip: query.offset,
      take: query.pageSize,
    });
    return pageOf(await this.views.messages(rows, actor.id), total, query);
  }

  /**
   * Checks everything that can be checked first (access, the subject's phase, the text, each
   * file's type by content), then stores the files, then writes the message, its attachments and
   * its event in one transaction. Nothing is half-written: storage failing leaves no row, the
   * transaction failing removes the stored files.
   */
  async post(
    actor: AuthUser,
    threadId: string,
    rawText: unknown,
    files: readonly UploadedAttachment[] = [],
  ): Promise<MessageView> {
    const text = messageText(rawText);
    const before = await this.access.load(actor, threadId);
    const side = this.access.writer(before);
    assertWritable(await this.subjectOf(before), side);
    const checked = files.map((f) => checkUpload(f));
    const stored = await this.store(checked);
    let messageId: string;
    try {
      messageId = await this.dataSource.transaction(async (m) => {
        // The thread's row lock orders the messages (seq) and sees a subject that just closed.
        const access = await this.access.load(actor, threadId, { manager: m, lock: true });
        const subject = await this.subjects.one(
          access.thread.subjectType,
          access.thread.subjectId,
          m,
        );
        assertWritable(subject, this.access.writer(access));
        const thread = access.thread;
        const seq = thread.messageCount + 1;
        const message = m.create(ConversationMessage, {
          threadId,
          seq,
          senderUserId: actor.id,
          senderSide: side,
          body: text,
        });
        await m.save(message);
        if (stored.length > 0) {
          await m.insert(
            MessageAttachment,
            stored.map((f) => ({
              messageId: message.id,
              threadId,
              storageKey: f.key,
              fileName: f.fileName,
              contentType: f.contentType,
              sizeBytes: f.size,
            })),
          );
        }
        await m.update(ConversationThread, threadId, {
          messageCount: seq,
          lastMessageId: message.id,
          lastMessageAt: message.createdAt,
        });
        await advanceReadMarker(m, threadId, actor.id, seq);
        await this.outbox.record(
          m,
          messagePosted({
            threadId,
            messageId: message.id,
            subjectType: thread.subjectType,
            subjectId: thread.subjectId,
            senderUserId: actor.id,
            senderSide: side,
            attachmentCount: stored.length,
          }),
        );
        return message.id;
      });
    } catch (error) {
      await this.discard(stored);
      throw error;
    }
    const row = await this.dataSource.manager.findOneByOrFail(ConversationMessage, {
      id: messageId,
    });
    return (await this.views.messages([row], actor.id))[0];
  }

  private subjectOf(access: AccessibleThread): Promise<ResolvedSubject> {
    return this.subjects.one(access.thread.subjectType, access.thread.subjectId);
  }

  /** Stores every file under a fresh random key; if one fails, removes the others. */
  private async store(
    files: readonly (CheckedAttachment & { fileName: string; buffer: Buffer })[],
  ): Promise<StoredFile[]> {
    const stored: StoredFile[] = [];
    try {
      for (const f of files) {
        const key = newStorageKey();
        await this.storage.put(key, f.buffer, f.contentType);
        stored.push({
          key,
          type: f.type,
          contentType: f.contentType,
          fileName: f.fileName,
          size: f.buffer.length,
        });
      }
    } catch (error) {
      this.logger.error(`attachment storage failed: ${String(error)}`);
      await this.discard(stored);
      throw new DomainError(
        'unavailable',
        'ATTACHMENT_STORAGE_UNAVAILABLE',
        'The attachment store is unavailable; nothing was sent, try again later',
      );
    }
    return stored;
  }

  private async discard(stored: readonly StoredFile[]): Promise<void> {
    for (const f of stored) {
      await this.storage.remove(f.key).catch((error: unknown) => {
        this.logger.warn(`could not remove orphaned attachment ${f.key}: ${String(error)}`);
      });
    }
  }
}

function assertWritable(subject: ResolvedSubject, side: string): void {
  const reason = readOnlyReason(subject, side);
  if (reason === 'CONVERSATION_NOT_OPEN') {
    throw DomainError.conflict(
      reason,
      'Messages can be sent once both sides have agreed (the match is still pending)',
    );
  }
  if (reason === 'CONVERSATION_CLOSED') {
    throw DomainError.conflict(reason, `This conversation is read-only (${subject.status})`);
  }
}

function checkUpload(
  file: UploadedAttachment,
): CheckedAttachment & { fileName: string; buffer: Buffer } {
  const fileName = cleanFileName(file.originalname);
  // Multer enforces the limit while reading; this keeps the rule where the use case is.
  if (file.size > MAX_ATTACHMENT_BYTES || file.buffer.length > MAX_ATTACHMENT_BYTES) {
    throw DomainError.tooLarge('ATTACHMENT_TOO_LARGE', `${fileName} is larger than 10 MB`);
  }
  return { ...checkAttachment(fileName, file.buffer), fileName, buffer: file.buffer };
}

const UNSAFE_IN_FILE_NAME =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The last path segment, NFC, without control characters, at most 255 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(UNSAFE_IN_FILE_NAME, '').normalize('NFC').trim();
  const chars = [...(clean || 'attachment')];
  return chars.length > FILE_NAME_MAX
    ? chars.slice(chars.length - FILE_NAME_MAX).join('')
    : chars.join('');
}
