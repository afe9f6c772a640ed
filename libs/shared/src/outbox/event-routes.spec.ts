import { describe, expect, it } from '@jest/globals';
import { Queues } from '../queue/queues';
import type { DomainEvent } from './domain-event';
import { eventRoute } from './event-routes';

type ThingEvent = DomainEvent<'thing.made' | 'thing.renamed' | 'thing.archived', object, 'thing'>;

describe('eventRoute', () => {
  const route = eventRoute<ThingEvent>({
    queue: Queues.Notifications,
    events: { 'thing.made': true, 'thing.renamed': false, 'thing.archived': true },
    receipts: true,
  });

  it('accepts the events marked as handled, and nothing else', () => {
    expect(route.accepts('thing.made')).toBe(true);
    expect(route.accepts('thing.archived')).toBe(true);
    expect(route.accepts('thing.renamed')).toBe(false);
    expect(route.accepts('other.made')).toBe(false);
    expect(route).toMatchObject({ queue: Queues.Notifications, receipts: true });
  });

  it('makes every event of the union a decision (checked by the compiler)', () => {
    eventRoute<ThingEvent>({
      queue: Queues.Notifications,
      // @ts-expect-error 'thing.archived' is missing: a new event kind fails to compile.
      events: { 'thing.made': true, 'thing.renamed': false },
    });
    eventRoute<ThingEvent>({
      queue: Queues.Notifications,
      // @ts-expect-error not an event of the union.
      events: { 'thing.made': true, 'thing.renamed': false, 'thing.archived': true, 'x.y': true },
    });
  });
});
