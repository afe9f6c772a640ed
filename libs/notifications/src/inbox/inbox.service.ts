import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In, IsNull, MoreThan } from 'typeorm';
import { type AuthUser, DomainError, findPage, type Page } from '@app/shared';
import { Notification } from './notification.entity';
import {
  type ListNotificationsQuery,
  type NotificationView,
  toNotificationView,
} from './notification.view';

/** A user's own inbox: nobody reads or marks another's notifications (404). */
@Injectable()
export class InboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(actor: AuthUser, query: ListNotificationsQuery): Promise<Page<NotificationView>> {
    const qb = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :user', { user: actor.id })
      .orderBy('n.seq', 'DESC');
    if (query.unread === 'true') qb.andWhere('n.read_at IS NULL');
    if (query.unread === 'false') qb.andWhere('n.read_at IS NOT NULL');
    return findPage(qb, query, toNotificationView);
  }

  async unreadCount(actor: AuthUser): Promise<{ unread: number }> {
    const unread = await this.dataSource
      .getRepository(Notification)
      .countBy({ userId: actor.id, readAt: IsNull() });
    return { unread };
  }

  async markRead(actor: AuthUser, id: string): Promise<NotificationView> {
    const repo = this.dataSource.getRepository(Notification);
    await repo.update({ id, userId: actor.id, readAt: IsNull() }, { readAt: new Date() });
    const row = await repo.findOneBy({ id, userId: actor.id });
    if (!row) throw DomainError.notFound('Notification');
    return toNotificationView(row);
  }

  async markAllRead(actor: AuthUser): Promise<{ marked: number }> {
    const result = await this.dataSource
      .getRepository(Notification)
      .update({ userId: actor.id, readAt: IsNull() }, { readAt: new Date() });
    return { marked: result.affected ?? 0 };
  }

  /** For the live stream: entries after `seq` (a reconnect), oldest first, at most `limit`. */
  async after(userId: string, seq: string, limit = 100): Promise<NotificationView[]> {
    const rows = await this.dataSource.getRepository(Notification).find({
      where: { userId, seq: MoreThan(seq) },
      order: { seq: 'ASC' },
      take: limit,
    });
    return rows.map(toNotificationView);
  }

  /** For the live stream: the announced entries of connected users. */
  async bySeq(seqs: string[]): Promise<Notification[]> {
    if (seqs.length === 0) return [];
    return this.dataSource.getRepository(Notification).findBy({ seq: In(seqs) });
  }
}
