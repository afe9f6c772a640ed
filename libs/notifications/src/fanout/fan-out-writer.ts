import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, type QueueName, recordReceipts, REDIS } from '@app/shared';
import type { ChannelChoice, EmailRequest, WebhookRequest } from '../channels';
import type { NotificationKind } from '../notification-kinds';
import { EmailOutbox } from '../email/email-outbox.service';
import { inboxChannel, type InboxAnnouncement } from '../inbox/live/inbox-channel';
import { NotificationPreferences } from '../preferences/notification-preferences.service';
import { WebhookOutbox } from '../webhooks/webhook-outbox.service';
import type { Audience } from './audience';
import { type InboxEntry, insertInbox } from './inbox-insert';

/**
 * Inbox rows per transaction, and how many such transactions run at once: PostgreSQL inserts
 * (heap, four indexes, the users foreign key) on one core per connection, so two chunks at a
 * time use both cores of a small host, and the first rows show up before the last are written.
 */
const INBOX_CHUNK = 2500;
const PARALLEL_INBOX_CHUNKS = 2;

/**
 * Turns audiences into deliveries: inbox entries, then email and webhook deliveries with the
 * outbox receipt. Every delivery has an idempotency key, so a retried or
 * replayed event adds nothing twice. Queuing and live announcements happen after the commit;
 * if Redis fails then, the channels' recovery re-queues from PostgreSQL.
 */
@Injectable()
export class FanOutWriter {
  private readonly logger = new Logger(FanOutWriter.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly preferences: NotificationPreferences,
    private readonly email: EmailOutbox,
    private readonly webhooks: WebhookOutbox,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async write(
    audiences: Audience[],
    receipt?: { queue: QueueName; eventId: string },
  ): Promise<void> {
    const inbox: InboxEntry[] = [];
    const emails: EmailRequest[] = [];
    const hooks: WebhookRequest[] = [];
    const choices = await this.choicesByKind(audiences);
    for (const a of audiences) {
      for (const userId of new Set(a.userIds)) {
        const choice = choices.get(a.content.kind)?.get(userId);
        if (choice?.inApp) inbox.push({ userId, content: a.content, dedupeKey: a.dedupeKey });
        if (choice?.email) {
          emails.push({
            userId,
            content: a.content,
            idempotencyKey: `${a.dedupeKey}:email:${userId}`,
          });
        }
      }
      for (const organizationId of new Set(a.organizationIds)) {
        hooks.push({
          organizationId,
          content: a.content,
          idempotencyKey: `${a.dedupeKey}:webhook:${organizationId}`,
        });
      }
    }
    // The inbox commits first, so people see it without waiting for thousands of email rows. If
    // the process dies in between, the event has no receipt yet and is handled again: the inbox
    // keys make that a no-op and the deliveries are recorded then.
    const announcing = await this.writeInbox(inbox);
    const { emailIds, webhookIds } = await this.dataSource.transaction(async (m) => {
      const emailIds = await this.email.record(m, emails);
      const webhookIds = await this.webhooks.record(m, hooks);
      if (receipt) await recordReceipts(m, receipt.queue, [receipt.eventId]);
      return { emailIds, webhookIds };
    });
    await Promise.all([
      this.email.dispatch(emailIds),
      this.webhooks.dispatch(webhookIds),
      announcing,
    ]);
  }

  /** One preferences query per kind, however many audiences (10,000 alerts are one query). */
  private async choicesByKind(
    audiences: Audience[],
  ): Promise<Map<string, Map<string, ChannelChoice>>> {
    const usersByKind = new Map<NotificationKind, Set<string>>();
    for (const a of audiences) {
      const users = usersByKind.get(a.content.kind) ?? new Set<string>();
      a.userIds.forEach((u) => users.add(u));
      usersByKind.set(a.content.kind, users);
    }
    const result = new Map<string, Map<string, ChannelChoice>>();
    for (const [kind, users] of usersByKind) {
      result.set(kind, await this.preferences.channelsFor([...users], kind));
    }
    return result;
  }

  /** Chunks in parallel transactions, each announced once committed; resolves when all are. */
  private async writeInbox(entries: InboxEntry[]): Promise<Promise<void>> {
    const chunks: InboxEntry[][] = [];
    for (let i = 0; i < entries.length; i += INBOX_CHUNK)
      chunks.push(entries.slice(i, i + INBOX_CHUNK));
    const announcements: Promise<void>[] = [];
    const lane = async () => {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
        const inserted = await this.dataSource.transaction((m) => insertInbox(m, chunk));
        announcements.push(this.announce(inserted));
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_INBOX_CHUNKS }, lane));
    return Promise.all(announcements).then(() => undefined);
  }

  /** Live push to connected consoles; best effort (the inbox itself is already committed). */
  private async announce(entries: InboxAnnouncement): Promise<void> {
    const channel = inboxChannel(this.config.QUEUE_PREFIX);
    try {
      for (let i = 0; i < entries.length; i += 1000) {
        await this.redis.publish(channel, JSON.stringify(entries.slice(i, i + 1000)));
      }
    } catch (error) {
      this.logger.warn(`Live inbox announcement failed: ${(error as Error).message}`);
    }
  }
}
