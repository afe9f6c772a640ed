import { describe, expect, it } from '@jest/globals';
import { labelOf, type PairOutcome } from './labels';

const now = new Date('2026-12-01T00:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const nothing: PairOutcome = {
  connections: 0,
  connected: false,
  declinedNotAFit: false,
  invited: false,
  top5Count: 0,
  firstTop5At: null,
};
const label = (o: Partial<PairOutcome>) => labelOf({ ...nothing, ...o }, now);

describe('feedback labels', () => {
  it('counts connections and invitations as positive', () => {
    expect(label({ connections: 1, connected: true })).toBe('positive');
    expect(label({ connections: 1, invited: true })).toBe('positive');
  });

  it('counts a not-a-fit decline as negative, even of an invitation, unless the pair connected', () => {
    expect(label({ connections: 1, declinedNotAFit: true })).toBe('negative');
    expect(label({ connections: 1, invited: true, declinedNotAFit: true })).toBe('negative');
    // Withdrawn and tried again: the later connection wins.
    expect(label({ connections: 2, declinedNotAFit: true, connected: true })).toBe('positive');
  });

  it('counts a candidate ignored in the top 5 twice for 14 days as negative', () => {
    expect(label({ top5Count: 2, firstTop5At: daysAgo(14) })).toBe('negative');
    expect(label({ top5Count: 2, firstTop5At: daysAgo(13) })).toBe('neutral');
    expect(label({ top5Count: 1, firstTop5At: daysAgo(30) })).toBe('neutral');
    expect(label({ top5Count: 0, firstTop5At: null })).toBe('neutral');
  });

  it('leaves interests not yet answered and declines for other reasons neutral', () => {
    // A pending interest, or one declined for capacity, timing or budget: no fit signal, and it
    // is a connection, so the candidate was not ignored either.
    expect(label({ connections: 1, top5Count: 5, firstTop5At: daysAgo(30) })).toBe('neutral');
  });
});
