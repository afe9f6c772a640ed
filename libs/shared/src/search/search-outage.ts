import { DelayedError, type Job } from 'bullmq';
import { DomainError } from '../errors/domain-error';

/** Node's socket errors: Meilisearch is not reachable (down, restarting, network cut). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ETIMEDOUT',
  'ABORT_ERR',
]);
/** The client's own names for "no answer in time". */
const TIMEOUT_NAMES = new Set([
  'AbortError',
  'TimeoutError',
  'MeilisearchRequestTimeOutError',
  'MeilisearchTaskTimeOutError',
]);

/**
 * True when `error` means Meilisearch is unavailable (not reachable, timed out, or answering 5xx),
 * as opposed to a request it refused (4xx) or a bug: only the former is worth waiting out.
 * Matching and search report an outage as `DomainError` `SEARCH_UNAVAILABLE`.
 */
export function isSearchUnavailable(error: unknown): boolean {
  if (error instanceof DomainError) return error.code === 'SEARCH_UNAVAILABLE';
  let transportFailed = false;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { name, code, status } = current as { name?: unknown; code?: unknown; status?: unknown };
    if (typeof status === 'number') return status >= 500;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    if (typeof name === 'string' && TIMEOUT_NAMES.has(name)) return true;
    // The client wraps whatever its transport threw; without an HTTP status it never got an answer.
    if (name === 'MeilisearchRequestError') transportFailed = true;
    current = (current as { cause?: unknown }).cause;
  }
  return transportFailed;
}

/** How long a job that needs Meilisearch waits before its next try while Meilisearch is away. */
export interface OutageBackoff {
  /** Wait before the second try; doubles from there. */
  firstMs: number;
  /** Longest wait: how late a job catches up once Meilisearch is back. */
  maxMs: number;
}

/** 1 s doubling up to `maxMs` (SEARCH_OUTAGE_RETRY_MAX_MS); a cap below 1 s is used throughout. */
export function outageBackoff(maxMs: number): OutageBackoff {
  return { firstMs: Math.min(1000, maxMs), maxMs };
}

/**
 * Runs `work`; if it fails because Meilisearch is unavailable, moves the job back to the delayed
 * set and throws BullMQ's `DelayedError`. That is not a failed attempt, so an outage of any length
 * never exhausts `attempts` and nothing ends in the failed list; other errors propagate and are
 * retried or failed as usual. The wait doubles with each postponement (`attemptsStarted` counts
 * them), up to `backoff.maxMs`.
 */
export async function postponeWhileSearchUnavailable<T>(
  job: Job,
  token: string | undefined,
  backoff: OutageBackoff,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!token || !isSearchUnavailable(error)) throw error;
    await job.moveToDelayed(Date.now() + outageDelayMs(job, backoff), token);
    throw new DelayedError(`Meilisearch unavailable, postponed: ${(error as Error).message}`);
  }
}

/** The wait before the next try: each postponement so far doubles it, capped. */
export function outageDelayMs(
  job: Pick<Job, 'attemptsStarted' | 'attemptsMade'>,
  backoff: OutageBackoff,
): number {
  const postponements = Math.max(0, job.attemptsStarted - job.attemptsMade - 1);
  return Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.min(postponements, 30));
}
