import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSkeleton } from '../../components/PageSkeleton';
import './messages';
import { StatusTag } from './StatusTag';
import {
  PROJECT_KINDS,
  PROJECT_STATUSES,
  type ProjectKind,
  type ProjectStatus,
  type ProjectView,
} from './types';

const PAGE_SIZE = 20;

/** The caller's projects (their organisation's or expert profile's), by kind and status. */
export default function ProjectList() {
  const { t } = useTranslation('projects');
  const [kind, setKind] = useState<ProjectKind | ''>('');
  const [status, setStatus] = useState<ProjectStatus | ''>('');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['projects', 'list', kind, status, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/projects', {
          params: {
            query: {
              page,
              pageSize: PAGE_SIZE,
              kind: kind || undefined,
              status: status || undefined,
            },
          },
        }),
      ),
  });
  const filtered = kind !== '' || status !== '';
  return (
    <>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Flex wrap gap="middle" style={{ marginBottom: 16 }}>
        <Space wrap>
          <label htmlFor="project-kind">{t('filters.kind')}</label>
          <Select
            id="project-kind"
            style={{ minWidth: 160 }}
            value={kind}
            onChange={(v) => {
              setKind(v);
              setPage(1);
            }}
            options={[
              { value: '', label: t('filters.all') },
              ...PROJECT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })),
            ]}
          />
        </Space>
        <Space wrap>
          <label htmlFor="project-status">{t('filters.status')}</label>
          <Select
            id="project-status"
            style={{ minWidth: 120 }}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            options={[
              { value: '', label: t('filters.all') },
              ...PROJECT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
            ]}
          />
        </Space>
      </Flex>
      {list.isPending ? <PageSkeleton /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.data && list.data.total === 0 ? (
        <EmptyState
          text={filtered ? t('list.filteredEmpty') : t('list.empty')}
          action={
            filtered ? (
              <Button
                onClick={() => {
                  setKind('');
                  setStatus('');
                }}
              >
                {t('filters.clear')}
              </Button>
            ) : (
              <Link to="/matches">{t('list.toMatches')}</Link>
            )
          }
        />
      ) : null}
      {list.data && list.data.total > 0 ? (
        <Table<ProjectView>
          rowKey="id"
          dataSource={list.data.items}
          scroll={{ x: true }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data.total,
            onChange: setPage,
            hideOnSinglePage: true,
          }}
          columns={[
            {
              key: 'title',
              title: t('list.columns.title'),
              render: (_, p) => <Link to={`/projects/${p.id}`}>{p.title}</Link>,
            },
            {
              key: 'kind',
              title: t('list.columns.kind'),
              render: (_, p) => <Tag>{t(`kind.${p.kind}`)}</Tag>,
            },
            {
              key: 'status',
              title: t('list.columns.status'),
              render: (_, p) => <StatusTag status={p.status} />,
            },
            {
              key: 'partners',
              title: t('list.columns.partners'),
              render: (_, p) => p.partners.map((x) => x.name).join('、'),
            },
            {
              key: 'dates',
              title: t('list.columns.dates'),
              render: (_, p) =>
                p.startDate || p.endDate ? `${p.startDate ?? '…'} – ${p.endDate ?? '…'}` : '—',
            },
          ]}
        />
      ) : null}
    </>
  );
}
