import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  CandidateType,
  ConnectionInitiator,
  ConnectionStatus,
  DeclineReason,
} from './connection.types';

export {
  CandidateType,
  ConnectionInitiator,
  ConnectionStatus,
  DeclineReason,
} from './connection.types';

/**
 * An interest (candidate → owner) or invitation (owner → candidate) about one demand. The owner
 * is the organisation that posted it: an enterprise (candidates: experts and colleges) or a
 * college for a college need (candidates: experts and enterprises). The other side answers; once
 * connected, both see each other's contact details.
 */
@Entity('connections')
@Check(
  'ck_connections_one_candidate',
  `(candidate_type = 'expert' AND expert_id IS NOT NULL AND candidate_organization_id IS NULL) OR (candidate_type IN ('college', 'enterprise') AND candidate_organization_id IS NOT NULL AND expert_id IS NULL)`,
)
@Check('ck_connections_not_own', `candidate_organization_id IS DISTINCT FROM owner_id`)
@Check(
  'ck_connections_decline_note',
  `decline_reason IS DISTINCT FROM 'other' OR decline_note IS NOT NULL`,
)
// A withdrawn connection frees the pair, so a candidate may try again later; a declined one does not.
@Index('ux_connections_demand_expert', ['demandId', 'expertId'], {
  unique: true,
  where: `status <> 'withdrawn'`,
})
@Index('ux_connections_demand_organization', ['demandId', 'candidateOrganizationId'], {
  unique: true,
  where: `status <> 'withdrawn'`,
})
@Index('ix_connections_owner', ['ownerId', 'createdAt'])
@Index('ix_connections_expert', ['expertId', 'createdAt'])
@Index('ix_connections_candidate_organization', ['candidateOrganizationId', 'createdAt'])
// The statistics' per-demand facts (migration InsightIndexes1797004000000).
@Index('ix_connections_demand', ['demandId'])
export class Connection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Ids of other contexts' rows: the foreign keys hold in SQL, the rows are read through ports.
  @Column('uuid')
  @ForeignKey('demands', { onDelete: 'CASCADE' })
  demandId: string;

  /**
   * The demand's organisation (an enterprise, or a college for a college need), copied so that
   * listings and figures need no join. Was `enterprise_id` until issue 11.
   */
  @Column('uuid')
  @ForeignKey('organizations', { onDelete: 'RESTRICT' })
  ownerId: string;

  @Column({ type: 'enum', enum: CandidateType, enumName: 'connection_candidate_type' })
  candidateType: CandidateType;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('experts', { onDelete: 'CASCADE' })
  expertId: string | null;

  /** The candidate college or enterprise (was `college_id` until issue 11). */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('organizations', { onDelete: 'CASCADE' })
  candidateOrganizationId: string | null;

  @Column({ type: 'enum', enum: ConnectionInitiator, enumName: 'connection_initiator' })
  initiatedBy: ConnectionInitiator;

  @Column({ length: 1000 })
  message: string;

  @Column({
    type: 'enum',
    enum: ConnectionStatus,
    enumName: 'connection_status',
    default: ConnectionStatus.Pending,
  })
  status: ConnectionStatus;

  @Column({
    type: 'enum',
    enum: DeclineReason,
    enumName: 'connection_decline_reason',
    nullable: true,
  })
  declineReason: DeclineReason | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  declineNote: string | null;

  /** The user who expressed the interest or sent the invitation. */
  @Column('uuid')
  createdBy: string;

  /** When the responding side accepted or declined (response-time figures are based on it). */
  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  respondedBy: string | null;

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
