import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Readable } from 'node:stream';
import { type AuthUser, DomainError } from '@app/shared';
import { MessageAttachment } from '../message-attachment.entity';
import {
  ATTACHMENT_STORAGE,
  type AttachmentStorage,
  StoredObjectMissing,
} from '../storage/attachment-storage';
import { ThreadAccess } from '../thread-access';

export interface AttachmentDownload {
  stream: Readable;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

const notFound = () => DomainError.notFound('Attachment', 'ATTACHMENT_NOT_FOUND');

/** Downloads, for the thread's two sides and admins only (404 for everyone else). */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ThreadAccess,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
  ) {}

  async open(actor: AuthUser, threadId: string, attachmentId: string): Promise<AttachmentDownload> {
    await this.access.load(actor, threadId);
    const attachment = await this.dataSource.manager.findOneBy(MessageAttachment, {
      id: attachmentId,
      threadId,
    });
    if (!attachment) throw notFound();
    try {
      const stream = await this.storage.open(attachment.storageKey);
      return {
        stream,
        fileName: attachment.fileName,
        contentType: attachment.contentType,
        sizeBytes: attachment.sizeBytes,
      };
    } catch (error) {
      if (error instanceof StoredObjectMissing) {
        this.logger.error(`attachment ${attachment.id} has no stored object`);
        throw notFound();
      }
      throw error;
    }
  }
}

/**
 * `attachment` with an ASCII fallback name and the UTF-8 name (RFC 6266 / RFC 5987), so 报价单.pdf
 * arrives as 报价单.pdf and no name can break out of the header.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'attachment';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
