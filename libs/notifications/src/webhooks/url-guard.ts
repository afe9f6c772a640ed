import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { DomainError } from '@app/shared';
import { classifyAddress } from './address-policy';

export const WEBHOOK_URL_FORBIDDEN = 'WEBHOOK_URL_FORBIDDEN';

/** Why a URL may not receive webhooks (null: it may). */
export function urlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a valid URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be http or https';
  if (url.username || url.password) return 'must not carry credentials';
  if (!url.hostname) return 'must name a host';
  return null;
}

const NOT_ALLOWED = 'The webhook URL is not allowed';

function forbidden(message: string): DomainError {
  return new DomainError('invalid', WEBHOOK_URL_FORBIDDEN, message, [
    { field: 'url', code: WEBHOOK_URL_FORBIDDEN, message },
  ]);
}

/** The host of a URL without IPv6 brackets (WHATWG URL already normalised 0x7f.1 → 127.0.0.1). */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Error thrown at delivery time when a host resolves to an address we refuse to call. */
export class ForbiddenAddressError extends Error {
  readonly code = WEBHOOK_URL_FORBIDDEN;
  constructor(host: string, address: string, kind: string) {
    super(`${host} resolves to ${address} (${kind}), which webhooks may not reach`);
  }
}

function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );
}

/** The first address of `addresses` that is not public, if any. */
function firstForbidden(addresses: string[]): { address: string; kind: string } | null {
  for (const address of addresses) {
    const kind = classifyAddress(address);
    if (kind !== 'public') return { address, kind };
  }
  return null;
}

/**
 * Checks a URL at registration: http(s), no credentials, and (unless private addresses are
 * allowed) every address its host resolves to is public. Throws WEBHOOK_URL_FORBIDDEN.
 */
export async function assertWebhookUrl(raw: string, allowPrivate: boolean): Promise<void> {
  const problem = urlProblem(raw);
  if (problem) throw forbidden(`The webhook URL ${problem}`);
  const host = hostOf(new URL(raw));
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await resolveAll(host)).map((a) => a.address);
    } catch {
      throw forbidden(NOT_ALLOWED);
    }
  }
  if (allowPrivate) return;
  // Never say what the host resolved to: that would map the internal network for the caller.
  if (firstForbidden(addresses)) throw forbidden(NOT_ALLOWED);
}

/**
 * A `lookup` for http(s).request that refuses non-public addresses at connection time, so a
 * host that resolved to a public address at registration cannot later be re-pointed (DNS
 * rebinding) at the internal network: the address checked is the address connected to.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const bad = allowPrivate ? null : firstForbidden(addresses.map((a) => a.address));
      if (bad) return callback(new ForbiddenAddressError(hostname, bad.address, bad.kind), '');
      if (addresses.length === 0) {
        const none = Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
        return callback(none, '');
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** An IP literal in the URL never goes through `lookup`, so it is checked before connecting. */
export function assertLiteralAllowed(url: URL, allowPrivate: boolean): void {
  const host = hostOf(url);
  if (allowPrivate || !isIP(host)) return;
  const kind = classifyAddress(host);
  if (kind !== 'public') throw new ForbiddenAddressError(host, host, kind);
}
