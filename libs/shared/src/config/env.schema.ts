import { plainToInstance, Transform } from 'class-transformer';
import {
  Equals,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';
import { NotAnExampleSecretInProduction } from './example-secrets';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes'].includes(String(value));

/** DATABASE_URL's rule, shared by the app's config and the schema tools' (validateDatabaseUrl). */
const IsPostgresUrl = () =>
  Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' });

/**
 * Every environment variable the platform reads. Nothing else reads `process.env`:
 * inject `AppConfig` instead. Validated once at boot; a bad or missing variable stops the
 * process with a message that names it.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  /** HTTP port of the api app. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** PostgreSQL connection URL (source of truth). */
  @IsPostgresUrl()
  DATABASE_URL: string;

  /** Redis connection URL (BullMQ queues, rate limits). */
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL: string;

  /** Meilisearch base URL. */
  @IsUrl({ require_tld: false, require_protocol: true })
  MEILI_URL: string;

  /** Meilisearch API key (sensitive). */
  @IsString()
  @MinLength(16)
  @NotAnExampleSecretInProduction()
  MEILI_MASTER_KEY: string;

  /** HMAC secret for access tokens (sensitive, at least 32 characters). */
  @IsString()
  @MinLength(32)
  @NotAnExampleSecretInProduction()
  JWT_SECRET: string;

  /** Lifetime of an access token, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  JWT_ACCESS_TTL_SECONDS = 900;

  /** Lifetime of a refresh token, in days. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /**
   * How long an api instance trusts a session it has seen live without asking PostgreSQL, in
   * milliseconds (revocations reach every instance at once over Redis; 0 turns the cache off).
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60000)
  SESSION_CACHE_TTL_MS = 10000;

  /** Failed logins allowed per account and client address in one window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS = 10;

  /** Login attempts allowed per client address in one window (stops credential stuffing). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_PER_ADDRESS = 100;

  /**
   * Requests that email a submitted address (sign-up, password reset, verification resend)
   * allowed per client address and kind in one hour; each address itself gets 5 (ADR 0017).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  EMAIL_REQUESTS_MAX_PER_CLIENT = 30;

  /** Length of the login rate-limit window, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 900;

  /** Lifetime of a password-reset link, in minutes. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(1440)
  PASSWORD_RESET_TTL_MINUTES = 30;

  /** Lifetime of an e-mail verification or e-mail change link (ADR 0017). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(168)
  EMAIL_LINK_TTL_HOURS = 48;

  /** Lifetime of a profile-claim link sent to an imported expert or organisation (ADR 0017). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(90)
  CLAIM_LINK_TTL_DAYS = 30;

  /** Lifetime of an invitation to join an organisation's team (ADR 0017). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30)
  TEAM_INVITATION_TTL_DAYS = 7;

  /** Requests per minute per client address across the API (429 beyond); 0 turns it off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  RATE_LIMIT_PER_MINUTE = 600;

  /**
   * Directory of the built web console (`npm run build` writes dist/web), served by the api at
   * `/` (ADR 0022); relative paths resolve against the working directory. Empty: no console
   * (`/` is a 404). A directory without index.html is reported at boot and not served.
   */
  @IsString()
  WEB_DIST_DIR = 'dist/web';

  /** Comma-separated origins allowed by CORS (empty: same origin only). */
  @IsOptional()
  @IsString()
  CORS_ORIGINS = '';

  /**
   * Longest wait, in milliseconds, between two tries of a job that needs Meilisearch while it is
   * unavailable (the wait starts at 1 s and doubles): how late such jobs catch up once it is back.
   */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  SEARCH_OUTAGE_RETRY_MAX_MS = 60_000;

  /** Prefix of the Meilisearch index names (one deployment or test run per prefix). */
  @IsString()
  @Matches(/^[a-z0-9_-]+$/)
  MEILI_INDEX_PREFIX = 'chanjiao';

  /** Prefix of every BullMQ key in Redis. */
  @IsString()
  @Matches(/^[a-z0-9_-]+$/)
  QUEUE_PREFIX = 'chanjiao';

  /** How often the worker looks for unsent outbox rows, in milliseconds. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  OUTBOX_POLL_MS = 250;

  /**
   * Days a published and handled outbox event (with its receipts, and the stale-event claims of
   * aggregates with no event left) is kept. Longer than the 7 days a Redis data loss is repaired
   * over and that failed jobs are kept, so pruning never removes what a replay or retry needs.
   */
  @Transform(toInt)
  @IsInt()
  @Min(8)
  @Max(3650)
  OUTBOX_RETENTION_DAYS = 14;

  /** Days an ended session (revoked, or no refresh token valid) and an expired refresh token are kept. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  SESSION_RETENTION_DAYS = 30;

  /**
   * Days a sent email and a delivered webhook (with its attempt log) are kept; dead and pending
   * ones are never pruned. Never shorter than OUTBOX_RETENTION_DAYS in effect (the larger
   * applies): a delivery's idempotency key stops a retried event from sending twice.
   */
  @Transform(toInt)
  @IsInt()
  @Min(8)
  @Max(3650)
  DELIVERY_LOG_RETENTION_DAYS = 90;

  /** Local hour (NOTIFY_TIMEZONE) of the worker's daily pruning run. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(23)
  PRUNE_HOUR = 4;

  /** Minutes between refreshes of the city's statistics (materialised views, ADR 0020). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  INSIGHT_REFRESH_MINUTES = 10;

  /** Seconds a statistics answer is kept per section and filters (0: never kept). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600)
  INSIGHT_CACHE_SECONDS = 60;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Log each HTTP request (off in tests and benchmarks). */
  @Transform(toBool)
  HTTP_REQUEST_LOGS = true;

  /** SMTP server for notification emails, e.g. smtp://user:pass@smtp.example.com:587. */
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL = 'smtp://127.0.0.1:2525';

  /** Sender of notification emails. */
  @IsString()
  @MinLength(3)
  MAIL_FROM = '产教融合服务平台 <noreply@chanjiao.local>';

  /** Base URL of the web console, for links in emails and webhook payloads. */
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_WEB_URL = 'http://localhost:3000';

  /** Time zone of quiet hours and of the daily digest. */
  @IsString()
  NOTIFY_TIMEZONE = 'Asia/Shanghai';

  /** Local hour (0-23) at which daily digests are sent. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(23)
  DIGEST_HOUR = 8;

  /** How many best-matched experts and colleges are told about a newly published demand. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100)
  NOTIFY_MATCH_LIMIT = 20;

  /** Days before a demand's deadline that its owner is reminded. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30)
  DEADLINE_REMINDER_DAYS = 3;

  /** Time limit of one webhook delivery, in milliseconds. */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /**
   * Lets webhook URLs point at loopback, link-local and private addresses. For tests and local
   * development only: it opens the door to SSRF, so production refuses to start with it.
   */
  @Transform(toBool)
  @ValidateIf((env: EnvironmentVariables) => env.NODE_ENV === 'production')
  @Equals(false, { message: 'WEBHOOK_ALLOW_PRIVATE_URLS must be false in production' })
  WEBHOOK_ALLOW_PRIVATE_URLS = false;

  /**
   * Serve the OpenAPI UI and document (/api/docs, /api/docs-json). Unset: on, except in
   * production, where the map of every operation is an attacker's first step.
   */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  API_DOCS_ENABLED?: boolean;

  /**
   * Bearer token that the api's `GET /metrics` requires (metrics reveal operational detail): at
   * least 32 characters, not an example value in production. Unset: /metrics is open, which the
   * api allows outside production only (it refuses to start without one in production).
   */
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsOptional()
  @IsString()
  @MinLength(32)
  @NotAnExampleSecretInProduction()
  METRICS_TOKEN?: string;

  /**
   * Where message attachments are kept: `local` (a directory, STORAGE_DIR) or `s3` (any
   * S3-compatible object store: S3_ENDPOINT, S3_REGION, S3_BUCKET and the credentials).
   */
  @IsIn(['local', 's3'])
  STORAGE_DRIVER: 'local' | 's3' = 'local';

  /** Directory of the local attachment store (created if missing). */
  @IsString()
  @MinLength(1)
  STORAGE_DIR = '.data/attachments';

  /**
   * Directory of the yearly reports' files (created if missing): the worker writes them, the api
   * streams them, so both need it (one volume in docker/compose.yml).
   */
  @IsString()
  @MinLength(1)
  REPORTS_DIR = '.data/reports';

  /** S3 endpoint URL; unset: AWS's own endpoint for S3_REGION. */
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  S3_ENDPOINT?: string;

  @IsString()
  @MinLength(1)
  S3_REGION = 'us-east-1';

  /** Bucket of the attachments (required when STORAGE_DRIVER=s3). */
  @ValidateIf((env: EnvironmentVariables) => env.STORAGE_DRIVER === 's3')
  @IsString()
  @MinLength(3)
  S3_BUCKET?: string;

  /** Access key id (sensitive; required when STORAGE_DRIVER=s3). */
  @ValidateIf((env: EnvironmentVariables) => env.STORAGE_DRIVER === 's3')
  @IsString()
  @MinLength(1)
  S3_ACCESS_KEY_ID?: string;

  /** Secret access key (sensitive; required when STORAGE_DRIVER=s3; no example value in production). */
  @ValidateIf((env: EnvironmentVariables) => env.STORAGE_DRIVER === 's3')
  @IsString()
  @MinLength(1)
  @NotAnExampleSecretInProduction()
  S3_SECRET_ACCESS_KEY?: string;

  /** Path-style URLs (http://host/bucket/key), as MinIO and most self-hosted stores need. */
  @Transform(toBool)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = false;

  /** `admin:create` only: the first operator's password when `--password` is not given. */
  @IsOptional()
  @IsString()
  ADMIN_PASSWORD?: string;
}

export type AppConfig = EnvironmentVariables;

/** Whether the api serves its OpenAPI UI (see `API_DOCS_ENABLED`). */
export function apiDocsEnabled(config: Pick<AppConfig, 'API_DOCS_ENABLED' | 'NODE_ENV'>): boolean {
  return config.API_DOCS_ENABLED ?? config.NODE_ENV !== 'production';
}

/** What tools that only touch the schema need (migrations, the TypeORM command line). */
class DatabaseVariables {
  @IsPostgresUrl()
  DATABASE_URL: string;
}
export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigValidationError extends Error {}

export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const config = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => {
      const value = raw[e.property];
      const reason =
        value === undefined || value === ''
          ? 'is missing'
          : Object.values(e.constraints ?? {}).join('; ');
      return `  - ${e.property} ${reason}`;
    });
    throw new ConfigValidationError(
      `Invalid configuration (see README "Environment variables"):\n${lines.join('\n')}`,
    );
  }
  return config;
}

/** DATABASE_URL validated by the same rule as at boot, for tools that need nothing else. */
export function validateDatabaseUrl(raw: Record<string, unknown>): string {
  const config = plainToInstance(DatabaseVariables, raw);
  const [error] = validateSync(config);
  if (error) {
    const reason =
      raw.DATABASE_URL === undefined || raw.DATABASE_URL === ''
        ? 'is missing (set it in the environment or in .env)'
        : Object.values(error.constraints ?? {}).join('; ');
    throw new ConfigValidationError(`Invalid configuration: DATABASE_URL ${reason}`);
  }
  return config.DATABASE_URL;
}
