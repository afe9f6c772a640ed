import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AuthUser, isAdmin, type Page, pageOf, type PageQuery } from '@app/shared';
import { ConversationParty } from './conversation-party.entity';
import { ConversationThread } from './conversation-thread.entity';
import type { OpenConversationDto } from './dto/conversation.dto';
import type { ThreadView, UnreadCountView } from './dto/conversation.view';
import { Participants, sideOf } from './participants';
import { advanceReadMarker } from './read-marker.entity';
import { Subjects } from './subjects/subjects';
import { ThreadAccess, threadNotFound } from './thread-access';
import { ConversationViews } from './views';

/** Threads: opening one for a subject, reading them, unread counts and read markers. */
@Injectable()
export class ConversationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subjects: Subjects,
    private readonly participants: Participants,
    private readonly access: ThreadAccess,
    private readonly views: ConversationViews,
  ) {}

  /**
   * The subject's thread, created the first time one of its sides (or an admin) opens it, with
   * the subject's two sides copied into it. Opening twice, or concurrently, gives the same thread.
   */
  async open(actor: AuthUser, input: OpenConversationDto): Promise<ThreadView> {
    const subject = await this.subjects.one(input.subjectType, input.subjectId);
    const party = await this.participants.of(actor);
    if (!sideOf(subject.sides, party) && !isAdmin(actor)) throw threadNotFound();
    const threadId = await this.dataSource.transaction(async (m) => {
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(ConversationThread)
        .values({ subjectType: subject.type, subjectId: subject.id })
        .orIgnore()
        .returning(['id'])
        .execute();
      const created = (inserted.raw as { id: string }[])[0]?.id;
      if (!created) {
        const existing = await m.findOneByOrFail(ConversationThread, {
          subjectType: subject.type,
          subjectId: subject.id,
        });
        return existing.id;
      }
      await m.insert(
        ConversationParty,
        subject.sides.map((s) => ({
          threadId: created,
          side: s.side,
          organizationId: s.organizationId,
          expertId: s.expertId,
        })),
      );
      return created;
    });
    return this.get(actor, threadId);
  }

  async get(actor: AuthUser, id: string): Promise<ThreadView> {
    const { thread, party } = await this.access.load(actor, id);
    const [view] = await this.views.threads([thread], party);
    if (!view) throw threadNotFound();
    return view;
  }

  /** The caller's threads, latest activity first, with unread counts and the last message. */
  async mine(actor: AuthUser, query: PageQuery): Promise<Page<ThreadView>> {
    const party = await this.participants.of(actor);
    if (!party.organizationId && !party.expertId) return pageOf([], 0, query);
    const [threads, total] = await this.dataSource.manager
      .createQueryBuilder(ConversationThread, 't')
      .where(
        `EXISTS (SELECT 1 FROM conversation_parties p WHERE p.thread_id = t.id
           AND (p.organization_id = :org OR p.expert_id = :expert))`,
        { org: party.organizationId, expert: party.expertId },
      )
      .orderBy('COALESCE(t.last_message_at, t.created_at)', 'DESC')
      .addOrderBy('t.id', 'ASC')
      .skip(query.offset)
      .take(query.pageSize)
      .getManyAndCount();
    return pageOf(await this.views.threads(threads, party), total, query);
  }

  /** Unread messages over all the caller's threads (the other sides' messages only). */
  async unreadTotal(actor: AuthUser): Promise<UnreadCountView> {
    const party = await this.participants.of(actor);
    if (!party.organizationId && !party.expertId) return { unread: 0 };
    const [row] = (await this.dataSource.query(
      `SELECT COUNT(m.id)::int AS unread
         FROM conversation_parties p
         LEFT JOIN conversation_read_markers r ON r.thread_id = p.thread_id AND r.user_id = $1
         JOIN conversation_messages m ON m.thread_id = p.thread_id
          AND m.seq > COALESCE(r.last_read_seq, 0) AND m.sender_side <> p.side
        WHERE p.organization_id = $2 OR p.expert_id = $3`,
      [actor.id, party.organizationId, party.expertId],
    )) as { unread: number }[];
    return { unread: row?.unread ?? 0 };
  }

  /** Everything in the thread so far counts as read by the caller (never moves back). */
  async markRead(actor: AuthUser, id: string): Promise<ThreadView> {
    const { thread } = await this.access.load(actor, id);
    await advanceReadMarker(this.dataSource.manager, thread.id, actor.id, thread.messageCount);
    return this.get(actor, id);
  }
}
