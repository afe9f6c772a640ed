import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Flex, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams, useSearchParams } from 'react-router';
import { api, ApiError, getJson, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useReferenceNames } from '../search/shared';
import './messages';

type Organization = components['schemas']['OrganizationView'];
interface PublicProject {
  id: string;
  kind: string;
  title: string;
  status: string;
  startDate: string | null;
  partners: { type: string; id: string; name: string }[];
}
interface Major {
  code: string;
  name: string;
  annualIntake?: number | null;
}
interface Research {
  title: string;
  year: number;
  summary?: string | null;
}

export default function OrganizationRoutes() {
  return (
    <Routes>
      <Route path=":id" element={<OrganizationPage />} />
    </Routes>
  );
}

/**
 * The kind is in the link when the console made it (?kind=); an emailed link has none, so the
 * college endpoint is asked first and the enterprise one when it does not know the id.
 */
async function loadOrganization(id: string, kind: string | null): Promise<Organization> {
  const get = (k: 'colleges' | 'enterprises') =>
    k === 'colleges'
      ? unwrap(api.GET('/api/v1/colleges/{id}', { params: { path: { id } } }))
      : unwrap(api.GET('/api/v1/enterprises/{id}', { params: { path: { id } } }));
  if (kind === 'college') return get('colleges');
  if (kind === 'enterprise') return get('enterprises');
  try {
    return await get('colleges');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return get('enterprises');
    throw error;
  }
}

/** An organisation's public page: its public fields and its projects. */
function OrganizationPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation('profile');
  const { user } = useAuth();
  const names = useReferenceNames();
  const org = useQuery({
    queryKey: ['organization', id],
    queryFn: () => loadOrganization(id, params.get('kind')),
  });
  const projects = useQuery({
    queryKey: ['organization', id, 'projects'],
    queryFn: () =>
      getJson<{ items: PublicProject[] }>(
        `/api/v1/projects?organizationId=${encodeURIComponent(id)}&pageSize=50`,
      ),
    enabled: !!user && org.isSuccess,
  });
  if (org.isPending) return <PageSkeleton />;
  if (org.isError) return <ErrorAlert error={org.error} />;
  const o = org.data as Organization & Record<string, unknown>;
  const majors = (o.majors ?? []) as unknown as Major[];
  const research = (o.researchResults ?? []) as unknown as Research[];
  return (
    <>
      <Typography.Title level={2}>{o.name}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag>{t(`kind.${o.kind}`)}</Tag>
        <Tag>{t(`status.${o.status}`)}</Tag>
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'district', label: t('field.district'), children: names.district(o.district) },
          ...(o.kind === 'enterprise'
            ? [
                {
                  key: 'industry',
                  label: t('field.industryCode'),
                  children: String(o.industryCode ?? t('noneYet')),
                },
                {
                  key: 'size',
                  label: t('field.size'),
                  children: o.size ? t(`enum.${o.size}`) : t('noneYet'),
                },
              ]
            : [
                { key: 'level', label: t('field.level'), children: String(o.level ?? '') },
                {
                  key: 'capacity',
                  label: t('field.trainingCapacity'),
                  children: o.trainingCapacity != null ? String(o.trainingCapacity) : t('noneYet'),
                },
              ]),
        ]}
      />
      {o.description ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}>
          {o.description}
        </Typography.Paragraph>
      ) : null}
      {o.tags.length > 0 ? (
        <Space wrap size={[0, 4]}>
          {o.tags.map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </Space>
      ) : null}
      {o.kind === 'college' ? (
        <Flex wrap gap={16} style={{ marginTop: 16 }}>
          <Card
            size="small"
            style={{ flex: '1 1 300px' }}
            title={<h3 style={{ margin: 0, fontSize: 'inherit' }}>{t('field.majors')}</h3>}
          >
            {majors.length === 0 ? (
              <Typography.Text>{t('majorsEmpty')}</Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={majors}
                renderItem={(m) => (
                  <List.Item>
                    {m.name}（{m.code}）
                    {m.annualIntake != null ? ` · ${t('intake', { count: m.annualIntake })}` : ''}
                  </List.Item>
                )}
              />
            )}
          </Card>
          <Card
            size="small"
            style={{ flex: '1 1 300px' }}
            title={<h3 style={{ margin: 0, fontSize: 'inherit' }}>{t('field.researchResults')}</h3>}
          >
            {research.length === 0 ? (
              <Typography.Text>{t('researchEmpty')}</Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={research}
                renderItem={(r) => (
                  <List.Item>
                    <List.Item.Meta
                      title={`${r.title} · ${t('yearOf', { year: r.year })}`}
                      description={r.summary ?? ''}
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Flex>
      ) : null}
      {user ? (
        <>
          <Typography.Title level={3} style={{ marginTop: 24 }}>
            {t('projects')}
          </Typography.Title>
          {projects.isPending ? <PageSkeleton rows={2} /> : null}
          {projects.isError ? <ErrorAlert error={projects.error} /> : null}
          {projects.data && projects.data.items.length === 0 ? (
            <EmptyState
              text={t('projectsEmpty')}
              action={<Link to="/search?type=projects">{t('findPartners')}</Link>}
            />
          ) : null}
          {projects.data && projects.data.items.length > 0 ? (
            <List<PublicProject>
              dataSource={projects.data.items}
              renderItem={(p) => (
                <List.Item>
                  <List.Item.Meta
                    title={<Link to={`/projects/${p.id}`}>{p.title}</Link>}
                    description={
                      <Space wrap>
                        <Tag>
                          {t('projectStatus')}：{t(`enum.${p.status}`)}
                        </Tag>
                        {p.partners.map((partner) => partner.name).join('、')}
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
