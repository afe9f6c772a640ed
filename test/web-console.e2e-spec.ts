import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { API, createTestApp, expectProblem, type TestApp, withEnv } from './support';

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = 'console.log("console");';

/** The api serves a built web console from WEB_DIST_DIR (ADR 0022); a fixture stands in for it. */
describe('the web console at /', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chanjiao-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js'), SCRIPT);
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // The build's precompressed copies (apps/web/precompress.mts).
    writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js.gz'), gzipSync(SCRIPT));
    t = await withEnv({ WEB_DIST_DIR: dir }, () => createTestApp());
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / with no-cache and the console CSP', async () => {
    const res = await request(t.http).get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toBe(INDEX);
    expect(res.headers['cache-control']).toBe('no-cache');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('serves hashed assets as immutable for a year, other files as no-cache', async () => {
    const res = await request(t.http).get('/assets/index-Ab12Cd34.js').expect(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.text).toBe(SCRIPT);
    const icon = await request(t.http).get('/favicon.svg').expect(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  /** The bytes as sent, read with node:http (supertest would inflate some encodings itself). */
  async function rawGet(path: string, acceptEncoding: string) {
    const server = t.http as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const res = await new Promise<IncomingMessage>((resolve, reject) =>
      get(
        { host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': acceptEncoding } },
        resolve,
      ).on('error', reject),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    await new Promise((resolve) => server.close(resolve));
    expect(res.statusCode).toBe(200);
    return { headers: res.headers, body: Buffer.concat(chunks) };
  }

  it('sends the precompressed copy the browser accepts, typed as the original', async () => {
    const path = '/assets/index-Ab12Cd34.js';
    const br = await rawGet(path, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['vary']).toContain('Accept-Encoding');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    const gz = await rawGet(path, 'gzip, br;q=0');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    // No copy for index.html in the fixture, and identity when nothing is accepted.
    const plain = await request(t.http).get(path).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(SCRIPT);
  });

  it('answers client-side routes with index.html', async () => {
    for (const path of ['/some/client/route', '/dashboard', '/login?next=%2Fdashboard']) {
      const res = await request(t.http).get(path).expect(200);
      expect(res.text).toBe(INDEX);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('keeps problem+json 404s for the API and for missing files', async () => {
    const paths = [`${API}/nope`, '/api', '/api/v2/demands', '/assets/gone.js', '/x.php'];
    for (const path of [...paths, '/.vite/manifest.json']) {
      expectProblem(await request(t.http).get(path), 404, 'NOT_FOUND');
    }
    expectProblem(await request(t.http).post('/some/client/route').send({}), 404, 'NOT_FOUND');
    const api = await request(t.http).get(`${API}/stats/summary`).expect(200);
    expect(api.headers['content-security-policy']).not.toBe(
      (await request(t.http).get('/')).headers['content-security-policy'],
    );
  });

  it('serves nothing outside its directory', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/../../package.json']) {
      const res = await request(t.http).get(path);
      expect(res.text).not.toContain('"name": "chanjiao"');
    }
  });
});

describe('without a built console', () => {
  it('/ stays a 404 when WEB_DIST_DIR has no index.html', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'chanjiao-web-empty-'));
    const t = await withEnv({ WEB_DIST_DIR: empty }, () => createTestApp());
    try {
      expectProblem(await request(t.http).get('/'), 404, 'NOT_FOUND');
      expectProblem(await request(t.http).get('/dashboard'), 404, 'NOT_FOUND');
    } finally {
      await t.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
