import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { type AccountLinkDetails, AccountLinkPurpose } from '../account-links/account-link.types';

/**
 * One emailed single-use link (ADR 0017): e-mail verification, e-mail change, profile claim, team
 * invitation. Like a password reset (ADR 0013) the secret is minted when the email is sent and
 * only its SHA-256 is kept; a newer link for the same purpose and subject revokes the older.
 */
@Entity('account_links')
@Index('ix_account_links_subject', ['purpose', 'subjectId'])
@Index('ux_account_links_hash', ['tokenHash'], { unique: true })
export class AccountLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 32 })
  purpose: AccountLinkPurpose;

  @Column('uuid')
  subjectId: string;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'CASCADE' })
  userId: string | null;

  /** The address the link is sent to (for an e-mail change: the new one). */
  @Column({ length: 254 })
  email: string;

  @Column({ type: 'jsonb', default: {} })
  details: AccountLinkDetails;

  /** SHA-256 (hex) of the secret in the link; null until the email is sent. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  tokenHash: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
