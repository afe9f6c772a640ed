import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { WebhookPayload } from './webhook-payload';
import { WebhookEndpoint } from './webhook-endpoint.entity';

/**
 * pending: queued, not tried yet · failed: tried, another try is scheduled · delivered: a 2xx
 * came back · dead: the last try failed (or cannot succeed); listed for replay.
 */
export enum WebhookDeliveryStatus {
  Pending = 'pending',
  Failed = 'failed',
  Delivered = 'delivered',
  Dead = 'dead',
}

/** One event for one endpoint, tried until delivered or dead. */
@Entity('webhook_deliveries')
@Index('ix_webhook_deliveries_endpoint', ['endpointId', 'createdAt'])
// Requeueing and the dead-letter list read the undelivered ones; delivered rows are most rows.
@Index('ix_webhook_deliveries_undelivered', ['status', 'createdAt'], {
  where: `status <> 'delivered'`,
})
// Pruning walks the delivered ones oldest first (ADR 0011).
@Index('ix_webhook_deliveries_delivered', ['deliveredAt'], { where: `status = 'delivered'` })
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  endpointId: string;

  @ManyToOne(() => WebhookEndpoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint?: WebhookEndpoint;

  /** The fan-out's key for (event, recipient, channel) plus the endpoint: `${key}:${endpointId}`. */
  @Index('ux_webhook_deliveries_idempotency_key', { unique: true })
  @Column({ length: 300 })
  idempotencyKey: string;

  @Column({ length: 64 })
  eventType: string;

  /**
   * The body, sent as JSON.stringify of this value. jsonb's stored form is canonical, so every
   * try and replay sends the same bytes (only the webhook-timestamp header changes).
   */
  @Column('jsonb')
  payload: WebhookPayload;

  @Column({
    type: 'enum',
    enum: WebhookDeliveryStatus,
    enumName: 'webhook_delivery_status',
    default: WebhookDeliveryStatus.Pending,
  })
  status: WebhookDeliveryStatus;

  /** Tries made so far, over every series (a replay starts a new series). */
  @Column('int', { default: 0 })
  attempts: number;

  /** How many times it was replayed; names the BullMQ job of the current series. */
  @Column('int', { default: 0 })
  replays: number;

  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ type: 'int', nullable: true })
  lastStatusCode: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
