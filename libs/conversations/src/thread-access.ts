import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type AuthUser, DomainError, isAdmin } from '@app/shared';
import { ConversationParty } from './conversation-party.entity';
import { ConversationThread } from './conversation-thread.entity';
import { type ActorParty, Participants, sideOf } from './participants';

/** A thread the caller may read, and the side they write for (null: an admin, read only). */
export interface AccessibleThread {
  thread: ConversationThread;
  parties: ConversationParty[];
  party: ActorParty;
  side: string | null;
}

export const threadNotFound = () => DomainError.notFound('Conversation', 'CONVERSATION_NOT_FOUND');

/**
 * Loads a thread for a caller: its two sides and admins see it; to anyone else it does not exist
 * (404, never 403, so ids cannot be probed).
 */
@Injectable()
export class ThreadAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participants: Participants,
  ) {}

  async load(
    actor: AuthUser,
    threadId: string,
    options: { manager?: EntityManager; lock?: boolean } = {},
  ): Promise<AccessibleThread> {
    const m = options.manager ?? this.dataSource.manager;
    const thread = await m.findOne(ConversationThread, {
      where: { id: threadId },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!thread) throw threadNotFound();
    const [parties, party] = await Promise.all([
      m.findBy(ConversationParty, { threadId }),
      this.participants.of(actor, m),
    ]);
    const side = sideOf(parties, party);
    if (!side && !isAdmin(actor)) throw threadNotFound();
    return { thread, parties, party, side };
  }

  /** The side the caller writes for; admins read threads but do not write in them. */
  writer(access: AccessibleThread): string {
    if (!access.side) {
      throw DomainError.forbidden(
        'Admins can read conversations, not write in them',
        'ADMINS_READ_ONLY',
      );
    }
    return access.side;
  }
}
