import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '@app/identity';

export enum ExpertService {
  Consulting = 'consulting',
  Rnd = 'rnd',
  PartTimeTeaching = 'part_time_teaching',
}

export enum Availability {
  Available = 'available',
  Limited = 'limited',
  Unavailable = 'unavailable',
}

/** Private: shown only to the expert and admins (and, later, to connected partners). */
export interface ExpertContact {
  phone?: string;
  email?: string;
  wechat?: string;
}

@Entity('experts')
@Index('ix_experts_public', ['isPublic', 'createdAt'])
export class Expert {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The expert's own account; null for profiles onboarded by admins and not yet claimed. */
  @Index('ux_experts_user', { unique: true, where: 'user_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ length: 50 })
  name: string;

  /** 职称, e.g. 高级工程师, 教授, 主任医师. */
  @Column({ length: 50, default: '' })
  title: string;

  @Column({ length: 100, default: '' })
  affiliation: string;

  @Column({ length: 16 })
  district: string;

  @Column('text', { array: true, default: '{}' })
  industryCodes: string[];

  @Column('text', { array: true, default: '{}' })
  fields: string[];

  @Column('text', { array: true, default: '{}' })
  skills: string[];

  @Column('text', { array: true, default: '{}' })
  services: ExpertService[];

  @Column({
    type: 'enum',
    enum: Availability,
    enumName: 'expert_availability',
    default: Availability.Available,
  })
  availability: Availability;

  @Column('text', { default: '' })
  bio: string;

  @Column({ default: true })
  isPublic: boolean;

  @Column('jsonb', { default: {} })
  contact: ExpertContact;

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
