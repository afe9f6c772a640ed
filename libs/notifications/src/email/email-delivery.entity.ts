import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { NotificationContent } from '../notification-kinds';

/**
 * pending → sending → sent; a transient failure goes to failed (retried with backoff), a
 * permanent one or the last attempt to dead (the dead-letter list). held_for_digest waits for
 * the daily digest; skipped means there was no one to send to.
 */
export enum EmailStatus {
  Pending = 'pending',
  HeldForDigest = 'held_for_digest',
  Sending = 'sending',
  Sent = 'sent',
  Failed = 'failed',
  Dead = 'dead',
  Skipped = 'skipped',
}

/** The `kind` of the one email that folds a user's held notifications. */
export const DIGEST_KIND = 'digest';

/** What a digest row's `content` holds; its notifications are the rows pointing at it. */
export interface DigestContent {
  kind: typeof DIGEST_KIND;
  /** Local date (NOTIFY_TIMEZONE) of the digest, `YYYY-MM-DD`. */
  date: string;
}

/**
 * One email to one user (or, for account emails, one address): recorded in the fan-out's transaction, sent by the worker at least
 * once; the unique idempotency key makes a retried fan-out record it once.
 */
@Entity('email_deliveries')
@Check(
  'ck_email_deliveries_status',
  `status IN ('pending', 'held_for_digest', 'sending', 'sent', 'failed', 'dead', 'skipped')`,
)
@Check('ck_email_deliveries_recipient', `user_id IS NOT NULL OR to_address IS NOT NULL`)
@Index('ix_email_deliveries_user', ['userId', 'createdAt'])
@Index('ix_email_deliveries_open', ['status', 'notBefore'], {
  where: `status IN ('pending', 'failed', 'sending')`,
})
@Index('ix_email_deliveries_held', ['userId'], {
  where: `status = 'held_for_digest' AND digest_id IS NULL`,
})
@Index('ix_email_deliveries_digest', ['digestId'], { where: `digest_id IS NOT NULL` })
@Index('ix_email_deliveries_dead', ['updatedAt'], { where: `status = 'dead'` })
// Pruning walks the finished ones oldest first (ADR 0011).
@Index('ix_email_deliveries_done', ['updatedAt'], { where: `status IN ('sent', 'skipped')` })
export class EmailDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The account it is for; null for an account email to an address with no account yet. */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'CASCADE' })
  userId: string | null;

  /**
   * Where to send it instead of the account's address: an invitation or claim to an address with
   * no account, an e-mail change link to the new address, a notice to the old one (ADR 0017).
   */
  @Column({ type: 'varchar', length: 254, nullable: true })
  toAddress: string | null;

  /** Unique per (event, recipient, channel), or `digest:<userId>:<local date>`. */
  @Index('ux_email_deliveries_idempotency_key', { unique: true })
  @Column({ length: 200 })
  idempotencyKey: string;

  /** A notification kind, or `digest`. */
  @Column({ length: 64 })
  kind: string;

  @Column('jsonb')
  content: NotificationContent | DigestContent;

  @Column({ type: 'varchar', length: 16, default: EmailStatus.Pending })
  status: EmailStatus;

  @Column('int', { default: 0 })
  attempts: number;

  /** Not sent before this (the end of the recipient's quiet hours). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  notBefore: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  /** The Message-ID the SMTP server accepted (derived from the idempotency key). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  messageId: string | null;

  /** The digest email this notification was folded into. */
  @Column({ type: 'uuid', nullable: true })
  digestId: string | null;

  @ManyToOne(() => EmailDelivery, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'digest_id' })
  digest?: EmailDelivery | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
