import { Injectable } from '@nestjs/common';
import { UserDirectory } from '@app/identity';
import { OrganizationDirectory } from '@app/organizations';
import type { PartnershipEvent } from '@app/programmes';
import type { DomainEventMessage } from '@app/shared';
import { NotificationKinds as K } from '../notification-kinds';
import type { Audience } from './audience';
import { renderMessage } from './messages';

/**
 * A stalled partnership (the daily check, once per stall) → the members of both organisations
 * and the district operators of either one's district (ADR 0016). The two organisations'
 * webhooks subscribed to the kind hear of it too.
 */
@Injectable()
export class PartnershipAudiences {
  constructor(
    private readonly organizations: OrganizationDirectory,
    private readonly users: UserDirectory,
  ) {}

  async plan(event: DomainEventMessage<PartnershipEvent>): Promise<Audience[]> {
    const p = event.payload;
    const orgIds = [p.enterpriseId, p.collegeId];
    const [orgs, members] = await Promise.all([
      this.organizations.byIds(orgIds),
      this.organizations.membersOf(orgIds),
    ]);
    const districts = [...new Set([...orgs.values()].map((o) => o.district))];
    const operators = await this.users.operatorsOf(districts);
    const kind = K.PartnershipStalled;
    const { title, body } = renderMessage(kind, {
      enterpriseName: orgs.get(p.enterpriseId)?.name ?? '',
      collegeName: orgs.get(p.collegeId)?.name ?? '',
      daysSinceActivity: p.daysSinceActivity,
      overdueMilestones: p.overdueMilestones,
      score: p.score,
    });
    return [
      {
        dedupeKey: `${kind}:${event.eventId}`,
        userIds: [...new Set([...members.map((m) => m.userId), ...operators])],
        organizationIds: orgIds,
        content: {
          kind,
          title,
          body,
          // A pair has no id of its own: data names both (GET /partnerships/:enterpriseId/:collegeId).
          link: null,
          data: {
            enterpriseId: p.enterpriseId,
            collegeId: p.collegeId,
            score: p.score,
            daysSinceActivity: p.daysSinceActivity,
            overdueMilestones: p.overdueMilestones,
          },
          sourceEventId: event.eventId,
          occurredAt: event.occurredAt,
        },
      },
    ];
  }
}
