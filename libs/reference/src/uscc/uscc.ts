/** GB 32100-2015 alphabet: digits and capitals except I, O, Z, S and V, which are easily misread. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_LENGTH = 18;

/** Weight of positions 1..17: 3^(i-1) mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Codes are case-insensitive on paper; store and compare the upper-cased, trimmed form. */
export function normalizeUscc(code: string): string {
  return code.trim().toUpperCase();
}

/** The 18th character for the first 17 (assumed to be in the charset). */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) {
    sum += USCC_CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/**
 * Why a code is not a valid unified social credit code, or null when it is. Only length, charset
 * and the GB 32100 check character are verified: the embedded GB 11714 organisation-code check is
 * deliberately ignored because some codes issued before 2015 fail it.
 */
export function explainUsccError(code: string): string | null {
  const normalized = normalizeUscc(code);
  if (normalized.length !== USCC_LENGTH) {
    return `Expected ${USCC_LENGTH} characters, got ${normalized.length}`;
  }
  for (let i = 0; i < USCC_LENGTH; i++) {
    if (!USCC_CHARSET.includes(normalized[i])) {
      return `Illegal character '${normalized[i]}' at position ${i + 1}`;
    }
  }
  const expected = usccCheckCharacter(normalized);
  if (normalized[17] !== expected) {
    return `Bad check character: expected '${expected}', got '${normalized[17]}'`;
  }
  return null;
}

export function isValidUscc(code: string): boolean {
  return explainUsccError(code) === null;
}
