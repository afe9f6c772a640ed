import type { Job } from 'bullmq';
import type { DomainEvent, DomainEventMessage } from '../outbox/domain-event';
import type { QueueName } from './queues';

/** A job's payload type, carried by a value so that names and types are declared together. */
export interface Payload<T> {
  /** Never set: only the type matters. */
  readonly payloadType?: T;
}

/** Declares the payload type of one job name: `{ send: payload<SendEmailJob>() }`. */
export function payload<T>(): Payload<T> {
  return {};
}

export type JobPayloads = Record<string, Payload<unknown>>;

/**
 * Domain events the outbox relay routes to a queue; each such job is named after its event type
 * (`demand.published`), so the route's `accepts` is the list of those names.
 */
export interface EventJobs<E extends DomainEvent> {
  accepts(eventType: string): boolean;
  /** Never set: only the type matters. */
  readonly eventType?: E;
}

/** Declares that a queue takes the domain events `route` accepts, typed as `E`. */
export function domainEvents<E extends DomainEvent>(route: {
  accepts(eventType: string): boolean;
}): EventJobs<E> {
  return { accepts: (type) => route.accepts(type) };
}

/** One queue: its name, the job names it carries and their payloads. */
export interface QueueDefinition<
  J extends JobPayloads = JobPayloads,
  E extends DomainEvent = never,
> {
  readonly name: QueueName;
  readonly jobs: J;
  readonly events?: EventJobs<E>;
}

export function defineQueue<J extends JobPayloads, E extends DomainEvent = never>(
  name: QueueName,
  jobs: J,
  events?: EventJobs<E>,
): QueueDefinition<J, E> {
  return { name, jobs, events };
}

/** Every definition is one of these (payloads and events are read-only, hence covariant). */
export type AnyQueueDefinition = QueueDefinition<JobPayloads, DomainEvent>;

export type JobName<D extends AnyQueueDefinition> = keyof D['jobs'] & string;
export type PayloadOf<D extends AnyQueueDefinition, N extends JobName<D>> =
  D['jobs'][N] extends Payload<infer T> ? T : never;
export type EventOf<D extends AnyQueueDefinition> =
  NonNullable<D['events']> extends EventJobs<infer E> ? E : never;

/** The handler-table key of a queue's domain events (a symbol: never a job name). */
export const DOMAIN_EVENTS = Symbol('domain events');

export type JobHandler<T> = (job: Job<T>, token?: string) => Promise<unknown>;

/**
 * A processor's dispatch table: exactly one handler per declared job name, plus one for the
 * domain events when the queue takes some.
 */
export type JobHandlers<D extends AnyQueueDefinition> = {
  [N in JobName<D>]: JobHandler<PayloadOf<D, N>>;
} & ([EventOf<D>] extends [never]
  ? unknown
  : { [DOMAIN_EVENTS]: JobHandler<DomainEventMessage<EventOf<D>>> });

/** A job added to a queue: a declared name with its payload type. */
export type JobOf<D extends AnyQueueDefinition> = {
  [N in JobName<D>]: { name: N; data: PayloadOf<D, N> };
}[JobName<D>];
