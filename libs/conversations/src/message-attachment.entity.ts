import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** A file sent with a message; its bytes are in the attachment store under `storageKey`. */
@Entity('conversation_attachments')
@Index('ix_conversation_attachments_message', ['messageId'])
@Index('ux_conversation_attachments_key', ['storageKey'], { unique: true })
export class MessageAttachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  @ForeignKey('conversation_messages', { onDelete: 'CASCADE' })
  messageId: string;

  /** Copied from the message, so a download checks access with one read. */
  @Column('uuid')
  @ForeignKey('conversation_threads', { onDelete: 'CASCADE' })
  threadId: string;

  /** Random (newStorageKey), never derived from the file name. */
  @Column({ type: 'varchar', length: 64 })
  storageKey: string;

  /** The name it was uploaded under: metadata, served in Content-Disposition only. */
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  /** The type sniffed from the content (not what the client said). */
  @Column({ type: 'varchar', length: 128 })
  contentType: string;

  @Column('int')
  sizeBytes: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
