import { Injectable } from '@nestjs/common';
import type { DomainEventMessage } from '@app/shared';
import type { NotifiableEvent } from './notifications.route';
import { DeadlineReminders } from '../reminders/deadline-reminders.service';
import type { Audience } from './audience';
import { ConfirmationAudiences } from './confirmation-audiences';
import { ConnectionAudiences } from './connection-audiences';
import { ConversationAudiences } from './conversation-audiences';
import { DemandAudiences, type DemandPlan } from './demand-audiences';
import { MilestoneAudiences } from './milestone-audiences';
import { OfferInterestAudiences } from './offer-interest-audiences';
import { OrganizationAudiences } from './organization-audiences';
import { PartnershipAudiences } from './partnership-audiences';

/** Who is told what about one domain event, and whether that is all of the event's work. */
export type Plan = DemandPlan;

const complete = (audiences: Audience[]): Plan => ({ audiences, complete: true });

/** Who is told what about one domain event (and, for demands, keeping the reminder in step). */
@Injectable()
export class AudiencePlanner {
  constructor(
    private readonly demands: DemandAudiences,
    private readonly connections: ConnectionAudiences,
    private readonly offerInterests: OfferInterestAudiences,
    private readonly organizations: OrganizationAudiences,
    private readonly conversations: ConversationAudiences,
    private readonly milestones: MilestoneAudiences,
    private readonly partnerships: PartnershipAudiences,
    private readonly confirmations: ConfirmationAudiences,
    private readonly reminders: DeadlineReminders,
  ) {}

  async plan(event: DomainEventMessage<NotifiableEvent>): Promise<Plan> {
    switch (event.aggregateType) {
      case 'demand':
        await this.reminders.sync(event.aggregateId);
        return event.eventType === 'demand.published'
          ? this.demands.published(event)
          : complete([]);
      case 'connection':
        return complete(await this.connections.plan(event));
      case 'offer_interest':
        return complete(await this.offerInterests.plan(event));
      case 'organization':
        return complete(await this.organizations.plan(event));
      case 'conversation_message':
        return complete(await this.conversations.plan(event));
      case 'project_milestone':
        return complete(await this.milestones.plan(event));
      case 'partnership_stall':
        return complete(await this.partnerships.plan(event));
      case 'project_outcome':
        return complete(await this.confirmations.outcome(event));
      case 'practice_log':
        return complete(await this.confirmations.practice(event));
      case 'project':
        // Not routed to the fan-out (NOTIFICATIONS_ROUTE): nobody is told.
        return complete([]);
      case 'password_reset':
      case 'account_link':
      case 'account_notice':
        // Account emails bypass audiences and preferences (AccountEmails).
        return complete([]);
      default:
        // A new aggregate in NotifiableEvent must be planned above (compile error otherwise).
        return unplanned(event);
    }
  }

  /** The search indexer says Meilisearch shows the event's aggregate (ADR 0008). */
  async afterIndexed(event: DomainEventMessage): Promise<Plan> {
    return complete(
      event.eventType === 'demand.published' ? await this.demands.indexed(event) : [],
    );
  }
}

function unplanned(event: never): never {
  throw new Error(`No audience plan for ${JSON.stringify(event)}`);
}
