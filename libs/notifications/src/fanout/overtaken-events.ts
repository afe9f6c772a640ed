import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { claimVersions, type DomainEventMessage, Queues } from '@app/shared';

/**
 * A retry or a Redis replay can deliver an event after a newer one of the same kind and
 * aggregate (demand.updated v3 after v4): telling people the older news would be wrong. The
 * fan-out claims each (aggregate, kind) version and drops what was overtaken. Consumers that
 * mirror state (search, deadline reminders) re-read the aggregate instead, so they need no claim.
 */
@Injectable()
export class OvertakenEvents {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async isOvertaken(event: DomainEventMessage): Promise<boolean> {
    const ref = {
      scope: `${event.aggregateType}:${event.eventType}`,
      aggregateId: event.aggregateId,
      version: event.aggregateVersion,
    };
    const current = await claimVersions(this.dataSource.manager, Queues.Notifications, [ref]);
    return current.length === 0;
  }
}
