import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Demand } from '@app/demands';

/**
 * The deadline reminder of an open demand. BullMQ holds the delayed job; this row is the truth
 * that survives Redis losing its data (the job is re-created from it).
 */
@Entity('demand_reminders')
export class DemandReminder {
  @PrimaryColumn('uuid')
  demandId: string;

  @ManyToOne(() => Demand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'demand_id' })
  demand?: Demand;

  /** The deadline this reminder is for (a later edit of the deadline replaces the row). */
  @Column('date')
  deadline: string;

  @Column({ type: 'timestamptz' })
  remindAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
