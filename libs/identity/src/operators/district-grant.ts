import { DomainError } from '@app/shared';
import { findDistrict } from '@app/reference';

/** At most this many districts per operator: the catalogue has nine; a city-wide role is admin. */
export const MAX_OPERATOR_DISTRICTS = 20;

/**
 * The canonical form of a requested grant: known codes, upper-cased, without duplicates, sorted.
 * A code covers exactly its own district (the catalogue is flat; ADR 0016). Unknown codes and an
 * empty list are field errors (`districts`), so the admin sees what to fix.
 */
export function normalizeDistricts(codes: readonly string[]): string[] {
  if (codes.length === 0) {
    throw DomainError.invalidField(
      'districts',
      'DISTRICTS_REQUIRED',
      'Grant at least one district; revoke the grant to take every district away',
    );
  }
  const unknown = codes.filter((code) => !findDistrict(code));
  if (unknown.length > 0) {
    throw DomainError.invalidField(
      'districts',
      'UNKNOWN_DISTRICT',
      `Unknown district code(s): ${unknown.join(', ')} (see GET /api/v1/reference/districts)`,
    );
  }
  return [...new Set(codes.map((code) => findDistrict(code)!.code))].sort();
}

/** What a change of grant adds and removes, for the audit entry. */
export function grantDiff(before: readonly string[], after: readonly string[]) {
  return {
    added: after.filter((d) => !before.includes(d)),
    removed: before.filter((d) => !after.includes(d)),
  };
}
