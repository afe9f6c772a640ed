import { Injectable } from '@nestjs/common';
import type { DomainEventMessage } from '@app/shared';
import { DeadlineReminders } from '../reminders/deadline-reminders.service';
import type { Audience } from './audience';
import { ConnectionAudiences } from './connection-audiences';
import { DemandAudiences } from './demand-audiences';
import { OrganizationAudiences } from './organization-audiences';

/** Who is told what about one domain event (and, for demands, keeping the reminder in step). */
@Injectable()
export class AudiencePlanner {
  constructor(
    private readonly demands: DemandAudiences,
    private readonly connections: ConnectionAudiences,
    private readonly organizations: OrganizationAudiences,
    private readonly reminders: DeadlineReminders,
  ) {}

  async plan(event: DomainEventMessage): Promise<Audience[]> {
    switch (event.aggregateType) {
      case 'demand':
        await this.reminders.sync(event.aggregateId);
        return event.eventType === 'demand.published' ? this.demands.published(event) : [];
      case 'connection':
        return this.connections.plan(event);
      case 'organization':
        return this.organizations.plan(event);
      default:
        return [];
    }
  }
}
