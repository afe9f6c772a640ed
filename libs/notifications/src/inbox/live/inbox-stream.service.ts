import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import type { Redis } from 'ioredis';
import { Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig, REDIS } from '@app/shared';
import { InboxService } from '../inbox.service';
import { type NotificationView, toNotificationView } from '../notification.view';
import { inboxChannel, type InboxAnnouncement } from './inbox-channel';

/** What Nest's @Sse expects. */
export interface InboxEvent {
  id?: string;
  type: 'notification' | 'ping';
  data: NotificationView | Record<string, never>;
}

type Push = (entry: NotificationView) => void;

/** Comments keep proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;

/**
 * Live inbox for connected consoles. The worker announces new entries on a Redis channel; each
 * API instance keeps its own subscribers and reads the rows of those connected. A reconnecting
 * client sends Last-Event-ID (the seq) and first gets what it missed, from PostgreSQL.
 */
@Injectable()
export class InboxStream implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(InboxStream.name);
  private readonly subscribers = new Map<string, Set<Push>>();
  private subscriber?: Redis;

  constructor(
    private readonly inbox: InboxService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // Its own connection (a subscribed one can do nothing else), retrying for ever.
    const sub = this.redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
    sub.on('error', (error: Error) => this.logger.debug(`inbox subscriber: ${error.message}`));
    sub.on('message', (_channel: string, message: string) => void this.deliver(message));
    void sub.subscribe(inboxChannel(this.config.QUEUE_PREFIX)).catch(() => undefined);
    this.subscriber = sub;
  }

  async onModuleDestroy(): Promise<void> {
    this.subscriber?.disconnect();
  }

  stream(userId: string, lastSeq: string | undefined): Observable<InboxEvent> {
    return new Observable<InboxEvent>((observer) => {
      let sentUpTo = BigInt(lastSeq ?? 0);
      let replaying = lastSeq !== undefined;
      const held: NotificationView[] = [];
      const send = (entry: NotificationView) => {
        if (BigInt(entry.seq) <= sentUpTo) return;
        sentUpTo = BigInt(entry.seq);
        observer.next({ id: entry.seq, type: 'notification', data: entry });
      };
      const push: Push = (entry) => (replaying ? held.push(entry) : send(entry));
      const set = this.subscribers.get(userId) ?? new Set<Push>();
      set.add(push);
      this.subscribers.set(userId, set);
      if (lastSeq !== undefined) {
        this.inbox.after(userId, lastSeq).then(
          (missed) => {
            missed.forEach(send);
            held.sort((a, b) => Number(BigInt(a.seq) - BigInt(b.seq))).forEach(send);
            replaying = false;
          },
          (error: unknown) => observer.error(error),
        );
      }
      const heartbeat = setInterval(() => observer.next({ type: 'ping', data: {} }), HEARTBEAT_MS);
      return () => {
        clearInterval(heartbeat);
        set.delete(push);
        if (set.size === 0) this.subscribers.delete(userId);
      };
    });
  }

  private async deliver(message: string): Promise<void> {
    try {
      const pairs = JSON.parse(message) as InboxAnnouncement;
      const wanted = pairs.filter(([userId]) => this.subscribers.has(userId)).map(([, seq]) => seq);
      for (const row of await this.inbox.bySeq(wanted)) {
        const view = toNotificationView(row);
        this.subscribers.get(row.userId)?.forEach((push) => push(view));
      }
    } catch (error) {
      this.logger.warn(`Live inbox delivery failed: ${(error as Error).message}`);
    }
  }
}
