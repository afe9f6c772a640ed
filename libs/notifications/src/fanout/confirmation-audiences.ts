import { Injectable } from '@nestjs/common';
import type { OutcomeEvent, PracticeLogEvent } from '@app/programmes';
import type { DomainEventMessage } from '@app/shared';
import { NotificationKinds as K } from '../notification-kinds';
import type { Audience } from './audience';
import { renderMessage } from './messages';
import { Recipients } from './recipients';

/**
 * Figures that count only once the other side confirms them → that side is asked to:
 * - a project outcome reported by one partner → the members of the other partner organisations
 *   and the other partner experts (the event names them);
 * - a teacher's practice days on an enterprise's R&D demand → the enterprise's members.
 * The confirmations themselves tell nobody. The organisations' webhooks hear of it too.
 */
@Injectable()
export class ConfirmationAudiences {
  constructor(private readonly recipients: Recipients) {}

  async outcome(event: DomainEventMessage<OutcomeEvent>): Promise<Audience[]> {
    if (event.eventType !== 'outcome.reported') return [];
    const p = event.payload;
    const { organizationIds, expertIds } = p.awaiting;
    const [reporter] = p.side.split(':', 2).reverse();
    const [members, experts, names] = await Promise.all([
      this.recipients.membersOf(organizationIds),
      this.recipients.experts([...expertIds, ...(p.side.startsWith('expert:') ? [reporter] : [])]),
      this.recipients.organizationNames(p.side.startsWith('organization:') ? [reporter] : []),
    ]);
    const expertUsers = expertIds.flatMap((id) => {
      const userId = experts.get(id)?.userId;
      return userId ? [userId] : [];
    });
    const kind = K.ConfirmationRequested;
    const { title, body } = renderMessage(kind, {
      projectTitle: p.projectTitle,
      period: p.period,
      partyName: names.get(reporter) ?? experts.get(reporter)?.name,
    });
    return [
      {
        dedupeKey: `${kind}:${event.eventId}`,
        userIds: [...new Set([...members, ...expertUsers])],
        organizationIds,
        content: {
          kind,
          title,
          body,
          link: { type: 'project', id: p.projectId },
          data: { projectId: p.projectId, outcomeId: p.outcomeId, period: p.period },
          sourceEventId: event.eventId,
          occurredAt: event.occurredAt,
        },
      },
    ];
  }

  async practice(event: DomainEventMessage<PracticeLogEvent>): Promise<Audience[]> {
    if (event.eventType !== 'practice.logged') return [];
    const p = event.payload;
    const [members, names] = await Promise.all([
      this.recipients.membersOf([p.enterpriseId]),
      this.recipients.organizationNames([p.collegeId]),
    ]);
    const kind = K.ConfirmationRequested;
    const { title, body } = renderMessage(kind, {
      teacherName: p.teacherName,
      collegeName: names.get(p.collegeId),
      demandTitle: p.demandTitle,
      days: p.days,
      from: p.from,
      to: p.to,
    });
    return [
      {
        dedupeKey: `${kind}:${event.eventId}`,
        userIds: members,
        organizationIds: [p.enterpriseId],
        content: {
          kind,
          title,
          body,
          link: { type: 'practice_log', id: p.logId },
          data: { logId: p.logId, demandId: p.demandId, collegeId: p.collegeId, days: p.days },
          sourceEventId: event.eventId,
          occurredAt: event.occurredAt,
        },
      },
    ];
  }
}
