// The job framework: queue definitions, typed producers, processors, the Redis data-loss detector.
export {
  type AnyQueueDefinition,
  defineQueue,
  DOMAIN_EVENTS,
  domainEvents,
  type EventJobs,
  type EventOf,
  type JobHandler,
  type JobHandlers,
  type JobName,
  type JobOf,
  payload,
  type PayloadOf,
  type QueueDefinition,
} from './job-registry';
export { JobProducer, type JobToAdd } from './job-producer';
export { JobProcessor, UnknownJobError } from './job-processor';
export { JobRegistryModule } from './job-registry.module';
export { type MarkerStore, RedisDataLoss } from './redis-data-loss';
export { withTimeout } from './with-timeout';
