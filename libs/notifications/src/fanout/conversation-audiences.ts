import { Injectable } from '@nestjs/common';
import { type ConversationPartyRecord, ConversationReader } from '@app/conversations';
import type { DomainEventMessage } from '@app/shared';
import { NotificationKinds as K } from '../notification-kinds';
import type { Audience } from './audience';
import { renderMessage } from './messages';
import { Recipients } from './recipients';

/**
 * A new message → the people of the other side of its thread (an organisation's members, or the
 * expert), by their preferences. The sender's side, the sender included, is not told: they wrote
 * it. No webhook: messages stay between the people of the conversation.
 */
@Injectable()
export class ConversationAudiences {
  constructor(
    private readonly conversations: ConversationReader,
    private readonly recipients: Recipients,
  ) {}

  async plan(event: DomainEventMessage): Promise<Audience[]> {
    const notice = await this.conversations.messageNotice(event.aggregateId);
    if (!notice) return [];
    const sender = notice.parties.find((p) => p.side === notice.senderSide);
    const others = notice.parties.filter((p) => p.side !== notice.senderSide);
    const userIds = new Set((await Promise.all(others.map((p) => this.usersOf(p)))).flat());
    // Someone on both sides (a member of the enterprise who is also the expert) wrote it.
    if (notice.senderUserId) userIds.delete(notice.senderUserId);
    if (userIds.size === 0) return [];
    const { title, body } = renderMessage(K.MessageReceived, {
      partyName: sender ? await this.nameOf(sender) : '',
      demandTitle: notice.title,
      excerpt: notice.excerpt,
      attachmentCount: notice.attachmentCount,
    });
    return [
      {
        dedupeKey: `${K.MessageReceived}:${event.eventId}`,
        userIds: [...userIds],
        organizationIds: [],
        content: {
          kind: K.MessageReceived,
          title,
          body,
          link: { type: 'conversation', id: notice.threadId },
          data: {
            threadId: notice.threadId,
            messageId: notice.messageId,
            subjectType: notice.subjectType,
            subjectId: notice.subjectId,
            senderSide: notice.senderSide,
            attachmentCount: notice.attachmentCount,
          },
          sourceEventId: event.eventId,
          occurredAt: event.occurredAt,
        },
      },
    ];
  }

  private async usersOf(party: ConversationPartyRecord): Promise<string[]> {
    if (party.organizationId) return this.recipients.membersOf([party.organizationId]);
    if (!party.expertId) return [];
    const expert = (await this.recipients.experts([party.expertId])).get(party.expertId);
    return expert?.userId ? [expert.userId] : [];
  }

  private async nameOf(party: ConversationPartyRecord): Promise<string> {
    if (party.organizationId) {
      return (
        (await this.recipients.organizationNames([party.organizationId])).get(
          party.organizationId,
        ) ?? ''
      );
    }
    if (!party.expertId) return '';
    return (await this.recipients.experts([party.expertId])).get(party.expertId)?.name ?? '';
  }
}
