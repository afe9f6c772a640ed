import type { LocalizedText, NotificationContent } from '../notification-kinds';

/** The event type of the deliveries POST /webhooks/:id/test makes; sent whatever is subscribed. */
export const PING_EVENT = 'ping';

/** Standard Webhooks' recommended body: `{ type, timestamp, data }`. */
export interface WebhookPayload {
  type: string;
  timestamp: string;
  data: Record<string, unknown> & { title: LocalizedText; link: string | null };
}

const CONSOLE_PATHS: Record<NonNullable<NotificationContent['link']>['type'], string> = {
  demand: 'demands',
  match: 'matches',
  offer_interest: 'offer-interests',
  organization: 'organizations',
  saved_search: 'saved-searches',
  conversation: 'conversations',
  project: 'projects',
  practice_log: 'practice-logs',
};

/** The console page a notification points at, as an absolute URL. */
export function consoleLink(
  publicWebUrl: string,
  link: NotificationContent['link'],
): string | null {
  if (!link) return null;
  const base = publicWebUrl.replace(/\/+$/, '');
  return `${base}/${CONSOLE_PATHS[link.type]}/${encodeURIComponent(link.id)}`;
}

export function webhookPayload(content: NotificationContent, publicWebUrl: string): WebhookPayload {
  return {
    type: content.kind,
    timestamp: new Date(content.occurredAt).toISOString(),
    data: { ...content.data, title: content.title, link: consoleLink(publicWebUrl, content.link) },
  };
}

export function pingPayload(endpointId: string, organizationId: string): WebhookPayload {
  return {
    type: PING_EVENT,
    timestamp: new Date().toISOString(),
    data: {
      endpointId,
      organizationId,
      title: { 'zh-CN': '测试消息：Webhook 已连通', en: 'Test message: the webhook works' },
      link: null,
    },
  };
}
