import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  InputNumber,
  Progress,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, download, unwrap } from '../../api/client';
import { useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import { PageSkeleton } from '../../components/PageSkeleton';

const FORMATS = ['docx', 'pdf'] as const;
const POLL_MS = 2000;

/**
 * The yearly talent supply–demand report (ADR 0021): the admin asks for a year, the worker
 * generates it while this page polls its progress, then the DOCX and the PDF download. The
 * report's id is in the URL (?id=), so the page can be reloaded or shared while it runs.
 */
export default function ReportsPage() {
  const { t } = useTranslation('admin');
  const { user } = useAuth();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<{ year: number }>();
  const [atFields, setAtFields] = useState(false);
  const id = params.get('id');
  const maxYear = new Date().getFullYear();

  const request = useMutation({
    mutationFn: (year: number) => unwrap(api.POST('/api/v1/reports', { body: { year } })),
    onSuccess: (accepted, year) => {
      void message.success(t('reports.requested', { year }));
      setParams({ id: accepted.id });
    },
    onError: (error) => setAtFields(showFieldErrors(form, error)),
  });
  const status = useQuery({
    queryKey: ['reports', id],
    queryFn: () => unwrap(api.GET('/api/v1/reports/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id) && user?.role === 'admin',
    refetchInterval: (query) => {
      const state = query.state.data?.state;
      return state === 'queued' || state === 'running' ? POLL_MS : false;
    },
  });

  if (user?.role !== 'admin') return <Alert type="warning" showIcon title={t('adminOnly')} />;

  const report = status.data;
  const fetchFile = (format: (typeof FORMATS)[number]) =>
    download(
      `/api/v1/reports/${encodeURIComponent(id!)}/download?format=${format}`,
      `report-${report?.year ?? ''}.${format}`,
    ).catch((error: unknown) =>
      message.error(error instanceof Error ? error.message : String(error)),
    );

  return (
    <>
      <Typography.Title level={2}>{t('reports.title')}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph>{t('reports.intro')}</Typography.Paragraph>
        <Form
          form={form}
          layout="inline"
          initialValues={{ year: maxYear }}
          onFinish={({ year }) => request.mutate(year)}
          style={{ rowGap: 8 }}
        >
          <Form.Item
            name="year"
            label={t('reports.year')}
            rules={[
              { required: true, message: t('reports.yearRequired') },
              {
                type: 'number',
                min: 2000,
                max: maxYear,
                message: t('reports.yearRange', { max: maxYear }),
              },
            ]}
          >
            <InputNumber precision={0} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={request.isPending}>
              {t('reports.request')}
            </Button>
          </Form.Item>
        </Form>
        {request.isError && !atFields ? <ErrorAlert error={request.error} /> : null}
      </Card>

      {!id ? <EmptyState text={t('reports.empty')} /> : null}
      {id && status.isPending ? <PageSkeleton rows={3} /> : null}
      {status.isError ? <ErrorAlert error={status.error} /> : null}
      {report ? (
        <Card
          title={t('reports.progress', { year: report.year })}
          extra={<Tag>{t(`reports.states.${report.state}`)}</Tag>}
          data-testid="report-status"
        >
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Progress
              percent={Math.round(report.percent)}
              status={
                report.state === 'failed'
                  ? 'exception'
                  : report.state === 'done'
                    ? 'success'
                    : 'active'
              }
              aria-label={t('reports.progress', { year: report.year })}
            />
            <div aria-live="polite">
              {report.chapter && report.state === 'running' ? (
                <Typography.Text>
                  {t('reports.chapter', { chapter: report.chapter })}
                </Typography.Text>
              ) : null}
              {report.state === 'done' && report.finishedAt ? (
                <Typography.Text>
                  {t('reports.finishedAt', { time: new Date(report.finishedAt).toLocaleString() })}
                </Typography.Text>
              ) : null}
            </div>
            {report.state === 'failed' ? (
              <Alert
                type="error"
                showIcon
                title={t('reports.failed', { error: report.error ?? '' })}
                action={
                  <Button size="small" onClick={() => request.mutate(report.year)}>
                    {t('reports.retry')}
                  </Button>
                }
              />
            ) : null}
            {report.state === 'done' ? (
              <Space wrap>
                {FORMATS.map((format) => (
                  <Button key={format} type="primary" onClick={() => void fetchFile(format)}>
                    {t('reports.download', { format: format.toUpperCase() })}
                  </Button>
                ))}
              </Space>
            ) : null}
          </Space>
        </Card>
      ) : null}
    </>
  );
}
