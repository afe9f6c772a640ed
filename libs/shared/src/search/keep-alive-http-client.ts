import http from 'node:http';
import https from 'node:https';

const agents = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};

/** A Meilisearch error answer, shaped like the client's own (`cause.code`, e.g. index_not_found). */
export class MeilisearchHttpError extends Error {
  constructor(
    readonly status: number,
    override readonly cause: { code?: string; message?: string } | undefined,
  ) {
    super(cause?.message ?? `Meilisearch answered ${status}`);
    this.name = 'MeilisearchApiError';
  }
}

/**
 * The transport for the Meilisearch client: node:http with keep-alive. Measured here, Node 20's
 * fetch added ~45 ms to every multi-search (p50 54 ms vs 10 ms for the same request and answer).
 */
export function keepAliveHttpClient(
  input: RequestInfo | URL,
  init?: RequestInit,
): Promise<unknown> {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const headers: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
  const body = typeof init?.body === 'string' ? init.body : undefined;
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      url,
      {
        method: init?.method ?? 'GET',
        headers,
        agent: agents[url.protocol as 'http:' | 'https:'],
        signal: init?.signal ?? undefined,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = text === '' ? undefined : JSON.parse(text);
          } catch (error) {
            return reject(error);
          }
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(parsed);
          else reject(new MeilisearchHttpError(status, parsed as MeilisearchHttpError['cause']));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
