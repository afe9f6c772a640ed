import type { EntityManager } from 'typeorm';
import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** How far one user has read one thread: messages with a higher `seq` are unread. */
@Entity('conversation_read_markers')
export class ReadMarker {
  @PrimaryColumn('uuid')
  @ForeignKey('conversation_threads', { onDelete: 'CASCADE' })
  threadId: string;

  @PrimaryColumn('uuid')
  @ForeignKey('users', { onDelete: 'CASCADE' })
  userId: string;

  @Column('int', { default: 0 })
  lastReadSeq: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  readAt: Date;
}

/** Moves the user's marker of the thread up to `seq` (never back), creating it if needed. */
export async function advanceReadMarker(
  manager: EntityManager,
  threadId: string,
  userId: string,
  seq: number,
): Promise<void> {
  await manager.query(
    `INSERT INTO conversation_read_markers (thread_id, user_id, last_read_seq, read_at)
     VALUES ($1, $2, $3, now())
     ON CONFLICT (thread_id, user_id) DO UPDATE
       SET last_read_seq = GREATEST(conversation_read_markers.last_read_seq, EXCLUDED.last_read_seq),
           read_at = now()`,
    [threadId, userId, seq],
  );
}
