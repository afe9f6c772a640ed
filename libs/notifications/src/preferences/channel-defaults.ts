import type { FieldError } from '@app/shared';
import type { ChannelChoice } from '../channels';
import {
  isNotificationKind,
  NOTIFICATION_KINDS,
  type NotificationKind,
  NotificationKinds,
} from '../notification-kinds';

/**
 * What everyone gets until they say otherwise. Every kind shows in the in-app inbox. Email is on
 * for what a person has to act on or would be sorry to miss (interests, invitations, answers,
 * verification, deadlines) and off for the two kinds that can come in numbers: matches of newly
 * published demands (up to NOTIFY_MATCH_LIMIT people per demand) and saved-search alerts.
 */
export const DEFAULT_CHANNELS: Readonly<Record<NotificationKind, Readonly<ChannelChoice>>> = {
  [NotificationKinds.DemandMatched]: { inApp: true, email: false },
  [NotificationKinds.InterestReceived]: { inApp: true, email: true },
  [NotificationKinds.InvitationReceived]: { inApp: true, email: true },
  [NotificationKinds.MatchConnected]: { inApp: true, email: true },
  [NotificationKinds.MatchDeclined]: { inApp: true, email: true },
  [NotificationKinds.MatchWithdrawn]: { inApp: true, email: true },
  [NotificationKinds.OrganizationVerified]: { inApp: true, email: true },
  [NotificationKinds.OrganizationRejected]: { inApp: true, email: true },
  [NotificationKinds.SavedSearchAlert]: { inApp: true, email: false },
  [NotificationKinds.DeadlineApproaching]: { inApp: true, email: true },
  // A reply is worth an email; quiet hours and the digest keep a lively thread bearable.
  [NotificationKinds.MessageReceived]: { inApp: true, email: true },
  // Something to act on, once per milestone.
  [NotificationKinds.MilestoneOverdue]: { inApp: true, email: true },
  // Once per stall, and worth acting on.
  [NotificationKinds.PartnershipStalled]: { inApp: true, email: true },
  // Figures count only once confirmed, so the other side should hear of them.
  [NotificationKinds.ConfirmationRequested]: { inApp: true, email: true },
};

export const CHANNEL_NAMES = ['inApp', 'email'] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** What a user changed from the defaults, and nothing else (the stored `channels` column). */
export type ChannelOverrides = Partial<Record<NotificationKind, Partial<ChannelChoice>>>;

/** One kind's channels: the user's overrides over the defaults. */
export function choiceFor(
  overrides: Partial<ChannelChoice> | null | undefined,
  kind: NotificationKind,
): ChannelChoice {
  const base = DEFAULT_CHANNELS[kind];
  return {
    inApp: typeof overrides?.inApp === 'boolean' ? overrides.inApp : base.inApp,
    email: typeof overrides?.email === 'boolean' ? overrides.email : base.email,
  };
}

/** Every kind with its channels, in the order of NOTIFICATION_KINDS. */
export function effectiveChannels(
  overrides: ChannelOverrides | null | undefined,
): Record<NotificationKind, ChannelChoice> {
  return Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, choiceFor(overrides?.[kind], kind)]),
  ) as Record<NotificationKind, ChannelChoice>;
}

/** Keeps only what differs from the defaults, so a later change of default reaches everyone else. */
export function compactOverrides(
  channels: Record<NotificationKind, ChannelChoice>,
): ChannelOverrides {
  const result: ChannelOverrides = {};
  for (const kind of NOTIFICATION_KINDS) {
    const diff: Partial<ChannelChoice> = {};
    for (const name of CHANNEL_NAMES) {
      if (channels[kind][name] !== DEFAULT_CHANNELS[kind][name]) diff[name] = channels[kind][name];
    }
    if (Object.keys(diff).length > 0) result[kind] = diff;
  }
  return result;
}

/**
 * Reads a request's `channels` object: `{ "<kind>": { "inApp"?: boolean, "email"?: boolean } }`.
 * Unknown kinds, unknown channels and non-boolean values are field errors with stable codes.
 */
export function parseChannelInput(value: Record<string, unknown>): {
  changes: ChannelOverrides;
  errors: FieldError[];
} {
  const changes: ChannelOverrides = {};
  const errors: FieldError[] = [];
  for (const [key, choice] of Object.entries(value)) {
    const field = `channels.${key}`;
    if (!isNotificationKind(key)) {
      errors.push({
        field,
        code: 'UNKNOWN_NOTIFICATION_KIND',
        message: `${key} is not a notification kind (one of ${NOTIFICATION_KINDS.join(', ')})`,
      });
      continue;
    }
    if (typeof choice !== 'object' || choice === null || Array.isArray(choice)) {
      errors.push({
        field,
        code: 'INVALID_CHANNEL_CHOICE',
        message: `${field} must be an object like { "inApp": true, "email": false }`,
      });
      continue;
    }
    const change: Partial<ChannelChoice> = {};
    for (const [name, on] of Object.entries(choice)) {
      if (!(CHANNEL_NAMES as readonly string[]).includes(name)) {
        errors.push({
          field: `${field}.${name}`,
          code: 'UNKNOWN_CHANNEL',
          message: `${name} is not a channel (one of ${CHANNEL_NAMES.join(', ')})`,
        });
      } else if (typeof on !== 'boolean') {
        errors.push({
          field: `${field}.${name}`,
          code: 'INVALID_BOOLEAN',
          message: `${field}.${name} must be a boolean value`,
        });
      } else {
        change[name as ChannelName] = on;
      }
    }
    changes[key] = change;
  }
  return { changes, errors };
}
