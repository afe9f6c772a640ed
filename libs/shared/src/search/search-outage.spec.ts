import { describe, expect, it, jest } from '@jest/globals';
import { DelayedError, type Job } from 'bullmq';
import { DomainError } from '../errors/domain-error';
import { MeilisearchHttpError } from './keep-alive-http-client';
import {
  isSearchUnavailable,
  outageDelayMs,
  postponeWhileSearchUnavailable,
} from './search-outage';

/** How the Meilisearch client wraps whatever its transport rejected with. */
const wrapped = (cause: unknown) =>
  Object.assign(new Error('Request to /multi-search has failed', { cause }), {
    name: 'MeilisearchRequestError',
  });
const refused = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });

describe('isSearchUnavailable', () => {
  it('recognises an unreachable, timed-out or failing Meilisearch', () => {
    expect(isSearchUnavailable(wrapped(refused()))).toBe(true);
    expect(isSearchUnavailable(wrapped(new Error('socket hang up')))).toBe(true);
    expect(isSearchUnavailable(wrapped(new MeilisearchHttpError(503, undefined)))).toBe(true);
    const timeout = Object.assign(new Error('aborted'), { name: 'AbortError' });
    expect(isSearchUnavailable(wrapped(timeout))).toBe(true);
    const unavailable = new DomainError('unavailable', 'SEARCH_UNAVAILABLE', 'Matching is down');
    expect(isSearchUnavailable(unavailable)).toBe(true);
  });

  it('leaves requests Meilisearch refused, other domain errors and bugs alone', () => {
    const badFilter = new MeilisearchHttpError(400, { code: 'invalid_search_filter' });
    expect(isSearchUnavailable(wrapped(badFilter))).toBe(false);
    expect(isSearchUnavailable(DomainError.notFound('Demand'))).toBe(false);
    expect(
      isSearchUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')")),
    ).toBe(false);
    expect(isSearchUnavailable(refused())).toBe(true); // a socket error is one at any depth
    expect(isSearchUnavailable(undefined)).toBe(false);
  });
});

describe('outageDelayMs', () => {
  const backoff = { firstMs: 1000, maxMs: 60_000 };
  it('doubles with each postponement up to the cap; real failed attempts do not count', () => {
    expect(outageDelayMs({ attemptsStarted: 1, attemptsMade: 0 }, backoff)).toBe(1000);
    expect(outageDelayMs({ attemptsStarted: 3, attemptsMade: 0 }, backoff)).toBe(4000);
    expect(outageDelayMs({ attemptsStarted: 3, attemptsMade: 2 }, backoff)).toBe(1000);
    expect(outageDelayMs({ attemptsStarted: 5000, attemptsMade: 0 }, backoff)).toBe(60_000);
  });
});

describe('postponeWhileSearchUnavailable', () => {
  const backoff = { firstMs: 100, maxMs: 1000 };
  const fakeJob = () => {
    const moveToDelayed = jest.fn((_timestamp: number, _token?: string) => Promise.resolve());
    const job = { attemptsStarted: 2, attemptsMade: 0, moveToDelayed } as unknown as Job;
    return { job, moveToDelayed };
  };

  it('returns what the work returns', async () => {
    const { job, moveToDelayed } = fakeJob();
    await expect(postponeWhileSearchUnavailable(job, 't', backoff, async () => 7)).resolves.toBe(7);
    expect(moveToDelayed).not.toHaveBeenCalled();
  });

  it('moves the job to the delayed set instead of failing it while Meilisearch is away', async () => {
    const { job, moveToDelayed } = fakeJob();
    const before = Date.now();
    const outcome = postponeWhileSearchUnavailable(job, 'lock-token', backoff, () =>
      Promise.reject(wrapped(refused())),
    );
    await expect(outcome).rejects.toBeInstanceOf(DelayedError);
    const [timestamp, token] = moveToDelayed.mock.calls[0];
    expect(token).toBe('lock-token');
    expect(timestamp).toBeGreaterThanOrEqual(before + 200); // second postponement: 2 × 100 ms
    expect(timestamp).toBeLessThanOrEqual(Date.now() + 200);
  });

  it('lets any other error fail the attempt as usual', async () => {
    const { job, moveToDelayed } = fakeJob();
    const bug = new TypeError('bug');
    await expect(
      postponeWhileSearchUnavailable(job, 't', backoff, () => Promise.reject(bug)),
    ).rejects.toBe(bug);
    expect(moveToDelayed).not.toHaveBeenCalled();
  });
});
