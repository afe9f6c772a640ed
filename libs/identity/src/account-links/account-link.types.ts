import type { Locale } from '../entities/user.types';

/**
 * What an emailed single-use link does (ADR 0017). Identity owns the links; the context that
 * issues one decides what consuming it means (a claim binds a profile, an invitation a member).
 */
export enum AccountLinkPurpose {
  VerifyEmail = 'verify_email',
  ChangeEmail = 'change_email',
  ClaimProfile = 'claim_profile',
  TeamInvitation = 'team_invitation',
}

/** Words shown in the email beside the link (names, roles): nothing secret. */
export type AccountLinkDetails = Record<string, string>;

export interface IssueAccountLink {
  purpose: AccountLinkPurpose;
  /** What the link is about: the user (verification, email change), a profile, an invitation. */
  subjectId: string;
  /** The account it belongs to, when there is one. */
  userId?: string | null;
  /** Where the link is sent. */
  email: string;
  locale: Locale;
  ttlMinutes: number;
  details?: AccountLinkDetails;
}

/** A consumed link: what its issuer needs to finish the job. */
export interface ConsumedAccountLink {
  id: string;
  purpose: AccountLinkPurpose;
  subjectId: string;
  userId: string | null;
  email: string;
  details: AccountLinkDetails;
}

/** A claim link for an imported profile (ADR 0017); the same shape whoever sends it. */
export interface IssueClaimLink {
  subjectType: 'expert' | 'organization';
  subjectId: string;
  profileName: string;
  email: string;
  ttlMinutes: number;
  /** Set when the claim comes with an invitation: who invites, and to what. */
  invitation?: { invitedBy: string; about: string };
}
