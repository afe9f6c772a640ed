import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type DomainEventInput, OUTBOX_NOTIFY_CHANNEL } from './domain-event';
import { OutboxEvent } from './outbox-event.entity';

/** Records events inside the caller's transaction, so an event exists if and only if its change does. */
@Injectable()
export class OutboxService {
  async record(manager: EntityManager, ...events: DomainEventInput[]): Promise<void> {
    if (events.length === 0) return;
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Outbox events must be recorded inside a transaction');
    }
    await manager.save(
      events.map((e) =>
        manager.create(OutboxEvent, { ...e, payload: e.payload as Record<string, unknown> }),
      ),
      { reload: false },
    );
    // Wakes the relay at commit time; the relay also polls, so a lost notification only adds latency.
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_NOTIFY_CHANNEL, '']);
  }
}
