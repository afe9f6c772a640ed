import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Availability, type ExpertContact, type ExpertService } from './expert.types';

export { Availability, type ExpertContact, ExpertService } from './expert.types';

@Entity('experts')
@Index('ix_experts_public', ['isPublic', 'createdAt'])
export class Expert {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The expert's own account; null for profiles onboarded by admins and not yet claimed. */
  @Index('ux_experts_user', { unique: true, where: 'user_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'SET NULL' })
  userId: string | null;

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
