import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { OrganizationRole } from '../team/organization-roles';
import { Organization } from './organization.entity';

/** A user's membership of one organisation (a user belongs to at most one). */
@Entity('organization_members')
export class OrganizationMember {
  @PrimaryColumn('uuid')
  organizationId: string;

  /** The account (identity context): an id only, read through UserDirectory. */
  @Index('ux_organization_members_user', { unique: true })
  @PrimaryColumn('uuid')
  @ForeignKey('users', { onDelete: 'CASCADE' })
  userId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** owner, manager or member (ADR 0018); whoever registers the organisation is its owner. */
  @Column({ type: 'varchar', length: 16, default: OrganizationRole.Owner })
  role: OrganizationRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
