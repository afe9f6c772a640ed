import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

export const REPORT_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/**
 * One requested yearly report (issue 13): its progress while the worker builds it, then where
 * its files are. The files live in REPORTS_DIR, named by the row's id.
 */
@Entity('yearly_reports')
@Index('ix_yearly_reports_created', ['createdAt'])
export class YearlyReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('int')
  year: number;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  state: ReportState;

  @Column({ type: 'smallint', default: 0 })
  percent: number;

  /** What the worker is on: a chapter's title, or the file being written. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  chapter: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'SET NULL' })
  requestedBy: string | null;

  /** Why it failed, for the admin (no stack trace). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  error: string | null;

  @Column({ type: 'int', nullable: true })
  docxBytes: number | null;

  @Column({ type: 'int', nullable: true })
  pdfBytes: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
