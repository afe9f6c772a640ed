import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * "Consumer `queue` has handled outbox event `eventId`." Redis here keeps nothing on disk: when it
 * loses its data, the relay re-enqueues the recent events of replayable routes that have no
 * receipt (see OutboxReplay), so a queued but unhandled event is never lost.
 */
@Entity('outbox_receipts')
@Index('ix_outbox_receipts_handled_at', ['handledAt'])
export class OutboxReceipt {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  queue: string;

  @PrimaryColumn('bigint')
  eventId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  handledAt: Date;
}
