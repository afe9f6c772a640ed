import { deliveryOutcomes } from './delivery-outcomes';

describe('deliveryOutcomes', () => {
  it('maps both tables’ statuses onto one vocabulary and reports every pair', () => {
    const result = deliveryOutcomes([
      { channel: 'email', status: 'sent', count: 7 },
      { channel: 'email', status: 'pending', count: 2 },
      { channel: 'email', status: 'sending', count: 1 },
      { channel: 'email', status: 'dead', count: 1 },
      { channel: 'webhook', status: 'delivered', count: 3 },
      { channel: 'webhook', status: 'failed', count: 4 },
      { channel: 'webhook', status: 'something-new', count: 9 },
    ]);
    const get = (channel: string, outcome: string) =>
      result.find((r) => r.channel === channel && r.outcome === outcome)?.count;
    expect(get('email', 'delivered')).toBe(7);
    expect(get('email', 'pending')).toBe(3);
    expect(get('email', 'dead')).toBe(1);
    expect(get('email', 'held')).toBe(0);
    expect(get('email', 'skipped')).toBe(0);
    expect(get('webhook', 'delivered')).toBe(3);
    expect(get('webhook', 'retrying')).toBe(4);
    expect(get('webhook', 'dead')).toBe(0);
    expect(get('webhook', 'held')).toBeUndefined();
    expect(result).toHaveLength(10);
  });
});
