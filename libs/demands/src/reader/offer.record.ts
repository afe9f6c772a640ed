import type { Offer } from '../offers/offer.entity';
import type { OfferKind, OfferProvider, OfferStatus } from '../offers/offer.types';

/** An offer as other contexts read it: a plain, read-only copy (no entity, no TypeORM). */
export interface OfferRecord {
  readonly id: string;
  readonly kind: OfferKind;
  readonly providerType: OfferProvider;
  /** The college, when the provider is a college. */
  readonly organizationId: string | null;
  /** The expert profile, when the provider is an expert. */
  readonly expertId: string | null;
  readonly title: string;
  readonly description: string;
  readonly fields: readonly string[];
  readonly tags: readonly string[];
  readonly industryCodes: readonly string[];
  readonly status: OfferStatus;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export function toOfferRecord(o: Offer): OfferRecord {
  return {
    id: o.id,
    kind: o.kind,
    providerType: o.providerType,
    organizationId: o.organizationId,
    expertId: o.expertId,
    title: o.title,
    description: o.description,
    fields: [...o.fields],
    tags: [...o.tags],
    industryCodes: [...o.industryCodes],
    status: o.status,
    version: o.version,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}
