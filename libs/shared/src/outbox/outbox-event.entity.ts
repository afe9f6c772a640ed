import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A domain event written in the same transaction as the change it describes. The worker
 * relays unsent rows to BullMQ in id order (hence per aggregate in order) and stamps them.
 */
@Entity('outbox_events')
@Index('ix_outbox_unpublished', ['id'], { where: 'published_at IS NULL' })
@Index('ix_outbox_aggregate', ['aggregateType', 'aggregateId'])
// Pruning walks the published rows oldest first (ADR 0011).
@Index('ix_outbox_published', ['publishedAt', 'id'])
export class OutboxEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ length: 64 })
  eventType: string;

  @Column({ length: 32 })
  aggregateType: string;

  @Column('uuid')
  aggregateId: string;

  /** The aggregate's version after the change: consumers drop events older than what they hold. */
  @Column('int')
  aggregateVersion: number;

  @Column('jsonb')
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column('int', { default: 0 })
  attempts: number;

  @Column('text', { nullable: true })
  lastError: string | null;
}
