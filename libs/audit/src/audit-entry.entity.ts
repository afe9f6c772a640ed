import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One audited change: who did what to which record and when. Append-only (ADR 0014): written
 * by AuditLog.record in the transaction of the change, never updated or deleted by the code.
 */
@Entity('audit_entries')
@Index('ix_audit_occurred_at', ['occurredAt', 'id'])
@Index('ix_audit_actor', ['actorId', 'occurredAt'])
@Index('ix_audit_target', ['targetType', 'targetId', 'occurredAt'])
@Index('ix_audit_action', ['action', 'occurredAt'])
@Index('ix_audit_organization', ['organizationId', 'occurredAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  /** Null for the system (a job, the CLI). */
  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  actorRole: string | null;

  @Column({ length: 64 })
  action: string;

  @Column({ length: 32 })
  targetType: string;

  @Column('uuid')
  targetId: string;

  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  district: string | null;

  @Column('jsonb', { default: {} })
  details: Record<string, unknown>;

  @Column({ type: 'varchar', length: 128, nullable: true })
  requestId: string | null;

  /** The transaction's clock (now()), so an entry sorts with the change it records. */
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;
}
