import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ReportStatus } from '../conversation.types';

/** A user's report of a message to the platform's admins. */
@Entity('message_reports')
// One open report per user and message; once resolved, the user may report it again.
@Index('ux_message_reports_open', ['messageId', 'reporterUserId'], {
  unique: true,
  where: `status = 'open'`,
})
@Index('ix_message_reports_status', ['status', 'createdAt'])
export class MessageReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  @ForeignKey('conversation_messages', { onDelete: 'CASCADE' })
  messageId: string;

  @Column('uuid')
  @ForeignKey('conversation_threads', { onDelete: 'CASCADE' })
  threadId: string;

  @Column('uuid')
  @ForeignKey('users', { onDelete: 'CASCADE' })
  reporterUserId: string;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Column({ type: 'varchar', length: 16, default: ReportStatus.Open })
  status: ReportStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  resolutionNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'SET NULL' })
  resolvedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
