import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ProjectKind, ProjectStatus } from './programme.types';

/**
 * A cooperation project after a match (issue 12): its kind's own fields are in `details`
 * (validated by the kind's DTO). Title, kind, status, dates and partners are public; details,
 * outcomes and milestones are for the partners (and admins).
 */
@Entity('projects')
@Index('ix_projects_status', ['status', 'createdAt'])
@Index('ix_projects_connection', ['connectionId'])
export class Project {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 32 })
  kind: ProjectKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 4000, default: '' })
  description: string;

  @Column({ type: 'varchar', length: 16, default: ProjectStatus.Planned })
  status: ProjectStatus;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  /** The kind's own fields (one DTO per kind). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  /** The connected match it came from, if any. */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('connections', { onDelete: 'SET NULL' })
  connectionId: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  stopReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'SET NULL' })
  createdBy: string | null;

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
