import { useMutation, useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Modal,
  Pagination,
  Row,
  Space,
  Switch,
  Radio,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useSearchParams } from 'react-router';
import { api, getJson, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import { PageSkeleton } from '../../components/PageSkeleton';
import {
  FACET_PARAM,
  FILTER_PARAMS,
  ResultList,
  SEARCH_TYPES,
  type SearchResult,
  type SearchType,
  useFacetLabel,
} from './shared';

type Filters = components['schemas']['SavedSearchFiltersDto'];
const PAGE_SIZE = 10;

export default function SearchRoutes() {
  return (
    <Routes>
      <Route index element={<SearchPage />} />
    </Routes>
  );
}

/** Partner search: words, a type, facets with counts that filter, marked snippets, pages. */
function SearchPage() {
  const { t } = useTranslation('partners');
  const [params, setParams] = useSearchParams();
  const type = (SEARCH_TYPES as readonly string[]).includes(params.get('type') ?? '')
    ? (params.get('type') as SearchType)
    : 'colleges';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filters: Record<string, string> = {};
  for (const key of FILTER_PARAMS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const [saving, setSaving] = useState(false);
  const facetLabel = useFacetLabel();

  const query = new URLSearchParams({
    type,
    page: String(page),
    pageSize: String(PAGE_SIZE),
    ...(q ? { q } : {}),
    ...filters,
  });
  const search = useQuery({
    queryKey: ['search', query.toString()],
    queryFn: () => getJson<SearchResult>(`/api/v1/search?${query.toString()}`),
    placeholderData: (previous) => previous,
  });

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const changeType = (next: string) => {
    const kept = new URLSearchParams(q ? { q, type: next } : { type: next });
    setParams(kept);
  };

  const facets = Object.entries(search.data?.type === type ? search.data.facets : {}).filter(
    ([facet, counts]) => FACET_PARAM[facet] && Object.keys(counts).length > 0,
  );

  return (
    <>
      <Flex wrap justify="space-between" align="center" gap={8}>
        <Typography.Title level={2}>{t('title')}</Typography.Title>
        <Space wrap>
          <Link to="/saved-searches">{t('savedList')}</Link>
          <Button type="primary" onClick={() => setSaving(true)}>
            {t('save')}
          </Button>
        </Space>
      </Flex>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const value = new FormData(event.currentTarget).get('q');
          update({ q: typeof value === 'string' ? value.trim() : null });
        }}
      >
        <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
          <Input
            key={q}
            name="q"
            defaultValue={q}
            aria-label={t('query')}
            placeholder={t('queryPlaceholder')}
            maxLength={100}
            allowClear
          />
          <Button type="primary" htmlType="submit">
            {t('submit')}
          </Button>
        </Space.Compact>
      </form>
      <Radio.Group
        aria-label={t('types')}
        optionType="button"
        value={type}
        onChange={(event) => changeType(String(event.target.value))}
        options={SEARCH_TYPES.map((key) => ({ value: key, label: t(`type.${key}`) }))}
        style={{ margin: '12px 0 16px', display: 'flex', flexWrap: 'wrap', rowGap: 8 }}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={7}>
          <Card
            size="small"
            title={<h3 style={{ margin: 0, fontSize: 'inherit' }}>{t('facets')}</h3>}
          >
            {Object.keys(filters).length > 0 ? (
              <Button
                size="small"
                style={{ marginBottom: 8 }}
                onClick={() => update(Object.fromEntries(FILTER_PARAMS.map((k) => [k, null])))}
              >
                {t('clearAll')}
              </Button>
            ) : null}
            {facets.map(([facet, counts]) => {
              const param = FACET_PARAM[facet]!;
              const facetName = t(`facet.${facet}`);
              return (
                <section key={facet} aria-label={facetName} data-testid={`facet-${facet}`}>
                  <Typography.Text strong>{facetName}</Typography.Text>
                  <Flex wrap gap={4} style={{ margin: '4px 0 12px' }}>
                    {Object.entries(counts)
                      .sort((a, b) => b[1] - a[1])
                      .map(([value, count]) => {
                        const active = filters[param] === value;
                        return (
                          <Button
                            key={value}
                            size="small"
                            type={active ? 'primary' : 'default'}
                            aria-pressed={active}
                            data-testid="facet-value"
                            onClick={() => update({ [param]: active ? null : value })}
                          >
                            {active ? '✓ ' : ''}
                            {t('facetValue', { label: facetLabel(facet, value), count })}
                          </Button>
                        );
                      })}
                  </Flex>
                </section>
              );
            })}
            {Object.entries(filters).map(([param, value]) => (
              <Tag
                key={param}
                closable
                closeIcon={<span aria-label={t('clearFilter', { facet: param })}>×</span>}
                onClose={() => update({ [param]: null })}
              >
                {t('selected')}: {value}
              </Tag>
            ))}
          </Card>
        </Col>
        <Col xs={24} md={17}>
          {search.isPending ? <PageSkeleton /> : null}
          {search.isError ? <ErrorAlert error={search.error} /> : null}
          {search.data ? (
            <>
              <Typography.Text role="status" data-testid="search-total">
                {t('total', { count: search.data.total })}
              </Typography.Text>
              {search.data.items.length === 0 ? (
                <EmptyState
                  text={t('empty')}
                  action={
                    Object.keys(filters).length > 0 || q ? (
                      <Button onClick={() => setParams(new URLSearchParams({ type }))}>
                        {t('clearAll')}
                      </Button>
                    ) : null
                  }
                />
              ) : (
                <ResultList type={search.data.type} result={search.data} />
              )}
              {search.data.total > PAGE_SIZE ? (
                <nav aria-label={t('pagination')}>
                  <Pagination
                    current={page}
                    pageSize={PAGE_SIZE}
                    total={Math.min(search.data.total, 1000)}
                    showSizeChanger={false}
                    simple={{ readOnly: true }}
                    onChange={(next) => update({ page: String(next) })}
                  />
                </nav>
              ) : null}
            </>
          ) : null}
        </Col>
      </Row>
      {saving ? (
        <SaveSearchModal
          type={type}
          q={q}
          filters={filters as Filters}
          onClose={() => setSaving(false)}
        />
      ) : null}
    </>
  );
}

/** "Save this search" with alerts: POST /saved-searches. */
function SaveSearchModal(props: {
  type: SearchType;
  q: string;
  filters: Filters;
  onClose(): void;
}) {
  const { t } = useTranslation('partners');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; alertsEnabled: boolean }>();
  const save = useMutation({
    mutationFn: (values: { name: string; alertsEnabled: boolean }) =>
      unwrap(
        api.POST('/api/v1/saved-searches', {
          body: { ...values, type: props.type, q: props.q || null, filters: props.filters },
        }),
      ),
    onSuccess: (saved) => {
      void message.success(t('saved', { name: saved.name }));
      props.onClose();
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const unmatched = save.isError && !form.getFieldsError().some((f) => f.errors.length > 0);
  return (
    <Modal
      open
      title={t('saveTitle')}
      okText={t('ok')}
      cancelText={t('cancel')}
      confirmLoading={save.isPending}
      onCancel={props.onClose}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: props.q || t(`type.${props.type}`), alertsEnabled: true }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="name"
          label={t('name')}
          rules={[{ required: true, whitespace: true, max: 50, message: t('nameRequired') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="alertsEnabled" label={t('alerts')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
      {unmatched ? <ErrorAlert error={save.error} /> : null}
    </Modal>
  );
}
