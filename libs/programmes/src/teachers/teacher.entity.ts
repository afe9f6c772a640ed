import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { DualQualification, TrainingAttended } from './teacher.types';

/**
 * A college's teacher (issue 12, ADR 0019 addendum): majors (catalogue codes), optionally the
 * teacher's own account and expert profile, 双师型 certification and trainings attended.
 */
@Entity('teachers')
@Index('ix_teachers_organization', ['organizationId', 'name'])
export class Teacher {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The college. */
  @Column('uuid')
  @ForeignKey('organizations', { onDelete: 'CASCADE' })
  organizationId: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  /** Major codes of the vocational catalogue. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  majors: string[];

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'SET NULL' })
  userId: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('experts', { onDelete: 'SET NULL' })
  expertId: string | null;

  /** 双师型 certification, or null. */
  @Column({ type: 'jsonb', nullable: true })
  certification: DualQualification | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  trainings: TrainingAttended[];

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
