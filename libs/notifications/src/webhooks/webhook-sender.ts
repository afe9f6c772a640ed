import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  assertLiteralAllowed,
  guardedLookup,
  urlProblem,
  WEBHOOK_URL_FORBIDDEN,
} from './url-guard';

/** At most this much of a receiver's answer is read and kept (the rest is never downloaded). */
export const RESPONSE_EXCERPT_BYTES = 1024;

export interface SendOptions {
  timeoutMs: number;
  allowPrivate: boolean;
  signal?: AbortSignal;
}

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  /** A short reason when no 2xx came back (network error, timeout, status). */
  error: string | null;
  /** WEBHOOK_URL_FORBIDDEN, ECONNREFUSED, ETIMEDOUT… */
  errorCode: string | null;
  responseExcerpt: string | null;
}

/**
 * POSTs one signed body. Guards against SSRF at connection time (see url-guard), follows no
 * redirects (a 3xx is a failed try), stops after `timeoutMs` in all, and reads at most 1 KB of
 * the response. Never throws.
 */
export function sendWebhook(
  rawUrl: string,
  body: string,
  headers: Record<string, string>,
  options: SendOptions,
): Promise<SendResult> {
  const started = Date.now();
  const result = (
    partial: Pick<SendResult, 'statusCode' | 'error' | 'errorCode' | 'responseExcerpt'>,
  ): SendResult => ({
    ok: partial.statusCode !== null && partial.statusCode >= 200 && partial.statusCode < 300,
    durationMs: Date.now() - started,
    ...partial,
  });
  const failure = (errorCode: string, error: string) =>
    result({ statusCode: null, error: error.slice(0, 500), errorCode, responseExcerpt: null });

  const problem = urlProblem(rawUrl);
  if (problem) return Promise.resolve(failure(WEBHOOK_URL_FORBIDDEN, `The URL ${problem}`));
  const url = new URL(rawUrl);
  try {
    assertLiteralAllowed(url, options.allowPrivate);
  } catch (error) {
    return Promise.resolve(failure(WEBHOOK_URL_FORBIDDEN, (error as Error).message));
  }

  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const timedOut = Object.assign(new Error(`No answer within ${options.timeoutMs} ms`), {
      code: 'ETIMEDOUT',
    });
    const timer = setTimeout(() => fail(timedOut), options.timeoutMs);
    const finish = (value: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'POST',
      headers: {
        ...headers,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': 'Chanjiao-Webhooks/1.0',
      },
      lookup: guardedLookup(options.allowPrivate),
      // A fresh connection per try: no pooled socket outlives the address check.
      agent: false,
    });
    const fail = (error: NodeJS.ErrnoException) => {
      finish(failure(error.code ?? 'ERROR', error.message || String(error)));
      request.destroy();
    };
    const onAbort = () => fail(Object.assign(new Error('Shutting down'), { code: 'ABORTED' }));
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });

    request.on('error', (error: NodeJS.ErrnoException) => fail(error));
    request.on('response', (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const excerpt = Buffer.concat(chunks).subarray(0, RESPONSE_EXCERPT_BYTES).toString('utf8');
        const statusCode = response.statusCode ?? 0;
        const ok = statusCode >= 200 && statusCode < 300;
        finish(
          result({
            statusCode,
            error: ok ? null : `HTTP ${statusCode}`,
            errorCode: ok ? null : `HTTP_${statusCode}`,
            responseExcerpt: excerpt === '' ? null : excerpt,
          }),
        );
        response.destroy();
        request.destroy();
      };
      response.on('data', (chunk: Buffer) => {
        if (size >= RESPONSE_EXCERPT_BYTES) return;
        chunks.push(chunk);
        size += chunk.length;
        if (size >= RESPONSE_EXCERPT_BYTES) done();
      });
      response.on('end', done);
      response.on('error', done);
    });
    request.end(body);
  });
}
