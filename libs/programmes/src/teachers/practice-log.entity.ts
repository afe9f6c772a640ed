import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PracticeLogStatus } from './teacher.types';

/**
 * Two-for-one: days a teacher spent on an enterprise's R&D demand, logged by the college's
 * manager, confirmed by a manager of the enterprise that owns the demand. Confirmed days count in
 * the teacher's practice ledger for the calendar year of `from` (a log stays within one year).
 */
@Entity('teacher_practice_logs')
@Index('ix_teacher_practice_logs_teacher', ['teacherId', 'fromDate'])
@Index('ix_teacher_practice_logs_enterprise', ['enterpriseId', 'status'])
export class PracticeLog {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  @ForeignKey('teachers', { onDelete: 'CASCADE' })
  teacherId: string;

  /** The teacher's college. */
  @Column('uuid')
  @ForeignKey('organizations', { onDelete: 'CASCADE' })
  collegeId: string;

  @Column('uuid')
  @ForeignKey('demands', { onDelete: 'CASCADE' })
  demandId: string;

  /** The demand's organisation: the one that confirms. */
  @Column('uuid')
  @ForeignKey('organizations', { onDelete: 'CASCADE' })
  enterpriseId: string;

  @Column({ type: 'date' })
  fromDate: string;

  @Column({ type: 'date' })
  toDate: string;

  @Column('int')
  days: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  tasks: string[];

  @Column({ type: 'varchar', length: 16, default: PracticeLogStatus.Reported })
  status: PracticeLogStatus;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'SET NULL' })
  loggedBy: string | null;

  @Column({ type: 'timestamptz' })
  loggedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'SET NULL' })
  confirmedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;
}
