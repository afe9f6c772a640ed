/** JSON over loopback with one keep-alive agent (node:http, no dependencies). */
import http from 'node:http';

export const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/**
 * `{ status, body }` of a request to 127.0.0.1 only. Rejects after `timeoutMs`.
 * @param {{ port: number, method?: string, path: string, token?: string, body?: unknown, timeoutMs?: number }} o
 */
export function request({ port, method = 'GET', path, token, body, timeoutMs = 15_000 }) {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: {
          accept: 'application/json',
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': payload.length }
            : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed = text;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode, body: parsed });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: timeout`)));
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

/** Like `request`, but throws unless the status is 2xx. */
export async function ok(options) {
  const res = await request(options);
  if (res.status < 200 || res.status >= 300) {
    throw new Error(
      `${options.method ?? 'GET'} ${options.path} → ${res.status}: ${JSON.stringify(res.body).slice(0, 400)}`,
    );
  }
  return res.body;
}

export async function login(port, email, password) {
  const body = await ok({
    port,
    method: 'POST',
    path: '/api/v1/auth/login',
    body: { email, password },
  });
  const token = body?.accessToken ?? body?.tokens?.accessToken;
  if (!token)
    throw new Error(`login ${email}: no accessToken in ${JSON.stringify(body).slice(0, 200)}`);
  return token;
}
