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
 * An interest (candidate → enterprise) or invitation (enterprise → candidate) about one demand.
 * The other side answers; once connected, both see each other's contact details.
 */
@Entity('connections')
@Check(
  'ck_connections_one_candidate',
  `(candidate_type = 'expert' AND expert_id IS NOT NULL AND college_id IS NULL) OR (candidate_type = 'college' AND college_id IS NOT NULL AND expert_id IS NULL)`,
)
@Check(
  'ck_connections_decline_note',
  `decline_reason IS DISTINCT FROM 'other' OR decline_note IS NOT NULL`,
)
// A withdrawn connection frees the pair, so a candidate may try again later; a declined one does not.
@Index('ux_connections_demand_expert', ['demandId', 'expertId'], {
  unique: true,
  where: `status <> 'withdrawn'`,
})
@Index('ux_connections_demand_college', ['demandId', 'collegeId'], {
  unique: true,
  where: `status <> 'withdrawn'`,
})
@Index('ix_connections_enterprise', ['enterpriseId', 'createdAt'])
@Index('ix_connections_expert', ['expertId', 'createdAt'])
@Index('ix_connections_college', ['collegeId', 'createdAt'])
export class Connection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Ids of other contexts' rows: the foreign keys hold in SQL, the rows are read through ports.
  @Column('uuid')
  @ForeignKey('demands', { onDelete: 'CASCADE' })
  demandId: string;

  /** The demand's organisation, copied so that listings and figures need no join. */
  @Column('uuid')
  @ForeignKey('organizations', { onDelete: 'RESTRICT' })
  enterpriseId: string;

  @Column({ type: 'enum', enum: CandidateType, enumName: 'connection_candidate_type' })
  candidateType: CandidateType;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('experts', { onDelete: 'CASCADE' })
  expertId: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('organizations', { onDelete: 'CASCADE' })
  collegeId: string | null;

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
