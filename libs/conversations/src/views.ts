import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { ExpertDirectory } from '@app/experts';
import { UserDirectory } from '@app/identity';
import { OrganizationDirectory } from '@app/organizations';
import { ConversationMessage } from './conversation-message.entity';
import { ConversationParty } from './conversation-party.entity';
import { ConversationThread } from './conversation-thread.entity';
import { API_PATH } from './conversation.types';
import type { AttachmentView, MessageView, PartyView, ThreadView } from './dto/conversation.view';
import { MessageAttachment } from './message-attachment.entity';
import type { ActorParty } from './participants';
import { sideOf } from './participants';
import type { ResolvedSubject } from './subjects/subject';
import { Subjects } from './subjects/subjects';

const READ_ONLY_REASONS = {
  pending: 'CONVERSATION_NOT_OPEN',
  closed: 'CONVERSATION_CLOSED',
} as const;

/** Why the caller cannot post in a thread of this subject, or null when they can. */
export function readOnlyReason(subject: ResolvedSubject, side: string | null): string | null {
  if (subject.phase !== 'open') return READ_ONLY_REASONS[subject.phase];
  return side ? null : 'ADMINS_READ_ONLY';
}

/** Threads and messages as the API shows them: one batched read per table and context. */
@Injectable()
export class ConversationViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subjects: Subjects,
    private readonly organizations: OrganizationDirectory,
    private readonly experts: ExpertDirectory,
    private readonly users: UserDirectory,
  ) {}

  async threads(threads: ConversationThread[], party: ActorParty): Promise<ThreadView[]> {
    if (threads.length === 0) return [];
    const ids = threads.map((t) => t.id);
    const m = this.dataSource.manager;
    const lastIds = threads.map((t) => t.lastMessageId).filter((v): v is string => v !== null);
    const [parties, subjects, unread, lastMessages] = await Promise.all([
      m.findBy(ConversationParty, { threadId: In(ids) }),
      this.subjects.many(threads),
      this.unreadByThread(ids, party),
      lastIds.length ? m.findBy(ConversationMessage, { id: In(lastIds) }) : [],
    ]);
    const [names, messages] = await Promise.all([
      this.partyNames(parties),
      this.messages(lastMessages, party.userId),
    ]);
    const messageById = new Map(messages.map((v) => [v.id, v]));
    return threads.flatMap((t) => {
      const subject = subjects.get(`${t.subjectType}:${t.subjectId}`);
      if (!subject) return [];
      const own = parties.filter((p) => p.threadId === t.id);
      const side = sideOf(own, party);
      return [
        {
          id: t.id,
          subject: {
            type: subject.type,
            id: subject.id,
            title: subject.title,
            status: subject.status,
          },
          parties: own.map((p) => names(p)),
          mySide: side,
          writable: readOnlyReason(subject, side) === null,
          readOnlyReason: readOnlyReason(subject, side),
          opening: subject.opening,
          messageCount: t.messageCount,
          unread: unread.get(t.id) ?? 0,
          lastMessage: t.lastMessageId ? (messageById.get(t.lastMessageId) ?? null) : null,
          lastMessageAt: t.lastMessageAt,
          createdAt: t.createdAt,
        },
      ];
    });
  }

  async messages(rows: ConversationMessage[], viewerId: string): Promise<MessageView[]> {
    if (rows.length === 0) return [];
    const senderIds = [
      ...new Set(rows.map((r) => r.senderUserId).filter((v): v is string => v !== null)),
    ];
    const [attachments, senders] = await Promise.all([
      this.dataSource.manager.find(MessageAttachment, {
        where: { messageId: In(rows.map((r) => r.id)) },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      this.users.byIds(senderIds),
    ]);
    return rows.map((r) => ({
      id: r.id,
      threadId: r.threadId,
      seq: r.seq,
      senderSide: r.senderSide,
      senderUserId: r.senderUserId,
      senderName: (r.senderUserId && senders.get(r.senderUserId)?.displayName) || '',
      mine: r.senderUserId === viewerId,
      body: r.body,
      attachments: attachments.filter((a) => a.messageId === r.id).map(attachmentView),
      createdAt: r.createdAt,
    }));
  }

  /** Messages of the other side after the user's read marker, per thread. */
  private async unreadByThread(ids: string[], party: ActorParty): Promise<Map<string, number>> {
    const rows: { thread_id: string; unread: number }[] = await this.dataSource.query(
      `SELECT p.thread_id, COUNT(m.id)::int AS unread
         FROM conversation_parties p
         LEFT JOIN conversation_read_markers r ON r.thread_id = p.thread_id AND r.user_id = $1
         JOIN conversation_messages m ON m.thread_id = p.thread_id
          AND m.seq > COALESCE(r.last_read_seq, 0) AND m.sender_side <> p.side
        WHERE p.thread_id = ANY($2::uuid[])
          AND (p.organization_id = $3 OR p.expert_id = $4)
        GROUP BY p.thread_id`,
      [party.userId, ids, party.organizationId, party.expertId],
    );
    return new Map(rows.map((r) => [r.thread_id, r.unread]));
  }

  private async partyNames(
    parties: ConversationParty[],
  ): Promise<(p: ConversationParty) => PartyView> {
    const orgIds = [
      ...new Set(parties.map((p) => p.organizationId).filter((v): v is string => !!v)),
    ];
    const expertIds = [...new Set(parties.map((p) => p.expertId).filter((v): v is string => !!v))];
    const [orgs, experts] = await Promise.all([
      this.organizations.byIds(orgIds),
      this.experts.byIds(expertIds),
    ]);
    return (p) =>
      p.organizationId
        ? {
            side: p.side,
            kind: 'organization',
            id: p.organizationId,
            name: orgs.get(p.organizationId)?.name ?? '',
          }
        : {
            side: p.side,
            kind: 'expert',
            id: p.expertId ?? '',
            name: experts.get(p.expertId ?? '')?.name ?? '',
          };
  }
}

export function attachmentView(a: MessageAttachment): AttachmentView {
  return {
    id: a.id,
    fileName: a.fileName,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    url: `${API_PATH}/conversations/${a.threadId}/attachments/${a.id}`,
  };
}
