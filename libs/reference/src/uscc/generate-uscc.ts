import { USCC_CHARSET, usccCheckCharacter } from './uscc';

const ENTERPRISE_PREFIX = '91'; // registration authority 9 (market regulation), org type 1 (enterprise)
const RADIX = USCC_CHARSET.length;

/**
 * A deterministic, valid code for demo data and tests. Integer seeds in [0, 2^32) map to distinct
 * codes (the seed goes through a bijective mixer); other seeds are hashed first.
 */
export function generateUscc(seed: number | string, divisionCode = '130300'): string {
  if (!/^\d{6}$/.test(divisionCode)) {
    throw new RangeError(`Division code must be 6 digits, got '${divisionCode}'`);
  }
  const key = seedKey(seed);
  // 7 base-31 digits hold any 32-bit value, so the tail is unique per key; the 2 leading
  // characters only add variety.
  const head = toBase31(mix32(key ^ 0x9e3779b9) % (RADIX * RADIX), 2);
  const body = `${ENTERPRISE_PREFIX}${divisionCode}${head}${toBase31(mix32(key), 7)}`;
  return body + usccCheckCharacter(body);
}

function seedKey(seed: number | string): number {
  if (typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff) {
    return seed;
  }
  return fnv1a(String(seed));
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers that scatters neighbouring seeds. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function toBase31(value: number, width: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < width; i++) {
    out = USCC_CHARSET[rest % RADIX] + out;
    rest = Math.floor(rest / RADIX);
  }
  return out;
}
