import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ExpertDirectory } from '@app/experts';
import { OrganizationDirectory } from '@app/organizations';
import type { AuthUser } from '@app/shared';

/** What a user can speak for: the organisation they belong to, their expert profile. */
export interface ActorParty {
  userId: string;
  organizationId: string | null;
  expertId: string | null;
}

/** A side as a thread stores it (ConversationParty) or a subject names it (SubjectSide). */
export interface SideRef {
  side: string;
  organizationId: string | null;
  expertId: string | null;
}

@Injectable()
export class Participants {
  constructor(
    private readonly organizations: OrganizationDirectory,
    private readonly experts: ExpertDirectory,
  ) {}

  async of(actor: AuthUser, manager?: EntityManager): Promise<ActorParty> {
    const [membership, expert] = await Promise.all([
      this.organizations.membershipOf(actor.id, manager),
      this.experts.byUserId(actor.id, manager),
    ]);
    return {
      userId: actor.id,
      organizationId: membership?.organizationId ?? null,
      expertId: expert?.id ?? null,
    };
  }
}

/** The side `party` is on, or null when it is on neither. */
export function sideOf(sides: readonly SideRef[], party: ActorParty): string | null {
  const found = sides.find(
    (s) =>
      (s.organizationId !== null && s.organizationId === party.organizationId) ||
      (s.expertId !== null && s.expertId === party.expertId),
  );
  return found?.side ?? null;
}
