import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Expert } from '@app/experts';
import { Organization } from '@app/organizations';

export enum OfferKind {
  ResearchResult = 'research_result',
  TrainingProgramme = 'training_programme',
  ConsultingService = 'consulting_service',
}

export enum OfferProvider {
  College = 'college',
  Expert = 'expert',
}

export enum OfferStatus {
  Active = 'active',
  Archived = 'archived',
}

/** What a college or an expert offers to enterprises: results, training, consulting. */
@Entity('offers')
@Check('ck_offers_one_provider', '(organization_id IS NULL) <> (expert_id IS NULL)')
@Index('ix_offers_public', ['status', 'createdAt'])
export class Offer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: OfferKind, enumName: 'offer_kind' })
  kind: OfferKind;

  @Column({ type: 'enum', enum: OfferProvider, enumName: 'offer_provider' })
  providerType: OfferProvider;

  /** The college, when the provider is a college. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** The expert profile, when the provider is an expert. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  expertId: string | null;

  @ManyToOne(() => Expert, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id' })
  expert?: Expert;

  @Column('uuid')
  createdBy: string;

  @Column({ length: 100 })
  title: string;

  @Column('text', { default: '' })
  description: string;

  @Column('text', { array: true, default: '{}' })
  fields: string[];

  @Column('text', { array: true, default: '{}' })
  tags: string[];

  @Column('text', { array: true, default: '{}' })
  industryCodes: string[];

  @Column({
    type: 'enum',
    enum: OfferStatus,
    enumName: 'offer_status',
    default: OfferStatus.Active,
  })
  status: OfferStatus;

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
