import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A user's membership of one organisation (a user belongs to at most one). */
@Entity('organization_members')
export class OrganizationMember {
  @PrimaryColumn('uuid')
  organizationId: string;

  @Index('ux_organization_members_user', { unique: true })
  @PrimaryColumn('uuid')
  userId: string;

  @Column({ length: 16, default: 'owner' })
  role: 'owner' | 'member';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
