import type { DomainEventInput } from '@app/shared';
import type { Expert } from './expert.entity';

export const ExpertEvents = {
  Registered: 'expert.registered',
  Updated: 'expert.updated',
} as const;

/** Public facts only: contact details never leave this context through events. */
export function expertEvent(
  type: (typeof ExpertEvents)[keyof typeof ExpertEvents],
  e: Expert,
): DomainEventInput {
  return {
    eventType: type,
    aggregateType: 'expert',
    aggregateId: e.id,
    aggregateVersion: e.version,
    payload: {
      expertId: e.id,
      userId: e.userId,
      name: e.name,
      district: e.district,
      isPublic: e.isPublic,
      availability: e.availability,
    },
  };
}
