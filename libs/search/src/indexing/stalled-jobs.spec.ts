import { describe, expect, it } from '@jest/globals';
import { MAX_STALLED_COUNT } from '@app/shared';
import { SearchIndexProcessor } from './search-index.processor';

describe('the search-index worker and worker crashes', () => {
  // BullMQ's default (1) failed a job that two worker kills caught running (found by the soak
  // test: npm run soak -- --faults worker --gap 3-6); a failed event job is only retried by hand.
  it('runs a job found stalled again, up to MAX_STALLED_COUNT times', () => {
    const options = Reflect.getMetadata('bullmq:worker_metadata', SearchIndexProcessor) as {
      maxStalledCount?: number;
    };
    expect(options.maxStalledCount).toBe(MAX_STALLED_COUNT);
    expect(MAX_STALLED_COUNT).toBeGreaterThan(1);
  });
});
