import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * One side of a thread: an organisation (all its members) or an expert (its user). Written once
 * with the thread from the subject's resolver; the subject's sides do not change.
 */
@Entity('conversation_parties')
@Check(
  'ck_conversation_parties_one',
  `(organization_id IS NOT NULL AND expert_id IS NULL) OR (organization_id IS NULL AND expert_id IS NOT NULL)`,
)
@Index('ix_conversation_parties_organization', ['organizationId'])
@Index('ix_conversation_parties_expert', ['expertId'])
export class ConversationParty {
  @PrimaryColumn('uuid')
  @ForeignKey('conversation_threads', { onDelete: 'CASCADE' })
  threadId: string;

  /** The subject's name of this side, e.g. `enterprise` or `candidate` for a connection. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  side: string;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('organizations', { onDelete: 'CASCADE' })
  organizationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('experts', { onDelete: 'CASCADE' })
  expertId: string | null;
}
