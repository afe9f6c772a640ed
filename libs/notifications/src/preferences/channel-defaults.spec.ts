import { describe, expect, it } from '@jest/globals';
import { NOTIFICATION_KINDS } from '../notification-kinds';
import {
  choiceFor,
  compactOverrides,
  DEFAULT_CHANNELS,
  effectiveChannels,
  parseChannelInput,
} from './channel-defaults';

describe('channel defaults and overrides', () => {
  it('has a default for every kind: in-app for all, email for all but the noisy two', () => {
    expect(Object.keys(DEFAULT_CHANNELS).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(Object.values(DEFAULT_CHANNELS).every((c) => c.inApp)).toBe(true);
    const noEmail = NOTIFICATION_KINDS.filter((k) => !DEFAULT_CHANNELS[k].email);
    expect(noEmail.sort()).toEqual(['demand.matched', 'saved_search.alert']);
  });

  it('merges overrides over the defaults, channel by channel', () => {
    expect(choiceFor({ email: true }, 'demand.matched')).toEqual({ inApp: true, email: true });
    expect(choiceFor(null, 'match.connected')).toEqual({ inApp: true, email: true });
    const all = effectiveChannels({ 'match.declined': { inApp: false } });
    expect(Object.keys(all)).toEqual([...NOTIFICATION_KINDS]);
    expect(all['match.declined']).toEqual({ inApp: false, email: true });
  });

  it('stores only what differs from the defaults', () => {
    const channels = effectiveChannels({});
    channels['demand.matched'] = { inApp: true, email: true };
    channels['match.withdrawn'] = { inApp: false, email: false };
    expect(compactOverrides(channels)).toEqual({
      'demand.matched': { email: true },
      'match.withdrawn': { inApp: false, email: false },
    });
    expect(compactOverrides(effectiveChannels({}))).toEqual({});
  });

  it('reads a request body and names each bad field with a stable code', () => {
    expect(parseChannelInput({ 'demand.matched': { email: true } })).toEqual({
      changes: { 'demand.matched': { email: true } },
      errors: [],
    });
    const { errors } = parseChannelInput({
      'demand.nope': { email: true },
      'match.connected': 'yes',
      'match.declined': { sms: true, email: 'no' },
    });
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['channels.demand.nope', 'UNKNOWN_NOTIFICATION_KIND'],
      ['channels.match.connected', 'INVALID_CHANNEL_CHOICE'],
      ['channels.match.declined.sms', 'UNKNOWN_CHANNEL'],
      ['channels.match.declined.email', 'INVALID_BOOLEAN'],
    ]);
  });
});
