import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The newest version of one aggregate that a consumer has applied (per kind of event, for
 * consumers that act on each kind). Retries and Redis replays can deliver an older event after
 * a newer one: `claimVersions` lets the consumer drop it.
 */
@Entity('applied_versions')
// Pruning walks the claims oldest first (ADR 0011).
@Index('ix_applied_versions_applied_at', ['appliedAt'])
export class AppliedVersion {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  consumer: string;

  /** The aggregate type, or `type:eventType` for consumers keyed by event kind. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  scope: string;

  @PrimaryColumn('uuid')
  aggregateId: string;

  @Column('int')
  version: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  appliedAt: Date;
}
