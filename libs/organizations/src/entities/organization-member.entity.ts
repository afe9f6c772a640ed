import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { User } from '@app/identity';
import { Organization } from './organization.entity';

/** A user's membership of one organisation (a user belongs to at most one). */
@Entity('organization_members')
export class OrganizationMember {
  @PrimaryColumn('uuid')
  organizationId: string;

  @Index('ux_organization_members_user', { unique: true })
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'varchar', length: 16, default: 'owner' })
  role: 'owner' | 'member';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
