import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CloseReason, type DemandDetails, DemandKind, DemandStatus } from './demand.types';

export { CloseReason, type DemandDetails, DemandKind, DemandStatus } from './demand.types';

/**
 * A posting by an organisation: an enterprise's demand (what it needs from colleges and experts)
 * or a college's need (what it needs from experts and enterprises); the kind says which.
 */
@Entity('demands')
@Index('ix_demands_public', ['status', 'publishedAt'])
@Index('ix_demands_organization', ['organizationId', 'createdAt'])
export class Demand {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The posting enterprise or college (organizations context): an id only, read through OrganizationDirectory. */
  @Column('uuid')
  @ForeignKey('organizations', { onDelete: 'RESTRICT' })
  organizationId: string;

  @Column('uuid')
  createdBy: string;

  @Column({ type: 'enum', enum: DemandKind, enumName: 'demand_kind' })
  kind: DemandKind;

  @Column({ length: 100 })
  title: string;

  @Column('text', { default: '' })
  description: string;

  @Index()
  @Column({ length: 5 })
  industryCode: string;

  @Column({ length: 16 })
  district: string;

  @Column('text', { array: true, default: '{}' })
  tags: string[];

  @Column('text', { array: true, default: '{}' })
  skills: string[];

  @Column('jsonb', { default: {} })
  details: DemandDetails;

  /** Last day applications are useful; passed deadlines cannot be published. */
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({
    type: 'enum',
    enum: DemandStatus,
    enumName: 'demand_status',
    default: DemandStatus.Draft,
  })
  status: DemandStatus;

  @Column({ type: 'enum', enum: CloseReason, enumName: 'demand_close_reason', nullable: true })
  closeReason: CloseReason | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  closeNote: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
