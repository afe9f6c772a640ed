import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Flex, Row, Select, Space } from 'antd';
import {
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, download, getJson, unwrap } from '../../api/client';
import type { Label, StatsSection, StatsTable, StatsValue } from '../../api/types';
import { isCityStaff, useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSkeleton } from '../../components/PageSkeleton';
import { SectionTabs } from '../../components/SectionTabs';
import { Muted, PageTitle } from '../../components/PageTitle';
import { kindsOf, type Section, SECTIONS } from './messages';
import { districtName, useDistricts, useIndustrySections } from './reference';
import { ScrollRegion } from './ScrollRegion';
import { DataTable } from './DataTable';
import type { ChartSpec } from './StatsChart';

// ECharts is the heaviest part of the dashboard: its chunk loads after the tables are shown.
const StatsChart = lazy(() => import('./StatsChart').then((m) => ({ default: m.StatsChart })));

type Row = Record<string, StatsValue>;
/** The part of GET /colleges' items the college filter needs. */
interface College {
  id: string;
  name: string;
}
const FORMATS = ['csv', 'xlsx'] as const;
const FILTERS = ['from', 'to', 'district', 'industry', 'kind', 'collegeId'] as const;
type Filter = (typeof FILTERS)[number];

/** The charts of each section: which table, which columns. */
const CHARTS: Record<Section, readonly Omit<ChartSpec, 'title'>[]> = {
  platform: [
    { table: 'byMonth', type: 'line', category: 'month', values: ['published', 'connected'] },
    {
      table: 'byDistrict',
      type: 'bar',
      category: 'district',
      values: ['published', 'connected'],
    },
    { table: 'demands', type: 'bar', category: 'kind', values: ['open', 'closed', 'draft'] },
  ],
  cooperation: [
    {
      table: 'overview',
      type: 'bar',
      category: 'kind',
      values: ['projects', 'running', 'completed'],
    },
    { table: 'teachers', type: 'bar', category: 'college', values: ['teachers', 'compliant'] },
    { table: 'startUpRates', type: 'line', category: 'year', values: ['rate'] },
  ],
  majors: [
    {
      table: 'majors',
      type: 'bar',
      category: 'name',
      values: ['demandHeadcount', 'intake'],
      top: 12,
    },
  ],
};

/** `?from=&to=…` of the statistics request (and of the exports) from the filters chosen. */
function queryOf(filters: Partial<Record<Filter, string>>, extra: Record<string, string> = {}) {
  const params = new URLSearchParams();
  for (const key of FILTERS) if (filters[key]) params.set(key, filters[key]);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

/**
 * The city's dashboard for the platform admin and district operators: the three statistics
 * sections as tabs, filtered by period, district, industry and kind, with charts of the main
 * figures and each table downloadable as CSV or XLSX. The tab and filters live in the URL.
 */
export default function CityDashboard() {
  const { t, i18n } = useTranslation('city');
  const { t: tShell } = useTranslation();
  const { me, user } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [urlParams, setUrlParams] = useSearchParams();
  // The tab and filters: state updated synchronously (quick successive changes never read a
  // stale URL), mirrored into the URL so a view can be reloaded and shared.
  const [query, setQuery] = useState(() => urlParams.toString());
  const written = useRef(query);
  useEffect(() => {
    const current = urlParams.toString();
    if (current !== written.current) {
      written.current = current;
      setQuery(current);
    }
  }, [urlParams]);
  useEffect(() => {
    if (query !== written.current) {
      written.current = query;
      setUrlParams(new URLSearchParams(query), { replace: true });
    }
  }, [query, setUrlParams]);
  const params = useMemo(() => new URLSearchParams(query), [query]);
  const allowed = isCityStaff(user);
  const isAdmin = user?.role === 'admin';
  const section: Section = (SECTIONS as readonly string[]).includes(params.get('section') ?? '')
    ? (params.get('section') as Section)
    : 'platform';
  const filters = useMemo(() => {
    const out: Partial<Record<Filter, string>> = {};
    for (const key of FILTERS) {
      const value = params.get(key);
      if (value) out[key] = value;
    }
    if (out.kind && !kindsOf(section).includes(out.kind)) delete out.kind;
    // The platform section is not by college.
    if (section === 'platform') delete out.collegeId;
    return out;
  }, [params, section]);
  const datesOutOfOrder = Boolean(filters.from && filters.to && filters.from > filters.to);

  const districts = useDistricts();
  const colleges = useQuery({
    queryKey: ['colleges', 'verified', 'options'],
    queryFn: () => getJson<{ items: College[] }>('/api/v1/colleges?status=verified&pageSize=100'),
    enabled: allowed && section !== 'platform',
    staleTime: 5 * 60_000,
  });
  const industries = useIndustrySections();
  const stats = useQuery({
    queryKey: ['stats', section, filters, user?.id],
    queryFn: () => getJson<StatsSection>(`/api/v1/stats/${section}?${queryOf(filters)}`),
    enabled: allowed && !datesOutOfOrder,
  });
  const refresh = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/stats/refresh')),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['stats'] });
      void message.success(t('refreshed'));
    },
  });

  const label = useCallback(
    (l: Label) => (i18n.language === 'en' ? l.en : l['zh-CN']),
    [i18n.language],
  );
  const setFilter = (key: Filter | 'section', value: string | undefined) =>
    setQuery((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(key, value);
      else next.delete(key);
      const kind = next.get('kind');
      if (key === 'section' && kind && !kindsOf((value ?? 'platform') as Section).includes(kind)) {
        next.delete('kind');
      }
      return next.toString();
    });

  if (!allowed) return <Alert type="warning" showIcon title={tShell('dashboard.forbidden')} />;

  // An operator picks among its own districts only (the api refuses the others).
  const ownDistricts = user?.role === 'operator' ? (me?.operatorDistricts ?? []) : null;
  const districtOptions = (districts.data?.items ?? [])
    .filter((d) => !ownDistricts || ownDistricts.includes(d.code))
    .map((d) => ({ value: d.code, label: districtName(districts.data?.items, d.code) }));
  const industryOptions = (industries.data?.items ?? []).map((s) => ({
    value: s.code,
    label: `${s.code} ${s.name}`,
  }));
  const kindOptions = kindsOf(section).map((k) => ({ value: k, label: t(`kinds.${k}`) }));

  const fetchFile = (table: StatsTable, format: (typeof FORMATS)[number]) =>
    download(
      `/api/v1/stats/${section}/export?${queryOf(filters, { table: table.key, format })}`,
      `${section}-${table.key}.${format}`,
    ).catch((error: unknown) =>
      message.error(error instanceof Error ? error.message : String(error)),
    );

  const time = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  const data = stats.data;
  const charts = data
    ? CHARTS[section]
        .map((c) => ({
          spec: { ...c, title: t(`charts.${c.table}`) },
          table: data.tables.find((x) => x.key === c.table),
        }))
        .filter((c): c is { spec: ChartSpec; table: StatsTable } => c.table !== undefined)
    : [];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap="small">
        <PageTitle>{tShell('dashboard.title')}</PageTitle>
        {isAdmin ? (
          <Space wrap>
            <Button onClick={() => refresh.mutate()} loading={refresh.isPending}>
              {t('refresh')}
            </Button>
            <QueueDashboardButton />
          </Space>
        ) : null}
      </Flex>
      {refresh.isError ? <ErrorAlert error={refresh.error} /> : null}

      <SectionTabs<Section>
        id="stats-sections"
        label={t('sectionsLabel')}
        active={section}
        onChange={(key) => setFilter('section', key === 'platform' ? undefined : key)}
        tabs={SECTIONS.map((s) => ({ key: s, label: t(`sections.${s}`) }))}
      >
        <section
          className="panel filters"
          aria-labelledby="stats-filters"
          style={{ marginBottom: 16 }}
        >
          <h3 id="stats-filters">{t('filters.title')}</h3>
          <div>
            <Row gutter={[16, 0]}>
              <Col xs={12} md={8} lg={4}>
                <Field label={t('filters.from')} htmlFor="stats-from">
                  <input
                    id="stats-from"
                    className="native-input"
                    type="month"
                    value={filters.from ?? ''}
                    onChange={(e) => setFilter('from', e.target.value || undefined)}
                  />
                </Field>
              </Col>
              <Col xs={12} md={8} lg={4}>
                <Field
                  label={t('filters.to')}
                  htmlFor="stats-to"
                  error={datesOutOfOrder ? t('filters.toBeforeFrom') : undefined}
                >
                  <input
                    id="stats-to"
                    className="native-input"
                    type="month"
                    aria-invalid={datesOutOfOrder || undefined}
                    aria-describedby={datesOutOfOrder ? 'stats-to-error' : undefined}
                    value={filters.to ?? ''}
                    onChange={(e) => setFilter('to', e.target.value || undefined)}
                  />
                </Field>
              </Col>
              <Col xs={24} md={8} lg={5}>
                <Field label={t('filters.district')} htmlFor="stats-district">
                  <Select
                    id="stats-district"
                    data-testid="filter-district"
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder={
                      ownDistricts ? t('filters.districtMine') : t('filters.districtAll')
                    }
                    value={filters.district}
                    options={districtOptions}
                    loading={districts.isPending}
                    onChange={(value?: string) => setFilter('district', value)}
                  />
                </Field>
              </Col>
              <Col xs={24} md={12} lg={6}>
                <Field label={t('filters.industry')} htmlFor="stats-industry">
                  <Select
                    id="stats-industry"
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder={t('filters.industryAll')}
                    value={filters.industry}
                    options={industryOptions}
                    loading={industries.isPending}
                    onChange={(value?: string) => setFilter('industry', value)}
                  />
                </Field>
              </Col>
              <Col xs={24} md={12} lg={5}>
                <Field label={t('filters.kind')} htmlFor="stats-kind">
                  <Select
                    id="stats-kind"
                    allowClear
                    placeholder={t('filters.kindAll')}
                    value={filters.kind}
                    options={kindOptions}
                    onChange={(value?: string) => setFilter('kind', value)}
                  />
                </Field>
              </Col>
              {section !== 'platform' ? (
                <Col xs={24} md={12} lg={8}>
                  <Field label={t('filters.college')} htmlFor="stats-college">
                    <Select
                      id="stats-college"
                      allowClear
                      showSearch={{ optionFilterProp: 'label' }}
                      placeholder={t('filters.collegeAll')}
                      value={filters.collegeId}
                      options={(colleges.data?.items ?? []).map((c) => ({
                        value: c.id,
                        label: c.name,
                      }))}
                      loading={colleges.isPending}
                      onChange={(value?: string) => setFilter('collegeId', value)}
                    />
                  </Field>
                </Col>
              ) : null}
            </Row>
            {Object.keys(filters).length > 0 ? (
              <Button onClick={() => setQuery(section === 'platform' ? '' : `section=${section}`)}>
                {t('filters.reset')}
              </Button>
            ) : null}
          </div>
        </section>

        {stats.isPending && !datesOutOfOrder ? <PageSkeleton /> : null}
        {stats.isError ? <ErrorAlert error={stats.error} /> : null}
        {data ? (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Muted block style={{ marginBottom: 0 }}>
              {data.refreshedAt
                ? t('refreshedAt', { time: time(data.refreshedAt) })
                : t('notRefreshed')}
              {data.computedAt ? ` · ${t('computedAt', { time: time(data.computedAt) })}` : null}
            </Muted>

            {charts.length > 0 ? (
              <section aria-label={t('charts.title')}>
                <Row gutter={[16, 16]}>
                  {charts.map(({ spec, table }) => (
                    <Col key={spec.table} xs={24} lg={charts.length > 1 ? 12 : 24}>
                      <section className="panel" data-testid={`chart-card-${spec.table}`}>
                        <h3>{spec.title}</h3>
                        {table.rows.some((r) => r[spec.category] !== '合计') ? (
                          <Suspense fallback={<div style={{ height: 280 }} />}>
                            <StatsChart
                              spec={spec}
                              table={table}
                              label={label}
                              description={t('charts.described', { title: spec.title })}
                            />
                          </Suspense>
                        ) : (
                          <EmptyState text={t('charts.noData')} />
                        )}
                      </section>
                    </Col>
                  ))}
                </Row>
              </section>
            ) : null}

            {data.tables.length === 0 ? <EmptyState text={t('noTables')} /> : null}
            {data.tables.map((table) => (
              <TableCard
                key={table.key}
                table={table}
                label={label}
                onDownload={(format) => void fetchFile(table, format)}
              />
            ))}
          </Space>
        ) : null}
      </SectionTabs>
    </>
  );
}

function TableCard({
  table,
  label,
  onDownload,
}: {
  table: StatsTable;
  label: (l: Label) => string;
  onDownload: (format: (typeof FORMATS)[number]) => void;
}) {
  const { t } = useTranslation('city');
  const title = label(table.title);
  const columns = table.columns.map((c) => ({
    key: c.key,
    title: c.unit ? `${label(c.label)}（${c.unit}）` : label(c.label),
  }));
  return (
    <section className="panel" data-testid={`table-${table.key}`}>
      <Flex wrap justify="space-between" align="center" gap="small" style={{ marginBottom: 12 }}>
        <h3 style={{ margin: 0 }}>{title}</h3>
        <Space wrap>
          {FORMATS.map((format) => (
            <Button key={format} size="small" onClick={() => onDownload(format)}>
              {t('download', { format: format.toUpperCase() })}
            </Button>
          ))}
        </Space>
      </Flex>
      {table.rows.length === 0 ? (
        <p data-testid="empty-table">{t('emptyTable')}</p>
      ) : (
        <ScrollRegion label={title}>
          <DataTable
            caption={title}
            columns={columns}
            rows={table.rows}
            showAllLabel={t('showAllRows', { count: table.rows.length })}
          />
        </ScrollRegion>
      )}
      {table.note ? (
        <Muted block style={{ marginTop: 8 }}>
          {label(table.note)}
        </Muted>
      ) : null}
    </section>
  );
}

/**
 * The queue dashboard (bull-board) for the platform admin: the session endpoint puts the access
 * token into a cookie scoped to the dashboard's path, then the dashboard opens in a new tab.
 * The tab is opened before the request so that no popup blocker refuses it.
 */
export function QueueDashboardButton() {
  const { t } = useTranslation('city');
  const { message } = App.useApp();
  const open = async () => {
    const tab = window.open('about:blank', '_blank');
    try {
      await unwrap(api.POST('/api/v1/admin/queues/session'));
      if (tab) {
        tab.opener = null;
        tab.location.href = '/api/admin/queues';
      } else {
        window.location.assign('/api/admin/queues');
      }
    } catch (error) {
      tab?.close();
      void message.error(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Button onClick={() => void open()} title={t('queuesHint')}>
      {t('queues')}
    </Button>
  );
}

/**
 * A filter's label above its control, and its error below it: plain elements in place of
 * antd's Form, which this page (the city's first) does not otherwise need.
 */
function Field({
  label,
  htmlFor,
  error,
  children,
}: {
  label: string;
  htmlFor: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
      {error ? (
        <div id={`${htmlFor}-error`} className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
