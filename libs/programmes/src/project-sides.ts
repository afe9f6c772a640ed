import { hasOrganizationRole, type Membership, OrganizationRole } from '@app/organizations';
import type { PartnerType } from './programme.types';

/** A partner as the rules see it. */
export interface PartnerRef {
  readonly type: PartnerType;
  readonly organizationId: string | null;
  readonly expertId: string | null;
}

/** Who the caller is: their organisation (with the role) and their expert profile, if any. */
export interface Caller {
  readonly membership: Membership | null;
  readonly expertId: string | null;
}

/** A partner's side key: `organization:<id>` or `expert:<id>`, as outcomes store it. */
export function sideKey(p: PartnerRef): string {
  return p.organizationId ? `organization:${p.organizationId}` : `expert:${p.expertId}`;
}

/** The sides the caller belongs to among the partners (reading needs one). */
export function sidesOf(caller: Caller, partners: readonly PartnerRef[]): string[] {
  return partners
    .filter(
      (p) =>
        (p.organizationId !== null && p.organizationId === caller.membership?.organizationId) ||
        (p.expertId !== null && p.expertId === caller.expertId),
    )
    .map(sideKey);
}

/**
 * The sides for which the caller may act (change, report, confirm): an organisation partner's
 * managers and owners, a partner expert themselves.
 */
export function actingSidesOf(caller: Caller, partners: readonly PartnerRef[]): string[] {
  return partners
    .filter(
      (p) =>
        (p.organizationId !== null &&
          p.organizationId === caller.membership?.organizationId &&
          hasOrganizationRole(caller.membership, OrganizationRole.Manager)) ||
        (p.expertId !== null && p.expertId === caller.expertId),
    )
    .map(sideKey);
}

/** The partners other than `side`: who is asked to confirm what `side` reported. */
export function otherSides(
  partners: readonly PartnerRef[],
  side: string,
): { organizationIds: string[]; expertIds: string[] } {
  const others = partners.filter((p) => sideKey(p) !== side);
  return {
    organizationIds: others.flatMap((p) => (p.organizationId ? [p.organizationId] : [])),
    expertIds: others.flatMap((p) => (p.expertId ? [p.expertId] : [])),
  };
}
