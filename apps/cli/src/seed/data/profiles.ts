import { PROFILES } from './industries';
import type { IndustryId, IndustryProfile } from './profile';

export { PROFILES };

const byId = new Map(PROFILES.map((p) => [p.id, p]));

export function profileOf(id: IndustryId): IndustryProfile {
  const profile = byId.get(id);
  if (!profile) throw new RangeError(`Unknown industry profile ${id}`);
  return profile;
}

/** The profile whose codes include the given GB/T 4754 code. */
export function profileOfCode(code: string): IndustryProfile {
  const profile = PROFILES.find((p) => p.codes.some((c) => c.code === code));
  if (!profile) throw new RangeError(`No industry profile uses code ${code}`);
  return profile;
}
