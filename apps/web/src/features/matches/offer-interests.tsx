import { useQuery } from '@tanstack/react-query';
import { Button, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { Me } from '../../api/types';
import { useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { OpenConversationButton } from './OpenConversationButton';
import { NS } from './messages';
import { AnswerActions } from './AnswerActions';
import { DetailFallback, DetailLayout } from './DetailLayout';
import { PAGE_SIZE, PagedTable } from './PagedTable';
import { declinedItems } from './parts';
import { StatusTag, useLiveRefresh } from './status';

type OfferInterest = components['schemas']['OfferInterestView'];
type Direction = 'all' | 'sent' | 'received';

/** `/offer-interests` and `/offer-interests/:id`: interests in offers, sent and received. */
export default function OfferInterests() {
  return (
    <Routes>
      <Route index element={<OfferInterestList />} />
      <Route path=":id" element={<OfferInterestDetail />} />
    </Routes>
  );
}

/** The provider (an expert or a college) answers; the interested organisation may withdraw. */
function sideOf(i: OfferInterest, me: Me | null | undefined): 'owner' | 'interested' | null {
  const orgId = me?.organization?.id;
  const expertId = me?.expertProfile?.id;
  if ((orgId && i.owner.id === orgId) || (expertId && i.owner.id === expertId)) return 'owner';
  if (orgId && i.organization.id === orgId) return 'interested';
  return null;
}

function OfferInterestActions({ interest: i }: { interest: OfferInterest }) {
  const { me } = useAuth();
  const side = sideOf(i, me);
  if (i.status !== 'pending' || !side) return null;
  const path = { params: { path: { id: i.id } } };
  return (
    <AnswerActions
      mode={side === 'owner' ? 'answer' : 'withdraw'}
      label={i.offer.title}
      size="small"
      refresh={['offer-interests']}
      accept={() => unwrap(api.POST('/api/v1/offer-interests/{id}/accept', path))}
      decline={(body) =>
        unwrap(api.POST('/api/v1/offer-interests/{id}/decline', { ...path, body }))
      }
      withdraw={() => unwrap(api.POST('/api/v1/offer-interests/{id}/withdraw', path))}
    />
  );
}

function OfferInterestList() {
  const { t, i18n } = useTranslation(NS);
  useLiveRefresh();
  const [direction, setDirection] = useState<Direction>('all');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['offer-interests', 'list', direction, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/offer-interests', {
          params: {
            query: { page, pageSize: PAGE_SIZE, ...(direction === 'all' ? {} : { direction }) },
          },
        }),
      ),
  });
  return (
    <>
      <Typography.Title level={2}>{t('offerInterests.title')}</Typography.Title>
      <Segmented<Direction>
        aria-label={t('offerInterests.direction')}
        value={direction}
        onChange={(value) => {
          setDirection(value);
          setPage(1);
        }}
        options={(['all', 'sent', 'received'] as const).map((d) => ({
          value: d,
          label: d === 'all' ? t('connectionsPage.all') : t(`offerInterests.${d}`),
        }))}
        style={{ marginBottom: 16 }}
      />
      <PagedTable<OfferInterest>
        list={list}
        page={page}
        onPage={setPage}
        empty={
          <EmptyState
            text={t('offerInterests.empty')}
            action={
              <Link to="/search">
                <Button type="primary">{t('offerInterests.toSearch')}</Button>
              </Link>
            }
          />
        }
        columns={[
          {
            key: 'offer',
            title: t('offerInterests.offer'),
            render: (_, i) => <Link to={`/offer-interests/${i.id}`}>{i.offer.title}</Link>,
          },
          { key: 'owner', title: t('offerInterests.provider'), render: (_, i) => i.owner.name },
          {
            key: 'organization',
            title: t('offerInterests.interested'),
            render: (_, i) => i.organization.name,
          },
          {
            key: 'status',
            title: t('demands.columns.status'),
            render: (_, i) => <StatusTag status={i.status} />,
          },
          {
            key: 'createdAt',
            title: t('connectionsPage.createdAt'),
            render: (_, i) => new Date(i.createdAt).toLocaleDateString(i18n.language),
          },
          {
            key: 'actions',
            title: '',
            render: (_, i) => <OfferInterestActions interest={i} />,
          },
        ]}
      />
    </>
  );
}

function OfferInterestDetail() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(NS);
  const { me } = useAuth();
  useLiveRefresh();
  const one = useQuery({
    queryKey: ['offer-interests', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/offer-interests/{id}', { params: { path: { id } } })),
  });
  if (one.isPending || one.isError) {
    return <DetailFallback query={one} title={t('offerInterests.detailTitle')} />;
  }
  const i = one.data;
  return (
    <DetailLayout
      title={t('offerInterests.detailTitle')}
      status={i.status}
      items={[
        { key: 'offer', label: t('offerInterests.offer'), children: i.offer.title },
        { key: 'owner', label: t('offerInterests.provider'), children: i.owner.name },
        {
          key: 'organization',
          label: t('offerInterests.interested'),
          children: i.organization.name,
        },
        { key: 'message', label: t('connectionsPage.message'), children: i.message },
        {
          key: 'createdAt',
          label: t('connectionsPage.createdAt'),
          children: new Date(i.createdAt).toLocaleString(i18n.language),
        },
        ...declinedItems(t, i.declineReason, i.declineNote),
      ]}
      actions={<OfferInterestActions interest={i} />}
      contacts={
        i.contacts
          ? [
              { title: t('offerInterests.contactsOwner'), people: i.contacts.owner },
              { title: t('offerInterests.contactsInterested'), people: i.contacts.interested },
            ]
          : null
      }
    >
      {sideOf(i, me) && i.status !== 'withdrawn' ? (
        <div style={{ marginTop: 16 }}>
          <OpenConversationButton subjectType="offer_interest" subjectId={i.id} />
        </div>
      ) : null}
    </DetailLayout>
  );
}
