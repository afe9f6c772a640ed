import { Controller, Get, Headers, HttpCode, Post, Query, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import { type AuthUser, CurrentUser, DomainError, IdParam, Public } from '@app/shared';
import { InboxService } from './inbox.service';
import { type InboxEvent, InboxStream } from './live/inbox-stream.service';
import { StreamTickets, TICKET_TTL_SECONDS } from './live/stream-tickets';
import {
  ListNotificationsQuery,
  NotificationPageView,
  NotificationView,
  StreamTicketView,
  UnreadCountView,
} from './notification.view';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class InboxController {
  constructor(
    private readonly inbox: InboxService,
    private readonly live: InboxStream,
    private readonly tickets: StreamTickets,
  ) {}

  @Get()
  @ApiOkResponse({
    type: NotificationPageView,
    description: 'Newest first; ?unread=true for unread only',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: ListNotificationsQuery) {
    return this.inbox.list(user, query);
  }

  @Get('unread-count')
  @ApiOkResponse({ type: UnreadCountView })
  unreadCount(@CurrentUser() user: AuthUser) {
    return this.inbox.unreadCount(user);
  }

  @Post('read-all')
  @HttpCode(200)
  readAll(@CurrentUser() user: AuthUser) {
    return this.inbox.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationView })
  read(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.inbox.markRead(user, id);
  }

  @Post('stream-tickets')
  @ApiOkResponse({ type: StreamTicketView })
  async ticket(@CurrentUser() user: AuthUser): Promise<StreamTicketView> {
    return { ticket: await this.tickets.issue(user.id), expiresInSeconds: TICKET_TTL_SECONDS };
  }

  /** Server-Sent Events: `notification` events (id = seq) and a `ping` every 25 s. */
  @Public()
  @Sse('stream')
  @ApiQuery({
    name: 'ticket',
    required: false,
    description: 'From POST /notifications/stream-tickets',
  })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Resume after this seq' })
  @ApiQuery({
    name: 'lastEventId',
    required: false,
    description:
      'Resume after this seq; for a new EventSource, which sends Last-Event-ID only on its own retries',
  })
  async stream(
    @CurrentUser() user: AuthUser | undefined,
    @Query('ticket') ticket: string | undefined,
    @Headers('last-event-id') lastEventHeader: string | undefined,
    @Query('lastEventId') lastEventQuery: string | undefined,
  ): Promise<Observable<InboxEvent>> {
    const lastEventId = lastEventHeader ?? lastEventQuery;
    const userId = user?.id ?? (ticket ? await this.tickets.redeem(ticket) : undefined);
    if (!userId) {
      throw new DomainError(
        'unauthenticated',
        'AUTH_REQUIRED',
        'A bearer token or a stream ticket is required',
      );
    }
    const resume = lastEventId && /^\d{1,19}$/.test(lastEventId) ? lastEventId : undefined;
    return this.live.stream(userId, resume);
  }
}
