import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSkeleton } from '../../components/PageSkeleton';
import { NS } from '../matches/messages';
import { formatDate, StatusTag } from '../matches/parts';

type Demand = components['schemas']['DemandView'];
type Filter = 'all' | 'draft' | 'open' | 'closed';

/** The organisation's postings (drafts included), filtered by state. */
export default function DemandList() {
  const { t, i18n } = useTranslation(NS);
  const { me } = useAuth();
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const isOrg = Boolean(me?.organization);
  const list = useQuery({
    queryKey: ['demands', 'mine', filter, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/demands', {
          params: {
            query: {
              mine: true,
              page,
              pageSize: 20,
              ...(filter === 'all' ? {} : { status: filter }),
            },
          },
        }),
      ),
    enabled: isOrg,
  });
  const newButton = (
    <Link to="/demands/new">
      <Button type="primary">{t('demands.new')}</Button>
    </Link>
  );
  return (
    <>
      <Flex wrap justify="space-between" align="center" gap="small">
        <Typography.Title level={2}>{t('demands.title')}</Typography.Title>
        {isOrg ? newButton : null}
      </Flex>
      {!isOrg ? (
        <EmptyState
          text={t('demands.noOrganization')}
          action={
            <Link to="/profile">
              <Button type="primary">{t('demands.toProfile')}</Button>
            </Link>
          }
        />
      ) : (
        <>
          <Segmented<Filter>
            aria-label={t('demands.filter')}
            value={filter}
            onChange={(value) => {
              setFilter(value);
              setPage(1);
            }}
            options={(['all', 'draft', 'open', 'closed'] as const).map((s) => ({
              value: s,
              label: s === 'all' ? t('demands.all') : t(`status.${s}`),
            }))}
            style={{ marginBottom: 16 }}
          />
          {list.isPending ? <PageSkeleton /> : null}
          {list.isError ? <ErrorAlert error={list.error} /> : null}
          {list.data && list.data.total === 0 ? (
            <EmptyState
              text={filter === 'all' ? t('demands.empty') : t('demands.emptyFiltered')}
              action={newButton}
            />
          ) : null}
          {list.data && list.data.total > 0 ? (
            <Table<Demand>
              rowKey="id"
              dataSource={list.data.items}
              scroll={{ x: true }}
              pagination={{
                current: page,
                pageSize: 20,
                total: list.data.total,
                onChange: setPage,
                hideOnSinglePage: true,
              }}
              columns={[
                {
                  key: 'title',
                  title: t('demands.columns.title'),
                  render: (_, d) => <Link to={`/demands/${d.id}`}>{d.title}</Link>,
                },
                {
                  key: 'kind',
                  title: t('demands.columns.kind'),
                  render: (_, d) => t(`kind.${d.kind}`),
                },
                {
                  key: 'status',
                  title: t('demands.columns.status'),
                  render: (_, d) => <StatusTag status={d.status} />,
                },
                {
                  key: 'publishedAt',
                  title: t('demands.columns.publishedAt'),
                  render: (_, d) =>
                    formatDate(d.publishedAt as unknown as string | null, i18n.language),
                },
                {
                  key: 'deadline',
                  title: t('demands.columns.deadline'),
                  render: (_, d) =>
                    formatDate(d.deadline as unknown as string | null, i18n.language),
                },
              ]}
            />
          ) : null}
        </>
      )}
    </>
  );
}
