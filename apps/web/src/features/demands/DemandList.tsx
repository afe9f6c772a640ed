import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Muted, PageTitle } from '../../components/PageTitle';
import { NS } from '../matches/messages';
import { formatDate, StatusTag } from '../matches/status';

type Demand = components['schemas']['DemandView'];
type Filter = 'all' | 'draft' | 'open' | 'closed';
const PAGE_SIZE = 20;

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
              pageSize: PAGE_SIZE,
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
        <PageTitle>{t('demands.title')}</PageTitle>
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
            <>
              {/* A plain list, not antd's Table: Table, Pagination and Select would add
                  90 kB gzipped to an organisation's first page (web:budget). */}
              <ul className="row-list" aria-label={t('demands.title')}>
                {list.data.items.map((d: Demand) => (
                  <li key={d.id} data-testid="demand-row">
                    <Link to={`/demands/${d.id}`} className="row-title">
                      {d.title}
                    </Link>
                    <Flex wrap gap="small" align="center">
                      <StatusTag status={d.status} />
                      <span>{t(`kind.${d.kind}`)}</span>
                      <Muted>
                        {t('demands.columns.publishedAt')}
                        {': '}
                        {formatDate(d.publishedAt as unknown as string | null, i18n.language)}
                      </Muted>
                      <Muted>
                        {t('demands.columns.deadline')}
                        {': '}
                        {formatDate(d.deadline as unknown as string | null, i18n.language)}
                      </Muted>
                    </Flex>
                  </li>
                ))}
              </ul>
              {list.data.total > PAGE_SIZE ? (
                <Flex gap="small" align="center" justify="center" style={{ marginTop: 16 }}>
                  <Button disabled={page <= 1} onClick={() => setPage(page - 1)}>
                    {t('demands.previous')}
                  </Button>
                  <span aria-live="polite">
                    {page} / {Math.ceil(list.data.total / PAGE_SIZE)}
                  </span>
                  <Button
                    disabled={page * PAGE_SIZE >= list.data.total}
                    onClick={() => setPage(page + 1)}
                  >
                    {t('demands.next')}
                  </Button>
                </Flex>
              ) : null}
            </>
          ) : null}
        </>
      )}
    </>
  );
}
