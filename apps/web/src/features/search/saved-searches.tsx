import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Pagination,
  Popconfirm,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import { api, getJson, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import { PageSkeleton } from '../../components/PageSkeleton';
import { ResultList, type SearchResult, useFacetLabel } from './shared';

type SavedSearch = components['schemas']['SavedSearchView'];
const PARAM_FACET: Record<string, string> = {
  industry: 'industrySection',
  service: 'services',
};

export default function SavedSearchRoutes() {
  return (
    <Routes>
      <Route index element={<SavedSearchList />} />
      <Route path=":id" element={<SavedSearchDetail />} />
    </Routes>
  );
}

function FiltersText({ saved }: { saved: SavedSearch }) {
  const { t } = useTranslation('partners');
  const label = useFacetLabel();
  const entries = Object.entries(saved.filters ?? {}).filter(([, v]) => v);
  if (entries.length === 0) return <>{t('noFilters')}</>;
  return (
    <Space wrap size={[0, 4]}>
      {entries.map(([key, value]) => (
        <Tag key={key}>{label(PARAM_FACET[key] ?? key, String(value))}</Tag>
      ))}
    </Space>
  );
}

function AlertsTag({ on }: { on: boolean }) {
  const { t } = useTranslation('partners');
  return <Tag>{on ? `✓ ${t('alertsOn')}` : t('alertsOff')}</Tag>;
}

/** The caller's saved searches, newest first. */
function SavedSearchList() {
  const { t } = useTranslation('partners');
  const list = useQuery({
    queryKey: ['saved-searches'],
    queryFn: () =>
      getJson<{ items: SavedSearch[]; total: number }>('/api/v1/saved-searches?pageSize=100'),
  });
  return (
    <>
      <Typography.Title level={2}>{t('savedTitle')}</Typography.Title>
      {list.isPending ? <PageSkeleton /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <EmptyState
          text={t('savedEmpty')}
          action={
            <Link to="/search" className="ant-btn ant-btn-primary">
              {t('goSearch')}
            </Link>
          }
        />
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <List<SavedSearch>
          dataSource={list.data.items}
          renderItem={(saved) => (
            <List.Item data-testid="saved-search">
              <List.Item.Meta
                title={<Link to={`/saved-searches/${saved.id}`}>{saved.name}</Link>}
                description={
                  <Space wrap>
                    <Tag>{t(`type.${saved.type}`)}</Tag>
                    <span>{saved.q || t('allWords')}</span>
                    <FiltersText saved={saved} />
                    <AlertsTag on={saved.alertsEnabled} />
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      ) : null}
    </>
  );
}

/** One saved search: its current results, its alert settings, delete. */
function SavedSearchDetail() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('partners');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [form] = Form.useForm<{ name: string; q: string; alertsEnabled: boolean }>();
  const saved = useQuery({
    queryKey: ['saved-searches', id],
    queryFn: () => unwrap(api.GET('/api/v1/saved-searches/{id}', { params: { path: { id } } })),
  });
  const results = useQuery({
    queryKey: ['saved-searches', id, 'results', page],
    queryFn: () =>
      getJson<SearchResult>(
        `/api/v1/saved-searches/${encodeURIComponent(id)}/results?page=${page}&pageSize=10`,
      ),
    enabled: saved.isSuccess,
  });
  const update = useMutation({
    mutationFn: (values: { name: string; q: string; alertsEnabled: boolean }) =>
      unwrap(
        api.PATCH('/api/v1/saved-searches/{id}', {
          params: { path: { id } },
          body: {
            name: values.name,
            q: values.q?.trim() || null,
            alertsEnabled: values.alertsEnabled,
            filters: saved.data?.filters ?? {},
          },
        }),
      ),
    onSuccess: () => {
      void message.success(t('updated'));
      void queryClient.invalidateQueries({ queryKey: ['saved-searches'] });
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/v1/saved-searches/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      void message.success(t('deleted'));
      void queryClient.invalidateQueries({ queryKey: ['saved-searches'] });
      void navigate('/saved-searches');
    },
  });
  if (saved.isPending) return <PageSkeleton />;
  if (saved.isError) return <ErrorAlert error={saved.error} />;
  const s = saved.data;
  return (
    <>
      <Flex wrap justify="space-between" align="center" gap={8}>
        <Typography.Title level={2}>{s.name}</Typography.Title>
        <Link to="/saved-searches">{t('back')}</Link>
      </Flex>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'type', label: t('types'), children: t(`type.${s.type}`) },
          { key: 'q', label: t('query'), children: s.q || t('allWords') },
          { key: 'filters', label: t('filters'), children: <FiltersText saved={s} /> },
          {
            key: 'alerts',
            label: t('alerts'),
            children: (
              <Space wrap>
                <AlertsTag on={s.alertsEnabled} />
                {s.lastRunAt
                  ? t('lastRunAt', {
                      time: new Date(s.lastRunAt).toLocaleString(i18n.language),
                    })
                  : t('neverRun')}
              </Space>
            ),
          },
        ]}
      />
      <Card
        size="small"
        title={<h3 style={{ margin: 0, fontSize: 'inherit' }}>{t('edit')}</h3>}
        style={{ margin: '16px 0' }}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ name: s.name, q: s.q, alertsEnabled: s.alertsEnabled }}
          onFinish={(values) => update.mutate(values)}
        >
          <Form.Item
            name="name"
            label={t('name')}
            rules={[{ required: true, whitespace: true, max: 50, message: t('nameRequired') }]}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="q" label={t('query')} rules={[{ max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="alertsEnabled" label={t('alerts')} valuePropName="checked">
            <Switch />
          </Form.Item>
          {update.isError && !form.getFieldsError().some((f) => f.errors.length) ? (
            <ErrorAlert error={update.error} />
          ) : null}
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              {t('update')}
            </Button>
            <Popconfirm
              title={t('deleteConfirm')}
              okText={t('delete')}
              cancelText={t('cancel')}
              onConfirm={() => remove.mutate()}
            >
              <Button loading={remove.isPending}>{t('delete')}</Button>
            </Popconfirm>
          </Space>
          {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        </Form>
      </Card>
      <Typography.Title level={3}>{t('results')}</Typography.Title>
      {results.isPending ? <PageSkeleton /> : null}
      {results.isError ? <ErrorAlert error={results.error} /> : null}
      {results.data ? (
        <>
          <Typography.Text role="status">
            {t('total', { count: results.data.total })}
          </Typography.Text>
          {results.data.items.length === 0 ? (
            <EmptyState
              text={t('empty')}
              action={
                <Link to={`/search?type=${s.type}`} className="ant-btn">
                  {t('goSearch')}
                </Link>
              }
            />
          ) : (
            <ResultList type={s.type} result={results.data} />
          )}
          {results.data.total > 10 ? (
            <nav aria-label={t('pagination')}>
              <Pagination
                current={page}
                pageSize={10}
                total={Math.min(results.data.total, 1000)}
                showSizeChanger={false}
                simple={{ readOnly: true }}
                onChange={setPage}
              />
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}
