import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { keepAliveHttpClient, MeilisearchHttpError } from './keep-alive-http-client';

describe('keepAliveHttpClient', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (req.url === '/missing') {
          res.writeHead(404, { 'content-type': 'application/json' });
          return res.end(
            JSON.stringify({ code: 'index_not_found', message: 'Index `x` not found.' }),
          );
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ method: req.method, auth: req.headers.authorization, body }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends method, headers and body, and parses the JSON answer', async () => {
    const answer = await keepAliveHttpClient(new URL(`${base}/multi-search`), {
      method: 'POST',
      headers: new Headers({ Authorization: 'Bearer k', 'Content-Type': 'application/json' }),
      body: '{"q":"玻璃"}',
    });
    expect(answer).toEqual({ method: 'POST', auth: 'Bearer k', body: '{"q":"玻璃"}' });
  });

  it("turns error answers into errors carrying Meilisearch's code", async () => {
    const error = await keepAliveHttpClient(new URL(`${base}/missing`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchHttpError);
    expect((error as MeilisearchHttpError).cause?.code).toBe('index_not_found');
  });

  it('rejects when nothing listens', async () => {
    await expect(keepAliveHttpClient(new URL('http://127.0.0.1:9/'))).rejects.toThrow();
  });
});
