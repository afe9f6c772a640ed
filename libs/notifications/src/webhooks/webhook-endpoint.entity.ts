import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** Subscribes to every organisation event type, including ones added later. */
export const ALL_EVENTS = '*';

/** A URL of an organisation's that receives the event types it chose, signed with its secret. */
@Entity('webhook_endpoints')
@Index('ix_webhook_endpoints_organization', ['organizationId', 'createdAt'])
export class WebhookEndpoint {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  @ForeignKey('organizations', { onDelete: 'CASCADE' })
  organizationId: string;

  @Column({ length: 2048 })
  url: string;

  @Column({ length: 200, default: '' })
  description: string;

  /** Notification kinds (ORGANIZATION_KINDS) or '*'. */
  @Column('text', { array: true })
  eventTypes: string[];

  /**
   * whsec_ + base64 of 32 random bytes. Kept in clear because every delivery is signed with it
   * (an HMAC key cannot be stored hashed); shown to the organisation only when created or rotated.
   */
  @Column({ length: 100 })
  secret: string;

  /** The secret before the last rotation, still signed with (as a second signature) until it expires. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  previousSecret: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null;

  @Column({ default: true })
  enabled: boolean;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'SET NULL' })
  createdBy: string | null;

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
