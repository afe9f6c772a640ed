import { useQuery } from '@tanstack/react-query';
import { List, Space, Tag, Typography } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import './messages';

export const SEARCH_TYPES = [
  'colleges',
  'experts',
  'enterprises',
  'demands',
  'offers',
  'projects',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** GET /search's answer (libs/search SearchResult; the OpenAPI document does not type it). */
export interface SearchHit {
  id: string;
  highlight?: Record<string, string | string[]>;
  [field: string]: unknown;
}
export interface SearchResult {
  type: SearchType;
  q: string;
  items: SearchHit[];
  page: number;
  pageSize: number;
  total: number;
  facets: Record<string, Record<string, number>>;
}

/** The query parameter that filters by each facet the api returns (libs/search FACETS). */
export const FACET_PARAM: Record<string, string> = {
  kind: 'kind',
  industrySection: 'industry',
  industrySections: 'industry',
  district: 'district',
  services: 'service',
  availability: 'availability',
  level: 'level',
  size: 'size',
  providerType: 'providerType',
  status: 'status',
};
export const FILTER_PARAMS = [...new Set(Object.values(FACET_PARAM))];

/**
 * A highlighted snippet as the api marks it (`<mark>…</mark>` around the matched words). Only the
 * marks become elements; every other character, markup included, is rendered as text by React.
 */
export function Highlighted({ text }: { text: string | string[] | undefined | null }) {
  if (text === undefined || text === null) return null;
  const value = Array.isArray(text) ? text.join('、') : String(text);
  const parts = value.split(/(<mark>[\s\S]*?<\/mark>)/g);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('<mark>') && part.endsWith('</mark>') ? (
          <mark key={i}>{part.slice(6, -7)}</mark>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

/** District and industry-section names, for facets and cards. */
export function useReferenceNames() {
  const { i18n } = useTranslation();
  const districts = useQuery({
    queryKey: ['reference', 'districts'],
    queryFn: () => unwrap(api.GET('/api/v1/reference/districts')),
    staleTime: Infinity,
  });
  const sections = useQuery({
    queryKey: ['reference', 'industries', 'section'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/reference/industries', { params: { query: { level: 'section' } } })),
    staleTime: Infinity,
  });
  const en = i18n.language === 'en';
  return {
    districts: districts.data?.items ?? [],
    district: (code: unknown) => {
      const d = districts.data?.items.find((x) => x.code === code);
      return d ? (en ? d.nameEn : d.name) : String(code ?? '');
    },
    section: (code: unknown) =>
      sections.data?.items.find((x) => x.code === code)?.name ?? String(code ?? ''),
  };
}

/** The words for a facet value: enums translated, districts and industries named. */
export function useFacetLabel() {
  const { t, i18n } = useTranslation('partners');
  const names = useReferenceNames();
  return (facet: string, value: string) => {
    if (facet === 'district') return names.district(value);
    if (facet === 'industrySection' || facet === 'industrySections') return names.section(value);
    return i18n.exists(`partners:enum.${value}`) ? t(`enum.${value}`) : value;
  };
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strs = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/** Where a result opens in the console, when it has a page of its own. */
function targetOf(type: SearchType, hit: SearchHit): string | null {
  if (type === 'demands') return `/demands/${hit.id}`;
  if (type === 'projects') return `/projects/${hit.id}`;
  if (type === 'colleges') return `/organizations/${hit.id}?kind=college`;
  if (type === 'enterprises') return `/organizations/${hit.id}?kind=enterprise`;
  if (type === 'offers' && hit.providerType === 'college' && typeof hit.providerId === 'string')
    return `/organizations/${hit.providerId}?kind=college`;
  return null;
}

/** One page of search results: the title and a snippet with the matched words marked. */
export function ResultList({ type, result }: { type: SearchType; result: SearchResult }) {
  const { t } = useTranslation('partners');
  const label = useFacetLabel();
  const names = useReferenceNames();
  return (
    <List<SearchHit>
      dataSource={result.items}
      renderItem={(hit) => {
        const h = hit.highlight ?? {};
        const title = h.title ?? h.name ?? str(hit.title) ?? str(hit.name);
        const heading = str(hit.title) || str(hit.name);
        const snippet = h.description ?? h.bio ?? h.skills ?? h.fields;
        const plain = str(hit.description) || str(hit.bio);
        const target = targetOf(type, hit);
        const tags: ReactNode[] = [];
        const tag = (key: string, text: string) => tags.push(<Tag key={key}>{text}</Tag>);
        if (hit.kind) tag('kind', label('kind', str(hit.kind)));
        if (hit.level) tag('level', str(hit.level));
        if (hit.size) tag('size', label('size', str(hit.size)));
        if (hit.availability) tag('availability', label('availability', str(hit.availability)));
        if (hit.status) tag('status', label('status', str(hit.status)));
        if (hit.district) tag('district', names.district(hit.district));
        for (const s of strs(hit.services)) tag(`s-${s}`, label('services', s));
        return (
          <List.Item data-testid="search-result">
            <List.Item.Meta
              title={
                target ? (
                  <Link to={target}>
                    <Highlighted text={title || heading} />
                  </Link>
                ) : (
                  <span>
                    <Highlighted text={title || heading} />
                  </span>
                )
              }
              description={
                <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                  {hit.title && hit.name ? <span>{str(hit.title)}</span> : null}
                  {hit.affiliation ? <span>{str(hit.affiliation)}</span> : null}
                  {hit.organizationName || hit.providerName ? (
                    <span>
                      {t('by', { name: str(hit.organizationName) || str(hit.providerName) })}
                    </span>
                  ) : null}
                  <Typography.Paragraph
                    data-testid="snippet"
                    style={{ marginBottom: 0 }}
                    ellipsis={snippet ? false : { rows: 2 }}
                  >
                    {snippet ? <Highlighted text={snippet} /> : plain}
                  </Typography.Paragraph>
                  {strs(hit.majorNames).length > 0 ? (
                    <span>{t('majors', { names: strs(hit.majorNames).join('、') })}</span>
                  ) : null}
                  {typeof hit.trainingCapacity === 'number' ? (
                    <span>{t('capacity', { count: hit.trainingCapacity })}</span>
                  ) : null}
                  {tags.length > 0 ? (
                    <Space wrap size={[0, 4]}>
                      {tags}
                    </Space>
                  ) : null}
                </Space>
              }
            />
          </List.Item>
        );
      }}
    />
  );
}
