import type { ConversationEvent } from '@app/conversations';
import type { DemandEvent } from '@app/demands';
import type { IdentityEvent } from '@app/identity';
import type { ConnectionEvent, OfferInterestEvent } from '@app/matching';
import type { OrganizationEvent } from '@app/organizations';
import type { ProgrammeEvent } from '@app/programmes';
import { CAPPED_BACKOFF, eventRoute, Queues } from '@app/shared';

/** Events someone may be told about (or that move a deadline reminder). */
export type NotifiableEvent =
  | DemandEvent
  | ConnectionEvent
  | OfferInterestEvent
  | OrganizationEvent
  | IdentityEvent
  | ConversationEvent
  | ProgrammeEvent;

/** The notifications fan-out's subscription (see AudiencePlanner for what each one means). */
export const NOTIFICATIONS_ROUTE = eventRoute<NotifiableEvent>({
  queue: Queues.Notifications,
  events: {
    'demand.published': true,
    'demand.updated': true,
    'demand.closed': true,
    'interest.expressed': true,
    'invitation.sent': true,
    'match.connected': true,
    'match.declined': true,
    'match.withdrawn': true,
    'offer_interest.expressed': true,
    'offer_interest.connected': true,
    'offer_interest.declined': true,
    'offer_interest.withdrawn': true,
    'organization.verified': true,
    'organization.rejected': true,
    // Nobody is told about a registration or a profile edit.
    'organization.registered': false,
    'organization.updated': false,
    // An account email, whatever the preferences (AccountEmails, ADR 0013).
    'user.password_reset_requested': true,
    'account.link_issued': true,
    'account.notice': true,
    // The other side of the conversation (ConversationAudiences).
    'conversation.message_posted': true,
    // Cooperation projects: an overdue milestone (MilestoneAudiences), and figures the other
    // side is to confirm (ConfirmationAudiences); the rest tells nobody.
    'milestone.overdue': true,
    'project.created': false,
    'project.status_changed': false,
    'project.updated': false,
    'outcome.reported': true,
    'outcome.confirmed': false,
    'practice.logged': true,
    'practice.confirmed': false,
    // Both sides and their districts' operators (PartnershipAudiences), once per stall.
    'partnership.stalled': true,
  },
  receipts: true,
  // About half an hour of retries for other faults; a Meilisearch outage postpones (ADR 0008).
  jobOptions: { attempts: 30, backoff: { type: CAPPED_BACKOFF } },
});
