import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

/**
 * Unread notifications. The live stream invalidates ['notifications'], so this count, the bell
 * and the lists that follow it move without polling.
 */
export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: () => unwrap(api.GET('/api/v1/notifications/unread-count')),
    enabled,
    select: (data) => data.unread,
  });
}
