import { dueAt } from './queue-age';

describe('dueAt', () => {
  it('is when the job was added, for a job without delay', () => {
    expect(dueAt({ timestamp: 1000, processedOn: undefined, delay: 0 })).toBe(1000);
  });

  it('is the end of the delay, for a job added with one (a reminder waits days)', () => {
    expect(dueAt({ timestamp: 1000, processedOn: undefined, delay: 86_400_000 })).toBe(86_401_000);
  });

  it('counts a retried or postponed job’s last delay from its last start', () => {
    expect(dueAt({ timestamp: 1000, processedOn: 50_000, delay: 4000 })).toBe(54_000);
  });
});
