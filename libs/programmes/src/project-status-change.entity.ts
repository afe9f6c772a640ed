import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ProjectStatus } from './programme.types';

/** Every state change of a project: who, when, from what to what, and why (stopping). */
@Entity('project_status_changes')
@Index('ix_project_status_changes_project', ['projectId', 'changedAt'])
export class ProjectStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  @ForeignKey('projects', { onDelete: 'CASCADE' })
  projectId: string;

  /** Null for the creation. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: ProjectStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus: ProjectStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'SET NULL' })
  changedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt: Date;
}
