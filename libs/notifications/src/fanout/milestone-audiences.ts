import { Injectable } from '@nestjs/common';
import type { MilestoneEvent } from '@app/programmes';
import type { DomainEventMessage } from '@app/shared';
import { NotificationKinds as K } from '../notification-kinds';
import type { Audience } from './audience';
import { renderMessage } from './messages';
import { Recipients } from './recipients';

/**
 * An overdue milestone → its owner and the other side: the members of the partner organisations
 * and the partner experts (the event carries who they are; the check runs daily, once per
 * milestone). The organisations' webhooks subscribed to the kind hear of it too.
 */
@Injectable()
export class MilestoneAudiences {
  constructor(private readonly recipients: Recipients) {}

  async plan(event: DomainEventMessage<MilestoneEvent>): Promise<Audience[]> {
    const p = event.payload;
    const [members, experts] = await Promise.all([
      this.recipients.membersOf(p.organizationIds),
      this.recipients.experts(p.expertIds),
    ]);
    const expertUsers = [...experts.values()].flatMap((e) => (e.userId ? [e.userId] : []));
    const userIds = [
      ...new Set([...(p.ownerUserId ? [p.ownerUserId] : []), ...members, ...expertUsers]),
    ];
    const kind = K.MilestoneOverdue;
    const { title, body } = renderMessage(kind, {
      projectTitle: p.projectTitle,
      milestoneTitle: p.title,
      dueDate: p.dueDate,
    });
    return [
      {
        dedupeKey: `${kind}:${event.eventId}`,
        userIds,
        organizationIds: p.organizationIds,
        content: {
          kind,
          title,
          body,
          link: { type: 'project', id: p.projectId },
          data: {
            projectId: p.projectId,
            milestoneId: p.milestoneId,
            dueDate: p.dueDate,
            ownerUserId: p.ownerUserId,
          },
          sourceEventId: event.eventId,
          occurredAt: event.occurredAt,
        },
      },
    ];
  }
}
