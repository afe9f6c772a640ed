import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
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

  it('answers client-side routes with index.html', async () => {
    for (const path of ['/some/client/route', '/dashboard', '/login?next=%2Fdashboard']) {
      const res = await request(t.http).get(path).expect(200);
      expect(res.text).toBe(INDEX);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('keeps problem+json 404s for the API and for missing files', async () => {
    for (const path of [`${API}/nope`, '/api', '/api/v2/demands', '/assets/gone.js', '/x.php']) {
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
