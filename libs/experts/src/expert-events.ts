import type { DomainEvent } from '@app/shared';
import type { Availability, Expert } from './expert.entity';

export const ExpertEvents = {
  Registered: 'expert.registered',
  Updated: 'expert.updated',
} as const;

export type ExpertEventType = (typeof ExpertEvents)[keyof typeof ExpertEvents];

/** Public facts only: contact details never leave this context through events. */
export interface ExpertEventPayload {
  expertId: string;
  userId: string | null;
  name: string;
  district: string;
  isPublic: boolean;
  availability: Availability;
}

export type ExpertEvent = DomainEvent<ExpertEventType, ExpertEventPayload, 'expert'>;

export function expertEvent(type: ExpertEventType, e: Expert): ExpertEvent {
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
