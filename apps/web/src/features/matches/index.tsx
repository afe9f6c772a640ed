import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ConnectionActions, sideOf } from './ConnectionActions';
import { DetailFallback, DetailLayout } from './DetailLayout';
import { NS } from './messages';
import { OpenConversationButton } from './OpenConversationButton';
import { PAGE_SIZE, PagedTable } from './PagedTable';
import { type Connection, declinedItems } from './parts';
import { StatusTag, useLiveRefresh } from './status';

type Filter = 'all' | 'pending' | 'connected' | 'declined' | 'withdrawn';

/** `/matches`: the caller's connections; `/matches/:id`: one, with contacts once accepted. */
export default function Matches() {
  return (
    <Routes>
      <Route index element={<MatchList />} />
      <Route path=":id" element={<MatchDetail />} />
    </Routes>
  );
}

function MatchList() {
  const { t, i18n } = useTranslation(NS);
  const { me } = useAuth();
  useLiveRefresh();
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['matches', 'list', filter, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/matches', {
          params: {
            query: { page, pageSize: PAGE_SIZE, ...(filter === 'all' ? {} : { status: filter }) },
          },
        }),
      ),
  });
  return (
    <>
      <Flex wrap justify="space-between" align="center" gap="small">
        <Typography.Title level={2}>{t('connectionsPage.title')}</Typography.Title>
        {me?.user.role !== 'expert' ? (
          <Link to="/offer-interests">{t('connectionsPage.offerInterests')}</Link>
        ) : null}
      </Flex>
      <Segmented<Filter>
        aria-label={t('connectionsPage.filter')}
        value={filter}
        onChange={(value) => {
          setFilter(value);
          setPage(1);
        }}
        options={(['all', 'pending', 'connected', 'declined', 'withdrawn'] as const).map((s) => ({
          value: s,
          label: s === 'all' ? t('connectionsPage.all') : t(`status.${s}`),
        }))}
        style={{ marginBottom: 16, maxWidth: '100%', overflowX: 'auto' }}
      />
      <PagedTable<Connection>
        list={list}
        page={page}
        onPage={setPage}
        empty={
          <EmptyState
            text={t('connectionsPage.empty')}
            action={
              <Link to={me?.user.role === 'expert' ? '/recommendations' : '/demands'}>
                <Button type="primary">
                  {me?.user.role === 'expert'
                    ? t('connectionsPage.toRecommendations')
                    : t('demands.title')}
                </Button>
              </Link>
            }
          />
        }
        columns={[
          {
            key: 'demand',
            title: t('connectionsPage.demand'),
            render: (_, c) => <Link to={`/matches/${c.id}`}>{c.demand.title}</Link>,
          },
          {
            key: 'party',
            title: t('connectionsPage.owner'),
            render: (_, c) => c.owner.name,
          },
          {
            key: 'candidate',
            title: t('connectionsPage.candidate'),
            render: (_, c) => c.candidate.name,
          },
          {
            key: 'initiated',
            title: t('connectionsPage.initiated'),
            render: (_, c) => (c.initiatedBy === 'candidate' ? c.candidate.name : c.owner.name),
          },
          {
            key: 'status',
            title: t('demands.columns.status'),
            render: (_, c) => <StatusTag status={c.status} />,
          },
          {
            key: 'createdAt',
            title: t('connectionsPage.createdAt'),
            render: (_, c) => new Date(c.createdAt).toLocaleDateString(i18n.language),
          },
          {
            key: 'actions',
            title: '',
            render: (_, c) => <ConnectionActions connection={c} me={me} size="small" />,
          },
        ]}
      />
    </>
  );
}

function MatchDetail() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(NS);
  const { me } = useAuth();
  useLiveRefresh();
  const match = useQuery({
    queryKey: ['matches', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/matches/{id}', { params: { path: { id } } })),
  });
  if (match.isPending || match.isError) {
    return <DetailFallback query={match} title={t('connectionsPage.notFound')} />;
  }
  const c = match.data;
  const side = sideOf(c, me);
  return (
    <DetailLayout
      title={t('connectionsPage.detailTitle')}
      status={c.status}
      items={[
        {
          key: 'demand',
          label: t('connectionsPage.demand'),
          children: <Link to={`/demands/${c.demand.id}`}>{c.demand.title}</Link>,
        },
        { key: 'owner', label: t('connectionsPage.owner'), children: c.owner.name },
        {
          key: 'candidate',
          label: t('connectionsPage.candidate'),
          children: (
            <>
              {c.candidate.name} <Tag>{t(`candidateType.${c.candidate.type}`)}</Tag>
            </>
          ),
        },
        {
          key: 'initiated',
          label: t('connectionsPage.initiated'),
          children:
            c.initiatedBy === 'candidate' ? t('connections.interest') : t('connections.invitation'),
        },
        { key: 'message', label: t('connectionsPage.message'), children: c.message },
        {
          key: 'createdAt',
          label: t('connectionsPage.createdAt'),
          children: new Date(c.createdAt).toLocaleString(i18n.language),
        },
        ...declinedItems(t, c.declineReason, c.declineNote),
      ]}
      actions={<ConnectionActions connection={c} me={me} />}
      contacts={
        c.contacts
          ? [
              { title: t('connectionsPage.ownerContacts'), people: c.contacts.owner },
              { title: t('connectionsPage.candidateContacts'), people: c.contacts.candidate },
            ]
          : null
      }
    >
      {side && c.status !== 'withdrawn' ? (
        <Flex wrap gap="small" style={{ marginTop: 16 }}>
          <OpenConversationButton subjectType="connection" subjectId={c.id} />
          {c.status === 'connected' ? (
            <Link to={`/projects/new?match=${c.id}`}>
              <Button>{t('connectionsPage.startProject')}</Button>
            </Link>
          ) : null}
        </Flex>
      ) : null}
    </DetailLayout>
  );
}
