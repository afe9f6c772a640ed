import { Injectable } from '@nestjs/common';
import type { OrganizationEvent } from '@app/organizations';
import type { DomainEventMessage } from '@app/shared';
import { NotificationKinds as K } from '../notification-kinds';
import type { Audience } from './audience';
import { renderMessage } from './messages';
import { Recipients } from './recipients';

/** Verified or rejected (with the operators' reason) → the organisation's members. */
@Injectable()
export class OrganizationAudiences {
  constructor(private readonly recipients: Recipients) {}

  async plan(event: DomainEventMessage<OrganizationEvent>): Promise<Audience[]> {
    const kind =
      event.eventType === 'organization.verified'
        ? K.OrganizationVerified
        : event.eventType === 'organization.rejected'
          ? K.OrganizationRejected
          : null;
    if (!kind) return [];
    const organizationId = event.aggregateId;
    const { name } = event.payload;
    const reason = event.payload.reason ?? null;
    const { title, body } = renderMessage(kind, { organizationName: name, reason });
    return [
      {
        dedupeKey: `${kind}:${event.eventId}`,
        userIds: await this.recipients.membersOf([organizationId]),
        organizationIds: [organizationId],
        content: {
          kind,
          title,
          body,
          link: { type: 'organization', id: organizationId },
          data: { organizationId, ...(reason ? { reason } : {}) },
          sourceEventId: event.eventId,
          occurredAt: event.occurredAt,
        },
      },
    ];
  }
}
