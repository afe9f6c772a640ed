import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * Content-Security-Policy of the console's responses (ADR 0022): its own scripts only (Vite emits
 * no inline script), inline styles because antd writes its CSS-in-JS into <style> elements, API
 * calls to the same origin, images from the api (the statistics charts) or data: URLs.
 */
export const WEB_CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Vite's content-hashed output: a changed file gets a new name, so it is cached for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The build writes Brotli and gzip copies beside each text file (apps/web/vite.config.mts):
 * served as they are when the browser accepts them, so nothing is compressed per request.
 */
const ENCODINGS = [
  { token: 'br', suffix: '.br' },
  { token: 'gzip', suffix: '.gz' },
] as const;

/** The precompressed copy of `file` the request accepts, if the build made one. */
function encodedCopy(
  files: ReadonlySet<string>,
  file: string,
  acceptEncoding: string | undefined,
): (typeof ENCODINGS)[number] | undefined {
  const accepted = (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
    .map(([token]) => token?.trim().toLowerCase());
  return ENCODINGS.find((e) => accepted.includes(e.token) && files.has(file + e.suffix));
}

/** Every file under `dir`, as URL paths (`/assets/index-abc123.js`). */
function listFiles(dir: string): Set<string> {
  const files = new Set<string>();
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      // The build's own files (.vite/manifest.json) are not the console's.
      if (entry.name.startsWith('.')) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.add(`/${relative(dir, path).split(sep).join('/')}`);
    }
  };
  walk(dir);
  return files;
}

/**
 * Serves the built console from `dir` at `/`: its files (listed once at boot, so nothing outside
 * them can be reached), and index.html for any other GET of a path without a file extension (the
 * client's routes). Paths under `owned` (the API, its docs, the queue dashboard, metrics) pass
 * through untouched, as do missing files (`/assets/gone.js`), which stay problem+json 404s.
 * Returns undefined, after a warning, when `dir` is empty or has no index.html: no console.
 */
export function serveWebConsole(
  dir: string,
  owned: readonly string[],
): ((req: Request, res: Response, next: NextFunction) => void) | undefined {
  if (dir === '') return undefined;
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    new Logger('WebConsole').warn(`${root}/index.html not found: the web console is not served`);
    return undefined;
  }
  const files = listFiles(root);
  const isOwned = (path: string) =>
    owned.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isOwned(req.path)) return next();
    let file = req.path === '/' ? '/index.html' : req.path;
    if (!files.has(file)) {
      const last = file.slice(file.lastIndexOf('/') + 1);
      if (last.includes('.')) return next();
      file = '/index.html';
    }
    res.setHeader('Content-Security-Policy', WEB_CONSOLE_CSP);
    res.setHeader('Cache-Control', file.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
    res.vary('Accept-Encoding');
    const encoded = encodedCopy(files, file, req.headers['accept-encoding']);
    if (encoded) {
      // The type of the original file (send only sets one when none is set yet).
      res.type(extname(file));
      res.setHeader('Content-Encoding', encoded.token);
      file += encoded.suffix;
    }
    res.sendFile(file.slice(1), { root, cacheControl: false, dotfiles: 'allow' }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  };
}
