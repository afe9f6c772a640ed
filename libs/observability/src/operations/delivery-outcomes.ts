/**
 * Delivery rows by state, in one vocabulary for both channels (the tables' own statuses differ):
 * pending (queued or being sent), retrying (failed, another try is scheduled), delivered,
 * dead (gave up; a dead letter to replay), held (waiting for the daily digest), skipped.
 */
export type DeliveryOutcome = 'pending' | 'retrying' | 'delivered' | 'dead' | 'held' | 'skipped';
export type DeliveryChannel = 'email' | 'webhook';

const OUTCOMES: Record<DeliveryChannel, Record<string, DeliveryOutcome>> = {
  email: {
    pending: 'pending',
    sending: 'pending',
    failed: 'retrying',
    sent: 'delivered',
    dead: 'dead',
    held_for_digest: 'held',
    skipped: 'skipped',
  },
  webhook: { pending: 'pending', failed: 'retrying', delivered: 'delivered', dead: 'dead' },
};

export interface DeliveryStatusCount {
  channel: DeliveryChannel;
  status: string;
  count: number;
}

export interface DeliveryOutcomeCount {
  channel: DeliveryChannel;
  outcome: DeliveryOutcome;
  count: number;
}

/** Every (channel, outcome) pair, zero when no row has it; an unknown status is left out. */
export function deliveryOutcomes(rows: readonly DeliveryStatusCount[]): DeliveryOutcomeCount[] {
  const totals = new Map<string, DeliveryOutcomeCount>();
  for (const channel of Object.keys(OUTCOMES) as DeliveryChannel[])
    for (const outcome of new Set(Object.values(OUTCOMES[channel])))
      totals.set(`${channel}:${outcome}`, { channel, outcome, count: 0 });
  for (const row of rows) {
    const outcome = OUTCOMES[row.channel]?.[row.status];
    const total = outcome && totals.get(`${row.channel}:${outcome}`);
    if (total) total.count += row.count;
  }
  return [...totals.values()];
}
