import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerType } from './programme.types';

/** One partner of a project: an organisation (enterprise or college) or an expert. */
@Entity('project_partners')
@Check('ck_project_partners_one', `(organization_id IS NOT NULL) <> (expert_id IS NOT NULL)`)
@Index('ix_project_partners_project', ['projectId'])
@Index('ix_project_partners_organization', ['organizationId'])
@Index('ix_project_partners_expert', ['expertId'])
export class ProjectPartner {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  @ForeignKey('projects', { onDelete: 'CASCADE' })
  projectId: string;

  @Column({ type: 'varchar', length: 16 })
  type: PartnerType;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('organizations', { onDelete: 'CASCADE' })
  organizationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('experts', { onDelete: 'CASCADE' })
  expertId: string | null;
}
