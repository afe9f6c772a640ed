import { BlockList, isIP } from 'node:net';

/**
 * Where a webhook may be sent. Everything but the public internet is refused, so an endpoint
 * cannot make the platform call its own network (SSRF): loopback, private and shared ranges,
 * link-local (cloud metadata at 169.254.169.254), multicast, documentation and reserved blocks,
 * and IPv6 forms that carry one of those IPv4 addresses inside (mapped, compatible, NAT64, 6to4).
 */
export type AddressClass =
  | 'public'
  | 'invalid'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'documentation'
  | 'reserved';

const V4_RANGES: [AddressClass, string, number][] = [
  ['unspecified', '0.0.0.0', 8], // "this network"
  ['private', '10.0.0.0', 8],
  ['shared', '100.64.0.0', 10], // carrier-grade NAT
  ['loopback', '127.0.0.0', 8],
  ['link-local', '169.254.0.0', 16],
  ['private', '172.16.0.0', 12],
  ['reserved', '192.0.0.0', 24], // IETF protocol assignments
  ['documentation', '192.0.2.0', 24],
  ['reserved', '192.88.99.0', 24], // deprecated 6to4 relays
  ['private', '192.168.0.0', 16],
  ['reserved', '198.18.0.0', 15], // benchmarking
  ['documentation', '198.51.100.0', 24],
  ['documentation', '203.0.113.0', 24],
  ['multicast', '224.0.0.0', 4],
  ['reserved', '240.0.0.0', 4], // incl. broadcast 255.255.255.255
];

const V6_RANGES: [AddressClass, string, number][] = [
  ['reserved', '64:ff9b:1::', 48], // local-use NAT64
  ['reserved', '100::', 64], // discard-only
  ['reserved', '2001::', 23], // IETF protocol assignments, incl. Teredo
  ['documentation', '2001:db8::', 32],
  ['documentation', '3fff::', 20],
  ['unique-local', 'fc00::', 7],
  ['link-local', 'fe80::', 10],
  ['reserved', 'fec0::', 10], // deprecated site-local
  ['multicast', 'ff00::', 8],
];

function blockLists(ranges: [AddressClass, string, number][], type: 'ipv4' | 'ipv6') {
  const lists = new Map<AddressClass, BlockList>();
  for (const [kind, network, prefix] of ranges) {
    const list = lists.get(kind) ?? new BlockList();
    list.addSubnet(network, prefix, type);
    lists.set(kind, list);
  }
  return [...lists];
}

const V4_LISTS = blockLists(V4_RANGES, 'ipv4');
const V6_LISTS = blockLists(V6_RANGES, 'ipv6');

/** What kind of address this is; anything other than 'public' must not be called. */
export function classifyAddress(address: string): AddressClass {
  const ip = address.replace(/^\[(.*)\]$/, '$1');
  const version = isIP(ip);
  if (version === 4) {
    for (const [kind, list] of V4_LISTS) if (list.check(ip, 'ipv4')) return kind;
    return 'public';
  }
  if (version !== 6) return 'invalid';
  const groups = parseIPv6(ip);
  if (!groups) return 'invalid';
  if (groups.every((g) => g === 0)) return 'unspecified';
  if (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1) return 'loopback';
  const embedded = embeddedIPv4(groups);
  if (embedded) {
    const inner = classifyAddress(embedded.ipv4);
    // An IPv4-compatible address (::a.b.c.d) is deprecated: never a public destination.
    return inner === 'public' && embedded.form === 'compatible' ? 'reserved' : inner;
  }
  const canonical = groups.map((g) => g.toString(16)).join(':');
  for (const [kind, list] of V6_LISTS) if (list.check(canonical, 'ipv6')) return kind;
  // Only the global unicast block 2000::/3 is routed on the internet.
  return (groups[0] & 0xe000) === 0x2000 ? 'public' : 'reserved';
}

export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === 'public';
}

/**
 * The IPv4 address some IPv6 forms carry: mapped ::ffff:a.b.c.d, compatible ::a.b.c.d,
 * NAT64 64:ff9b::a.b.c.d and 6to4 2002:aabb:ccdd::.
 */
function embeddedIPv4(g: number[]): { ipv4: string; form: string } | null {
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  if (zeros(0, 5) && g[5] === 0xffff) return { ipv4: v4(g[6], g[7]), form: 'mapped' };
  if (zeros(0, 6)) return { ipv4: v4(g[6], g[7]), form: 'compatible' };
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) {
    return { ipv4: v4(g[6], g[7]), form: 'nat64' };
  }
  if (g[0] === 0x2002) return { ipv4: v4(g[1], g[2]), form: '6to4' };
  return null;
}

/** Eight 16-bit groups of a textual IPv6 address (zone id dropped), or null if malformed. */
export function parseIPv6(text: string): number[] | null {
  let s = text.split('%')[0];
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (dotted) {
    if (isIP(dotted[1]) !== 4) return null;
    const [a, b, c, d] = dotted[1].split('.').map(Number);
    tail.push((a << 8) | b, (c << 8) | d);
    s = s.slice(0, -dotted[1].length);
    if (s.endsWith(':') && !s.endsWith('::')) s = s.slice(0, -1);
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((h) => parseInt(h, 16)));
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  const known = head.length + rest.length + tail.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return null;
  const groups = [...head, ...Array<number>(8 - known).fill(0), ...rest, ...tail];
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}
