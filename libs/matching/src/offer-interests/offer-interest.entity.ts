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
import { DeclineReason } from '../connections/connection.types';
import { OfferInterestStatus, OfferOwnerType } from './offer-interest.types';

/**
 * An enterprise's or college's interest in an offer (a research result, a training programme, a
 * consulting service). The offer's owner (the expert, or the college) accepts or declines with a
 * reason; contacts are shown to both once accepted, as for demands.
 */
@Entity('offer_interests')
@Check(
  'ck_offer_interests_one_owner',
  `(owner_type = 'expert' AND owner_expert_id IS NOT NULL AND owner_organization_id IS NULL) OR (owner_type = 'college' AND owner_organization_id IS NOT NULL AND owner_expert_id IS NULL)`,
)
@Check('ck_offer_interests_status', `status IN ('pending', 'connected', 'declined', 'withdrawn')`)
@Check(
  'ck_offer_interests_decline_note',
  `decline_reason IS DISTINCT FROM 'other' OR decline_note IS NOT NULL`,
)
// A withdrawn interest frees the pair; a declined one does not.
@Index('ux_offer_interests_offer_organization', ['offerId', 'organizationId'], {
  unique: true,
  where: `status <> 'withdrawn'`,
})
@Index('ix_offer_interests_organization', ['organizationId', 'createdAt'])
@Index('ix_offer_interests_owner_expert', ['ownerExpertId', 'createdAt'])
@Index('ix_offer_interests_owner_organization', ['ownerOrganizationId', 'createdAt'])
export class OfferInterest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  @ForeignKey('offers', { onDelete: 'CASCADE' })
  offerId: string;

  /** The offer's provider, copied so that listings and rights need no join. */
  @Column({ type: 'varchar', length: 16 })
  ownerType: OfferOwnerType;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('experts', { onDelete: 'CASCADE' })
  ownerExpertId: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('organizations', { onDelete: 'CASCADE' })
  ownerOrganizationId: string | null;

  /** The interested enterprise or college. */
  @Column('uuid')
  @ForeignKey('organizations', { onDelete: 'CASCADE' })
  organizationId: string;

  @Column({ length: 1000 })
  message: string;

  @Column({ type: 'varchar', length: 16, default: OfferInterestStatus.Pending })
  status: OfferInterestStatus;

  @Column({
    type: 'enum',
    enum: DeclineReason,
    enumName: 'connection_decline_reason',
    nullable: true,
  })
  declineReason: DeclineReason | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  declineNote: string | null;

  @Column('uuid')
  createdBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  respondedBy: string | null;

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
