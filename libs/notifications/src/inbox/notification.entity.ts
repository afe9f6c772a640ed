import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { LocalizedText, NotificationContent, NotificationKind } from '../notification-kinds';

/** One entry of a user's in-app inbox. */
@Entity('notifications')
@Index('ux_notifications_user_dedupe', ['userId', 'dedupeKey'], { unique: true })
@Index('ix_notifications_user_seq', ['userId', 'seq'])
@Index('ix_notifications_unread', ['userId'], { where: 'read_at IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Increases with every entry: the SSE event id, so a reconnecting client resumes after it. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq: string;

  @Column('uuid')
  @ForeignKey('users', { onDelete: 'CASCADE' })
  userId: string;

  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  @Column('jsonb')
  title: LocalizedText;

  @Column('jsonb')
  body: LocalizedText;

  @Column('jsonb', { nullable: true })
  link: NotificationContent['link'];

  @Column('jsonb', { default: {} })
  data: Record<string, unknown>;

  /** What it is about, e.g. `match.connected:<event id>`: at most one entry per user and key. */
  @Column({ length: 200 })
  dedupeKey: string;

  @Column({ type: 'bigint', nullable: true })
  sourceEventId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
