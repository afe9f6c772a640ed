import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WebhookDelivery } from './webhook-delivery.entity';

/**
 * One try of a delivery (the delivery log). A table rather than a jsonb array on the delivery:
 * each try appends one small row instead of rewriting a growing document, the log can be paged
 * and pruned on its own, and the delivery row stays small for the hot status updates.
 */
@Entity('webhook_delivery_attempts')
export class WebhookDeliveryAttempt {
  @PrimaryColumn('uuid')
  deliveryId: string;

  @ManyToOne(() => WebhookDelivery, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: WebhookDelivery;

  /** 1, 2, … over the delivery's whole life (replays continue the count). */
  @PrimaryColumn('int')
  attempt: number;

  /** When the try started. */
  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'int', nullable: true })
  statusCode: number | null;

  @Column('int')
  durationMs: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;

  /** The first 1 KB of the receiver's answer. */
  @Column({ type: 'text', nullable: true })
  responseExcerpt: string | null;
}
