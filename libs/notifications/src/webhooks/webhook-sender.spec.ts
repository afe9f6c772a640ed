import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendWebhook } from './webhook-sender';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

describe('sendWebhook', () => {
  let server: Server;
  let base: string;
  let handler: Handler = (_req, res) => res.end();
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        handler(req, res, body);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const send = (path: string, options: Partial<Parameters<typeof sendWebhook>[3]> = {}) =>
    sendWebhook(
      `${base}${path}`,
      '{"type":"ping"}',
      { 'webhook-id': 'msg_1' },
      {
        timeoutMs: 1000,
        allowPrivate: true,
        ...options,
      },
    );

  it('POSTs the body as JSON with the given headers; a 2xx is a success', async () => {
    handler = (_req, res) => res.writeHead(204).end();
    const result = await send('/ok');
    expect(result).toMatchObject({ ok: true, statusCode: 204, error: null, errorCode: null });
    const last = received[received.length - 1];
    expect(last.body).toBe('{"type":"ping"}');
    expect(last.headers).toMatchObject({
      'webhook-id': 'msg_1',
      'content-type': 'application/json',
    });
  });

  it('keeps at most 1 KB of the answer', async () => {
    handler = (_req, res) => res.writeHead(500).end('x'.repeat(100_000));
    const result = await send('/big');
    expect(result).toMatchObject({ ok: false, statusCode: 500, errorCode: 'HTTP_500' });
    expect(result.responseExcerpt).toHaveLength(1024);
  });

  it('does not follow redirects', async () => {
    handler = (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/' }).end();
    const result = await send('/redirect');
    expect(result).toMatchObject({ ok: false, statusCode: 302, errorCode: 'HTTP_302' });
  });

  it('gives up after the timeout', async () => {
    handler = () => undefined; // never answers
    const result = await send('/slow', { timeoutMs: 150 });
    expect(result).toMatchObject({ ok: false, statusCode: null, errorCode: 'ETIMEDOUT' });
    expect(result.durationMs).toBeGreaterThanOrEqual(140);
    expect(result.durationMs).toBeLessThan(1000);
  });

  it('refuses loopback, literal or resolved, unless private addresses are allowed', async () => {
    const before = received.length;
    const literal = await send('/x', { allowPrivate: false });
    expect(literal).toMatchObject({ ok: false, errorCode: 'WEBHOOK_URL_FORBIDDEN' });
    const port = new URL(base).port;
    const named = await sendWebhook(
      `http://localhost:${port}/x`,
      '{}',
      {},
      { timeoutMs: 1000, allowPrivate: false },
    );
    expect(named).toMatchObject({ ok: false, errorCode: 'WEBHOOK_URL_FORBIDDEN' });
    expect(received.length).toBe(before);
  });

  it('reports a refused connection', async () => {
    const result = await sendWebhook(
      'http://127.0.0.1:9/',
      '{}',
      {},
      {
        timeoutMs: 1000,
        allowPrivate: true,
      },
    );
    expect(result).toMatchObject({ ok: false, statusCode: null, errorCode: 'ECONNREFUSED' });
  });

  it('stops when aborted (shutdown)', async () => {
    handler = () => undefined;
    const controller = new AbortController();
    const pending = send('/hang', { timeoutMs: 5000, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ ok: false, errorCode: 'ABORTED' });
  });
});
