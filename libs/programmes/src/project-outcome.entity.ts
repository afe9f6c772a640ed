import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OutcomeStatus } from './programme.types';

/**
 * The figures of one period of a project (a cohort, a year, the whole project): entered by one
 * side (who and when kept), confirmed by another side; a change after confirmation clears it.
 * The side is `organization:<id>` or `expert:<id>`.
 */
@Entity('project_outcomes')
@Index('ux_project_outcomes_period', ['projectId', 'period'], { unique: true })
export class ProjectOutcome {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  @ForeignKey('projects', { onDelete: 'CASCADE' })
  projectId: string;

  /** A cohort year, a calendar year or `total`. */
  @Column({ type: 'varchar', length: 16 })
  period: string;

  @Column({ type: 'jsonb' })
  figures: Record<string, number>;

  @Column({ type: 'varchar', length: 16, default: OutcomeStatus.Reported })
  status: OutcomeStatus;

  @Column({ type: 'varchar', length: 64 })
  reportedBySide: string;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'SET NULL' })
  reportedBy: string | null;

  @Column({ type: 'timestamptz' })
  reportedAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  confirmedBySide: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'SET NULL' })
  confirmedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column('int', { default: 1 })
  version: number;
}
