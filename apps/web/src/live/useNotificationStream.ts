import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect } from 'react';
import { api, unwrap } from '../api/client';
import { localized } from '../i18n';
import type { components } from '../api/schema';

export type InboxNotification = components['schemas']['NotificationView'];

/**
 * The live notification stream (Server-Sent Events). EventSource cannot send the bearer token,
 * so each connection trades it for a one-time ticket (POST /notifications/stream-tickets) and
 * reconnects with a fresh ticket after a drop, resuming after the last event seen.
 */
export function useNotificationStream(userId: string | undefined): void {
  const queryClient = useQueryClient();
  const { notification: toast } = App.useApp();
  useEffect(() => {
    if (!userId) return;
    let source: EventSource | null = null;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let lastSeq: string | undefined;
    let delay = 1000;

    const connect = async () => {
      const ticket = await unwrap(api.POST('/api/v1/notifications/stream-tickets')).catch(
        () => null,
      );
      if (stopped) return;
      if (!ticket) return schedule();
      const query = new URLSearchParams({ ticket: ticket.ticket });
      // EventSource sends Last-Event-ID only on its own reconnects; a new one resumes by query.
      if (lastSeq) query.set('lastEventId', lastSeq);
      source = new EventSource(`/api/v1/notifications/stream?${query.toString()}`);
      source.addEventListener('open', () => {
        delay = 1000;
      });
      source.addEventListener('notification', (event) => {
        const item = JSON.parse((event as MessageEvent<string>).data) as InboxNotification;
        lastSeq = item.seq;
        void queryClient.invalidateQueries({ queryKey: ['notifications'] });
        toast.info({
          key: item.id,
          title: localized(item.title),
          description: localized(item.body),
          placement: 'bottomRight',
        });
      });
      source.addEventListener('error', () => {
        // The ticket was spent: EventSource's own retry would be refused, so start over.
        source?.close();
        schedule();
      });
    };
    const schedule = () => {
      if (stopped) return;
      retry = setTimeout(() => void connect(), delay);
      delay = Math.min(delay * 2, 30_000);
    };
    void connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [userId, queryClient, toast]);
}
