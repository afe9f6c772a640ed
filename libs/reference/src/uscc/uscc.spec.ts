import { describe, expect, it } from '@jest/globals';
import { validate } from 'class-validator';
import { generateUscc } from './generate-uscc';
import { IsUscc } from './is-uscc.decorator';
import { explainUsccError, isValidUscc, normalizeUscc, usccCheckCharacter } from './uscc';

// Real-format codes whose check characters were verified by hand against GB 32100.
const VALID = ['91350100M000100Y43', '91110000802100433B', '91310000717866186P'];

describe('isValidUscc', () => {
  it.each(VALID)('accepts %s', (code) => {
    expect(isValidUscc(code)).toBe(true);
    expect(explainUsccError(code)).toBeNull();
  });

  it('computes the check character with 31 mapped back to 0', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
    // A body whose weighted sum is a multiple of 31 must get '0', not an out-of-range index.
    expect(usccCheckCharacter('00000000000000000')).toBe('0');
  });

  it('rejects a wrong check character', () => {
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(explainUsccError('91350100M000100Y44')).toBe(
      "Bad check character: expected '3', got '4'",
    );
  });

  it('rejects a wrong length', () => {
    expect(explainUsccError('91350100M000100Y4')).toBe('Expected 18 characters, got 17');
    expect(explainUsccError('91350100M000100Y433')).toBe('Expected 18 characters, got 19');
    expect(explainUsccError('')).toBe('Expected 18 characters, got 0');
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the letter %s', (letter) => {
    const code = `91350100${letter}000100Y43`;
    expect(isValidUscc(code)).toBe(false);
    expect(explainUsccError(code)).toBe(`Illegal character '${letter}' at position 9`);
  });

  it('rejects punctuation', () => {
    expect(explainUsccError('91350100-000100Y43')).toBe("Illegal character '-' at position 9");
  });

  it('accepts lower case and surrounding spaces', () => {
    expect(normalizeUscc(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(isValidUscc('91350100m000100y43')).toBe(true);
  });

  it('does not enforce the GB 11714 organisation-code check digit', () => {
    // GB 11714 would require organisation code 12345678-8; 12345678-9 must still pass.
    const body = '91130300123456789';
    expect(isValidUscc(body + usccCheckCharacter(body))).toBe(true);
  });
});

describe('generateUscc', () => {
  it('produces valid enterprise codes in the given division', () => {
    const code = generateUscc(42);
    expect(isValidUscc(code)).toBe(true);
    expect(code.slice(0, 8)).toBe('91130300');
    expect(generateUscc('acme', '130302').slice(0, 8)).toBe('91130302');
  });

  it('is deterministic', () => {
    expect(generateUscc(7)).toBe(generateUscc(7));
    expect(generateUscc('seed')).toBe(generateUscc('seed'));
  });

  it('gives distinct valid codes for distinct seeds', () => {
    const codes = new Set<string>();
    for (let seed = 0; seed < 5000; seed++) {
      const code = generateUscc(seed);
      expect(isValidUscc(code)).toBe(true);
      codes.add(code);
    }
    for (let seed = 0; seed < 1000; seed++) codes.add(generateUscc(`company-${seed}`));
    expect(codes.size).toBe(6000);
  });

  it('rejects a malformed division code', () => {
    expect(() => generateUscc(1, '1303')).toThrow(RangeError);
  });
});

describe('@IsUscc', () => {
  class Form {
    @IsUscc()
    uscc!: unknown;
  }

  const check = async (value: unknown) => {
    const form = new Form();
    form.uscc = value;
    return validate(form);
  };

  it('passes a valid code', async () => {
    expect(await check('91350100M000100Y43')).toEqual([]);
  });

  it.each([['91350100M000100Y44'], [12345], [undefined]])('fails %p', async (value) => {
    const [error] = await check(value);
    expect(error.constraints).toEqual({
      isUscc: 'uscc is not a valid 18-character unified social credit code',
    });
  });
});
