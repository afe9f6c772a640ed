import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganizationRole } from '../team/organization-roles';
import { Organization } from './organization.entity';

/**
 * A colleague invited by e-mail to join the organisation's team with a role (ADR 0018). The
 * emailed link is an identity account link (purpose team_invitation, subject this row); the row
 * says what accepting does and whether it is still pending.
 */
@Entity('organization_invitations')
@Index('ix_organization_invitations_organization', ['organizationId', 'createdAt'])
export class OrganizationInvitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** Lower-cased address the link goes to; accepting binds the account of that address. */
  @Column({ length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 16 })
  role: OrganizationRole;

  /** Who invited (identity context; an id only). */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'SET NULL' })
  invitedBy: string | null;

  /** The last link's expiry: a re-send moves it. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'SET NULL' })
  acceptedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
