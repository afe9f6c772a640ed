import { useQuery } from '@tanstack/react-query';
import { Col, Row, Spin, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { getJson } from '../api/client';
import type { PublicSummary } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageTitle } from '../components/PageTitle';

const FIGURES = [
  'enterprises',
  'colleges',
  'experts',
  'demandsPublished',
  'demandsConnected',
  'projects',
] as const;
const CHARTS = ['trend', 'demands', 'projects'] as const;

/** The city's public summary: headline figures and the three charts the api draws. */
export default function Home() {
  const { t, i18n } = useTranslation();
  const summary = useQuery({
    queryKey: ['stats', 'summary'],
    queryFn: () => getJson<PublicSummary>('/api/v1/stats/summary'),
  });
  return (
    <>
      {/* Plain panels, not antd's Card: this page is in the first bundle. */}
      <PageTitle>{t('home.title')}</PageTitle>
      {summary.isPending ? <Spin /> : null}
      {summary.isError ? <ErrorAlert error={summary.error} /> : null}
      {summary.data ? (
        <>
          <Row gutter={[16, 16]}>
            {FIGURES.map((key) => (
              <Col key={key} xs={12} md={8} lg={4}>
                <section className="panel" data-testid={`figure-${key}`}>
                  <Statistic title={t(`home.${key}`)} value={summary.data.headline[key]} />
                </section>
              </Col>
            ))}
            <Col xs={12} md={8} lg={4}>
              <section className="panel">
                <Statistic
                  title={t('home.matchRate')}
                  value={summary.data.headline.matchRate ?? '—'}
                  suffix={summary.data.headline.matchRate === null ? undefined : '%'}
                />
              </section>
            </Col>
          </Row>
          {summary.data.refreshedAt ? (
            <p className="secondary" style={{ marginTop: 8 }}>
              {t('home.refreshedAt', {
                time: new Date(summary.data.refreshedAt).toLocaleString(i18n.language),
              })}
            </p>
          ) : null}
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            {CHARTS.map((chart) => (
              <Col key={chart} xs={24} lg={8}>
                <section className="panel">
                  <h3>{t(`home.charts.${chart}`)}</h3>
                  <img
                    src={`/api/v1/stats/summary/charts/${chart}`}
                    alt={t(`home.charts.${chart}`)}
                    style={{ width: '100%' }}
                  />
                </section>
              </Col>
            ))}
          </Row>
        </>
      ) : null}
    </>
  );
}
