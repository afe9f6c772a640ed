import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SubjectType } from './conversation.types';

/**
 * One conversation about one subject (a connection, later an interest in an offer). Its parties
 * are copied at creation (ConversationParty), so listing a user's threads needs no other context.
 */
@Entity('conversation_threads')
@Index('ux_conversation_threads_subject', ['subjectType', 'subjectId'], { unique: true })
@Index('ix_conversation_threads_last_message', ['lastMessageAt'])
export class ConversationThread {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 32 })
  subjectType: SubjectType;

  /** The subject's id in its own context (no foreign key: the type says which table). */
  @Column('uuid')
  subjectId: string;

  /** Messages so far; each message's `seq` is the count after it (under the thread's row lock). */
  @Column('int', { default: 0 })
  messageCount: number;

  @Column({ type: 'uuid', nullable: true })
  lastMessageId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastMessageAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
