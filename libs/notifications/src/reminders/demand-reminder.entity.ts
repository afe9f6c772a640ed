import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * The deadline reminder of an open demand. BullMQ holds the delayed job; this row is the truth
 * that survives Redis losing its data (the job is re-created from it).
 */
@Entity('demand_reminders')
export class DemandReminder {
  @PrimaryColumn('uuid')
  @ForeignKey('demands', { onDelete: 'CASCADE' })
  demandId: string;

  /** The deadline this reminder is for (a later edit of the deadline replaces the row). */
  @Column('date')
  deadline: string;

  @Column({ type: 'timestamptz' })
  remindAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
