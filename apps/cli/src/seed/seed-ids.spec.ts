import { describe, expect, it } from '@jest/globals';
import { seedUuid } from './seed-ids';

describe('seedUuid', () => {
  it('is stable and looks like a UUID', () => {
    expect(seedUuid('ent-001')).toBe(seedUuid('ent-001'));
    expect(seedUuid('ent-001')).not.toBe(seedUuid('ent-002'));
    expect(seedUuid('ent-001')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
