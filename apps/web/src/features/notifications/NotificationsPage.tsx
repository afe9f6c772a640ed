import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSkeleton } from '../../components/PageSkeleton';
import { localized } from '../../i18n';
import type { InboxNotification } from '../../live/useNotificationStream';

/**
 * Where a notification's link opens in the console: the same paths as the links in emails
 * (libs/notifications' WEB_PATHS), so one route serves both.
 */
const WEB_PATHS: Record<string, string> = {
  demand: '/demands',
  match: '/matches',
  offer_interest: '/offer-interests',
  organization: '/organizations',
  saved_search: '/saved-searches',
  conversation: '/conversations',
  project: '/projects',
  practice_log: '/practice-logs',
};

export function linkTarget(link: InboxNotification['link']): string | null {
  const ref = link as { type?: string; id?: string } | null;
  const base = ref?.type ? WEB_PATHS[ref.type] : undefined;
  return base && ref?.id ? `${base}/${encodeURIComponent(ref.id)}` : null;
}

/** The notification centre: newest first, unread marked, read one or all. */
export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const list = useQuery({
    queryKey: ['notifications', 'list', filter],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/notifications', {
          params: { query: filter === 'unread' ? { unread: 'true' } : {} },
        }),
      ),
  });
  const done = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const readOne = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: done,
  });
  const readAll = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/notifications/read-all')),
    onSuccess: done,
  });
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={2}>{t('notifications.title')}</Typography.Title>
        <Space>
          <Segmented
            aria-label={t('notifications.filter')}
            value={filter}
            options={[
              { value: 'all', label: t('notifications.all') },
              { value: 'unread', label: t('notifications.unread') },
            ]}
            onChange={(value) => setFilter(value as 'all' | 'unread')}
          />
          <Button onClick={() => readAll.mutate()} loading={readAll.isPending}>
            {t('notifications.readAll')}
          </Button>
        </Space>
      </Space>
      {list.isPending ? <PageSkeleton /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {readOne.isError ? <ErrorAlert error={readOne.error} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <EmptyState text={t('notifications.empty')} />
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <List<InboxNotification>
          dataSource={list.data.items}
          renderItem={(item) => {
            const target = linkTarget(item.link);
            return (
              <List.Item
                data-testid="notification"
                actions={[
                  target ? (
                    <Link key="open" to={target} onClick={() => readOne.mutate(item.id)}>
                      {t('notifications.open')}
                    </Link>
                  ) : null,
                  !item.readAt ? (
                    <Button key="read" size="small" onClick={() => readOne.mutate(item.id)}>
                      {t('notifications.markRead')}
                    </Button>
                  ) : null,
                ]}
              >
                <List.Item.Meta
                  title={
                    <Space>
                      {!item.readAt ? <Tag color="blue">{t('notifications.new')}</Tag> : null}
                      {localized(item.title)}
                    </Space>
                  }
                  description={
                    <>
                      <div>{localized(item.body)}</div>
                      <Typography.Text type="secondary">
                        {new Date(item.createdAt).toLocaleString(i18n.language)}
                      </Typography.Text>
                    </>
                  }
                />
              </List.Item>
            );
          }}
        />
      ) : null}
    </>
  );
}
