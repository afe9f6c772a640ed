import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSkeleton } from '../../components/PageSkeleton';
import { showCodedFieldErrors } from './coded-errors';
import { DetailsFields, detailsOf } from './details-fields';
import './messages';
import { PROJECT_KINDS, type ProjectKind, type ProjectView } from './types';

interface NewProjectForm {
  kind: ProjectKind;
  title: string;
  description?: string;
  startDate?: Dayjs;
  endDate?: Dayjs;
  details: Record<string, unknown>;
}

/** `/projects/new?match=<id>`: a project from a connected match, both sides as partners. */
export default function NewProject() {
  const { t } = useTranslation('projects');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const matchId = params.get('match');
  const [form] = Form.useForm<NewProjectForm>();
  const [kind, setKind] = useState<ProjectKind>('order_class');
  const [formError, setFormError] = useState<unknown>(null);
  const match = useQuery({
    queryKey: ['match', matchId],
    queryFn: () => unwrap(api.GET('/api/v1/matches/{id}', { params: { path: { id: matchId! } } })),
    enabled: Boolean(matchId),
  });
  const create = useMutation({
    mutationFn: async (values: NewProjectForm) => {
      const body = {
        kind: values.kind,
        title: values.title,
        ...(values.description ? { description: values.description } : {}),
        ...(values.startDate ? { startDate: values.startDate.format('YYYY-MM-DD') } : {}),
        ...(values.endDate ? { endDate: values.endDate.format('YYYY-MM-DD') } : {}),
        details: detailsOf(values.kind, values.details ?? {}),
      };
      const created: unknown = await unwrap(
        api.POST('/api/v1/matches/{id}/projects', { params: { path: { id: matchId! } }, body }),
      );
      return created as ProjectView;
    },
    onSuccess: (project) => {
      void message.success(t('create.created'));
      void navigate(`/projects/${project.id}`);
    },
    onError: (error) => setFormError(showCodedFieldErrors(form, error, t) ? null : error),
  });

  const title = <Typography.Title level={2}>{t('create.title')}</Typography.Title>;
  if (!matchId) {
    return (
      <>
        {title}
        <Alert type="info" showIcon title={t('create.noMatch')} />
        <Link to="/matches">{t('list.toMatches')}</Link>
      </>
    );
  }
  if (match.isPending) return <PageSkeleton />;
  if (match.isError) {
    return (
      <>
        {title}
        <ErrorAlert error={match.error} />
      </>
    );
  }
  const m = match.data;
  return (
    <>
      {title}
      <Typography.Paragraph>
        {t('create.fromMatch', { demand: m.demand.title, candidate: m.candidate.name })}
      </Typography.Paragraph>
      {m.status !== 'connected' ? (
        <Alert type="warning" showIcon title={t('create.notConnected')} />
      ) : (
        <Card>
          <Form<NewProjectForm>
            form={form}
            layout="vertical"
            initialValues={{ kind: 'order_class' }}
            onFinish={(values) => create.mutate(values)}
            onValuesChange={(changed: Partial<NewProjectForm>) => {
              setFormError(null);
              if (changed.kind) setKind(changed.kind);
            }}
            style={{ maxWidth: 720 }}
          >
            <Form.Item name="kind" label={t('create.kind')} rules={[{ required: true }]}>
              <Select options={PROJECT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
            </Form.Item>
            <Form.Item
              name="title"
              label={t('create.name')}
              rules={[
                { required: true, whitespace: true, message: t('create.required') },
                { max: 200 },
              ]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="description" label={t('create.description')} rules={[{ max: 4000 }]}>
              <Input.TextArea rows={3} maxLength={4000} />
            </Form.Item>
            <Space wrap>
              <Form.Item name="startDate" label={t('create.startDate')}>
                <DatePicker />
              </Form.Item>
              <Form.Item name="endDate" label={t('create.endDate')}>
                <DatePicker />
              </Form.Item>
            </Space>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t('create.details', { kind: t(`kind.${kind}`) })}
            </Typography.Title>
            <DetailsFields key={kind} kind={kind} />
            {formError ? <ErrorAlert error={formError} /> : null}
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('create.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </>
  );
}
