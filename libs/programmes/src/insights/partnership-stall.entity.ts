import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * An enterprise–college pair found stalled by the daily check, told once: the row stays while
 * the pair is stalled, and is deleted when it is not any more, so a later stall is told again.
 */
@Entity('partnership_stalls')
@Index('ux_partnership_stalls_pair', ['enterpriseId', 'collegeId'], { unique: true })
@Index('ix_partnership_stalls_college', ['collegeId'])
export class PartnershipStall {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  @ForeignKey('organizations', { onDelete: 'CASCADE' })
  enterpriseId: string;

  @Column('uuid')
  @ForeignKey('organizations', { onDelete: 'CASCADE' })
  collegeId: string;

  /** When the check first found the pair stalled (its clock). */
  @Column({ type: 'timestamptz' })
  stalledSince: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
