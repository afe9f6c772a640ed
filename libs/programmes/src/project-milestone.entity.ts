import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** A milestone with an owner and a due date; found overdue once by the daily check. */
@Entity('project_milestones')
@Index('ix_project_milestones_project', ['projectId', 'dueDate'])
@Index('ix_project_milestones_open_due', ['dueDate'], {
  where: 'completed_at IS NULL AND overdue_notified_at IS NULL',
})
export class ProjectMilestone {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  @ForeignKey('projects', { onDelete: 'CASCADE' })
  projectId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'SET NULL' })
  ownerUserId: string | null;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'SET NULL' })
  completedBy: string | null;

  /** When the daily check found it overdue (and told its owner and the partners). */
  @Column({ type: 'timestamptz', nullable: true })
  overdueNotifiedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
