import { describe, expect, it } from '@jest/globals';
import { Webhook } from 'standardwebhooks';
import { messageId, newWebhookSecret, sign, signedHeaders } from './signing';

describe('Standard Webhooks signing', () => {
  it('matches the known vector of the spec’s reference library', () => {
    // standard-webhooks/libraries/javascript/src/webhook.test.ts, "sign function works".
    const signature = sign(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      '{"test": 2432232314}',
    );
    expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('agrees with the library’s own sign() for a fresh secret and a UTF-8 body', () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ type: 'match.connected', data: { title: '双方已对接' } });
    const at = new Date(1_800_000_000_000);
    expect(sign(secret, 'msg_1', 1_800_000_000, body)).toBe(
      new Webhook(secret).sign('msg_1', at, body),
    );
  });

  it('produces headers that Webhook.verify accepts, with every secret valid during rotation', () => {
    const current = newWebhookSecret();
    const previous = newWebhookSecret();
    const body = '{"type":"ping","data":{}}';
    const now = Math.floor(Date.now() / 1000);
    const headers = signedHeaders([current, previous], messageId('abc'), now, body);
    expect(headers['webhook-id']).toBe('msg_abc');
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(new Webhook(current).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(new Webhook(previous).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(body, { ...headers })).toThrow();
    expect(() => new Webhook(current).verify(`${body} `, { ...headers })).toThrow();
  });

  it('makes whsec_ secrets of 32 random bytes', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });
});
