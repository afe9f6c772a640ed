import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OfferKind, OfferProvider, OfferStatus } from './offer.types';

export { OfferKind, OfferProvider, OfferStatus } from './offer.types';

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
  @ForeignKey('organizations', { onDelete: 'CASCADE' })
  organizationId: string | null;

  /** The expert profile, when the provider is an expert. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('experts', { onDelete: 'CASCADE' })
  expertId: string | null;

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
