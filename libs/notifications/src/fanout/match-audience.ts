import type { DomainEventMessage } from '@app/shared';
import {
  type NotificationContent,
  type NotificationKind,
  NotificationKinds as K,
} from '../notification-kinds';
import type { Audience } from './audience';
import { renderMessage } from './messages';
import type { Party } from './recipients';

/** What a message about a match (on a demand) or an interest (in an offer) says and links to. */
export interface MatchNotice {
  event: DomainEventMessage;
  /** The demand's or the offer's title. */
  subjectTitle: string | undefined;
  subject: 'demand' | 'offer';
  declineReason: string | null;
  declineNote: string | null;
  link: NonNullable<NotificationContent['link']>;
  /** Ids and status; the decline reason is added to declines. */
  data: Record<string, unknown>;
}

/** One kind of message about a match to one party, naming the other. */
export function matchAudience(
  notice: MatchNotice,
  kind: NotificationKind,
  to: Party,
  about: Party,
): Audience {
  const { title, body } = renderMessage(kind, {
    demandTitle: notice.subjectTitle,
    subject: notice.subject,
    partyName: about.name,
    declineReason: notice.declineReason,
    declineNote: notice.declineNote,
  });
  return {
    dedupeKey: `${kind}:${notice.event.eventId}`,
    userIds: to.userIds,
    organizationIds: to.organizationIds,
    content: {
      kind,
      title,
      body,
      link: notice.link,
      data: {
        ...notice.data,
        ...(kind === K.MatchDeclined ? { declineReason: notice.declineReason } : {}),
      },
      sourceEventId: notice.event.eventId,
      occurredAt: notice.event.occurredAt,
    },
  };
}
