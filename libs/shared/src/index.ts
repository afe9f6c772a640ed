export * from './auth/auth.decorators';
export * from './auth/principal';
export { AppConfigModule } from './config/config.module';
export { loadDotEnv, rawEnvironment } from './config/dotenv';
export {
  APP_CONFIG,
  apiDocsEnabled,
  type AppConfig,
  ConfigValidationError,
  EnvironmentVariables,
  validateDatabaseUrl,
  validateEnvironment,
} from './config/env.schema';
export { DatabaseModule } from './database/database.module';
export { LoggingModule } from './logging/logging.module';
export { assignRequestId } from './logging/request-id';
export { databaseOptions } from './database/database-options';
export { escapeLike } from './database/like';
export { idPage } from './database/id-page';
export { serializeOn } from './database/serialize-on';
export { inTransaction, isUniqueViolation } from './database/transaction';
export {
  hydrate,
  prepared,
  type PreparedStatement,
  queryPrepared,
  selectListOf,
} from './database/prepared';
export * from './errors/domain-error';
export { readCookie } from './http/cookie';
export { definedOnly } from './http/defined-only';
export { IdParam } from './http/id-param';
export { IsIsoDate, isIsoDate } from './http/iso-date';
export { Optional } from './http/optional';
export { StringList } from './http/string-list';
export { inspectInput, type InputLimits, type InputProblem } from './http/hostile-input';
export { DEFAULT_INPUT_LIMITS, refuseHostileInput } from './http/hostile-input.middleware';
export { ProblemDetailsFilter } from './http/problem-details.filter';
export { PROBLEM_CONTENT_TYPE, type ProblemDetails } from './http/problem-details';
export { flattenValidationErrors, validationExceptionFactory } from './http/validation-exception';
export * from './outbox/domain-event';
export { OutboxEvent } from './outbox/outbox-event.entity';
export { AppliedVersion } from './outbox/applied-version.entity';
export { claimVersions, type VersionedRef } from './outbox/applied-versions';
export { OutboxReceipt } from './outbox/outbox-receipt.entity';
export { recordReceipts } from './outbox/outbox-receipts';
export { OutboxModule } from './outbox/outbox.module';
export { OutboxRelayModule } from './outbox/outbox-relay.module';
export { OutboxRelayService } from './outbox/outbox-relay.service';
export { OutboxService } from './outbox/outbox.service';
export * from './pagination/page';
export {
  daysBefore,
  DEFAULT_PRUNE_BATCH,
  type PruneBatch,
  type PruneCount,
  type PruneOptions,
  type PruneRun,
  pruneRun,
  walkInBatches,
} from './maintenance/batched-prune';
export { OutboxPruner } from './maintenance/outbox-pruner';
export { QueueModule } from './queue/queue.module';
export {
  CAPPED_BACKOFF,
  cappedBackoff,
  jobWorkerOptions,
  MAX_STALLED_COUNT,
  type QueueName,
  Queues,
} from './queue/queues';
export { EVENT_ROUTES, type EventRoute, eventRoute } from './outbox/event-routes';
export * from './queue';
export { withTimeout } from './queue/with-timeout';
export { REDIS, RedisModule } from './redis/redis.module';
export { redisOptionsFromUrl } from './redis/redis-options';
export { MEILISEARCH, MeilisearchModule } from './search/meilisearch.module';
export { meiliErrorCode } from './search/meili-error-code';
export { TaskWaitTimeout, waitForTask } from './search/wait-for-task';
export {
  isSearchUnavailable,
  outageBackoff,
  type OutageBackoff,
  outageDelayMs,
  postponeWhileSearchUnavailable,
} from './search/search-outage';
export {
  RESPONSIVENESS_LOOKUP,
  type ResponsivenessLookup,
  ResponsivenessView,
} from './profiles/responsiveness';
export { attachmentDisposition, csvCell, UTF8_BOM, writeCsv } from './export/csv';
