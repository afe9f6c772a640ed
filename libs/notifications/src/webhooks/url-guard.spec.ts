import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@app/shared';
import { assertWebhookUrl, guardedLookup, urlProblem } from './url-guard';

const refused = async (url: string, allowPrivate = false) => {
  const error = await assertWebhookUrl(url, allowPrivate).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('WEBHOOK_URL_FORBIDDEN');
  return (error as DomainError).message;
};

describe('webhook URL guard', () => {
  it('accepts http(s) URLs without credentials only', () => {
    expect(urlProblem('https://hooks.example.cn/x')).toBeNull();
    expect(urlProblem('http://203.0.113.5:8080/x')).toBeNull();
    expect(urlProblem('ftp://example.cn/')).toBe('must be http or https');
    expect(urlProblem('file:///etc/passwd')).toBe('must be http or https');
    expect(urlProblem('https://user:pw@example.cn/')).toBe('must not carry credentials');
    expect(urlProblem('https://user@example.cn/')).toBe('must not carry credentials');
    expect(urlProblem('not a url')).toBe('is not a valid URL');
  });

  it.each([
    'http://127.0.0.1/',
    'http://127.1/',
    'http://2130706433/',
    'http://0x7f.0.0.1/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.5/',
    'http://192.168.1.1:8080/',
    'http://100.64.1.1/',
    'http://0.0.0.0/',
    'http://[fd00::1]/',
    'http://[fe80::1]/',
    'http://localhost/',
  ])('refuses %s by default', async (url) => {
    await refused(url);
  });

  it('lets loopback through when private addresses are allowed (tests only)', async () => {
    await expect(assertWebhookUrl('http://127.0.0.1:9/', true)).resolves.toBeUndefined();
    await expect(assertWebhookUrl('http://localhost:9/', true)).resolves.toBeUndefined();
    expect(await refused('ftp://127.0.0.1/', true)).toMatch(/http or https/);
  });

  it('accepts a public IP literal', async () => {
    await expect(assertWebhookUrl('https://8.8.8.8/hook', false)).resolves.toBeUndefined();
  });

  it('refuses a host that does not resolve', async () => {
    expect(await refused('https://no-such-host.invalid/')).toBe('The webhook URL is not allowed');
  });

  it('never tells the caller what a refused host resolved to', async () => {
    const message = await refused('http://localhost/');
    expect(message).toBe('The webhook URL is not allowed');
    expect(message).not.toMatch(/127\.0\.0\.1|::1|loopback/);
  });

  it('refuses at connection time what resolves to a forbidden address (DNS rebinding)', async () => {
    const lookup = guardedLookup(false);
    const result = await new Promise<{ error: unknown; address: unknown }>((resolve) =>
      lookup('localhost', { all: true }, (error, address) => resolve({ error, address })),
    );
    expect((result.error as { code?: string })?.code).toBe('WEBHOOK_URL_FORBIDDEN');

    const allowed = await new Promise<{ error: unknown; address: unknown }>((resolve) =>
      guardedLookup(true)('localhost', {}, (error, address) => resolve({ error, address })),
    );
    expect(allowed.error).toBeNull();
    expect(typeof allowed.address).toBe('string');
  });
});
