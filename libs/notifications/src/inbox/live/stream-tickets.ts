import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig, DomainError, REDIS } from '@app/shared';

export const TICKET_TTL_SECONDS = 60;

/**
 * Browsers' EventSource cannot send an Authorization header, and access tokens do not belong in
 * URLs (they end up in logs). A logged-in client trades its token for a one-time ticket that
 * is valid for a minute and names only the user.
 */
@Injectable()
export class StreamTickets {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(userId: string): Promise<string> {
    const ticket = randomBytes(24).toString('base64url');
    await this.call(() => this.redis.set(this.key(ticket), userId, 'EX', TICKET_TTL_SECONDS));
    return ticket;
  }

  /** The user the ticket was issued to; the ticket is used up. */
  async redeem(ticket: string): Promise<string> {
    const userId = await this.call(() => this.redis.getdel(this.key(ticket)));
    if (!userId) {
      throw new DomainError(
        'unauthenticated',
        'INVALID_STREAM_TICKET',
        'The stream ticket is unknown, used or expired',
      );
    }
    return userId;
  }

  private key(ticket: string): string {
    return `${this.config.QUEUE_PREFIX}:sse-ticket:${ticket}`;
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch {
      throw new DomainError(
        'unavailable',
        'STREAM_UNAVAILABLE',
        'Live notifications are unavailable right now',
      );
    }
  }
}
