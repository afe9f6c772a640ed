import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Demand } from '@app/demands';
import { Expert } from '@app/experts';
import { Organization } from '@app/organizations';

export enum CandidateType {
  Expert = 'expert',
  College = 'college',
}

/** Who made the first move: the candidate (an interest) or the enterprise (an invitation). */
export enum ConnectionInitiator {
  Candidate = 'candidate',
  Enterprise = 'enterprise',
}

export enum ConnectionStatus {
  Pending = 'pending',
  Connected = 'connected',
  Declined = 'declined',
  Withdrawn = 'withdrawn',
}

export enum DeclineReason {
  NotAFit = 'not_a_fit',
  CapacityFull = 'capacity_full',
  Budget = 'budget',
  Timing = 'timing',
  Other = 'other',
}

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

  @Column('uuid')
  demandId: string;

  @ManyToOne(() => Demand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'demand_id' })
  demand?: Demand;

  /** The demand's organisation, copied so that listings and figures need no join. */
  @Column('uuid')
  enterpriseId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Organization;

  @Column({ type: 'enum', enum: CandidateType, enumName: 'connection_candidate_type' })
  candidateType: CandidateType;

  @Column({ type: 'uuid', nullable: true })
  expertId: string | null;

  @ManyToOne(() => Expert, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id' })
  expert?: Expert | null;

  @Column({ type: 'uuid', nullable: true })
  collegeId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'college_id' })
  college?: Organization | null;

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
