import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** One message of a thread: text, and attachments (MessageAttachment) if any. */
@Entity('conversation_messages')
@Index('ux_conversation_messages_seq', ['threadId', 'seq'], { unique: true })
export class ConversationMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  @ForeignKey('conversation_threads', { onDelete: 'CASCADE' })
  threadId: string;

  /** 1, 2, 3… within the thread: the order, and what read markers count against. */
  @Column('int')
  seq: number;

  /** Null once the sender's account is deleted (the message stays for the other side). */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'SET NULL' })
  senderUserId: string | null;

  /** The party the sender wrote for (ConversationParty.side). */
  @Column({ type: 'varchar', length: 32 })
  senderSide: string;

  @Column({ type: 'varchar', length: 4000 })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
