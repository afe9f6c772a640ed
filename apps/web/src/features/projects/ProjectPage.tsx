import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Row,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError, unwrap } from '../../api/client';
import { useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSkeleton } from '../../components/PageSkeleton';
import { showCodedFieldErrors } from './coded-errors';
import './messages';
import { StatusTag } from './StatusTag';
import {
  NEXT_STATUSES,
  OUTCOME_FIGURES,
  type MilestoneView,
  type OutcomeView,
  type PartnerView,
  type ProjectStatus,
  type ProjectView,
} from './types';
import { TAG_COLORS } from './tag-colors';

/** A project: partners, status, milestones and outcomes (the private parts for partners). */
export default function ProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('projects');
  const project = useQuery({
    queryKey: ['project', id],
    queryFn: () => unwrap(api.GET('/api/v1/projects/{id}', { params: { path: { id } } })),
  });
  if (project.isPending) return <PageSkeleton />;
  if (project.isError) {
    return (
      <>
        <Typography.Title level={2}>{t('title')}</Typography.Title>
        <ErrorAlert error={project.error} />
        <Link to="/projects">{t('page.back')}</Link>
      </>
    );
  }
  const p = project.data;
  const privateParts = p.access !== 'public';
  return (
    <>
      <Link to="/projects">{t('page.back')}</Link>
      <Typography.Title level={2} style={{ marginTop: 8 }}>
        {p.title}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Tag>{t(`kind.${p.kind}`)}</Tag>
        <StatusTag status={p.status} />
      </Space>
      {!privateParts ? (
        <Alert type="info" showIcon title={t('page.publicOnly')} style={{ marginBottom: 16 }} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Overview project={p} />
        </Col>
        <Col xs={24} lg={12}>
          <StatusCard project={p} />
        </Col>
        {privateParts ? (
          <>
            <Col xs={24}>
              <Milestones project={p} />
            </Col>
            <Col xs={24}>
              <Outcomes project={p} />
            </Col>
          </>
        ) : null}
      </Row>
    </>
  );
}

function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['project', id] }),
      queryClient.invalidateQueries({ queryKey: ['projects'] }),
    ]);
}

/**
 * Whether the caller may act on the project (ADR 0019 §3): an admin, a partner expert, or a
 * manager (or owner) of a partner organisation; plain members read only.
 */
function useCanAct(p: ProjectView): boolean {
  const { me } = useAuth();
  if (p.access === 'admin') return true;
  return p.access === 'partner' && me?.organizationRole !== 'member';
}

const partnerSide = (p: PartnerView) =>
  p.type === 'expert' ? `expert:${p.id}` : `organization:${p.id}`;

function Overview({ project: p }: { project: ProjectView }) {
  const { t } = useTranslation('projects');
  const showValue = (value: unknown): string => {
    if (typeof value === 'boolean') return value ? t('create.yes') : t('create.no');
    if (Array.isArray(value)) {
      return value
        .map((v) => (v && typeof v === 'object' ? Object.values(v).map(showValue).join(' ') : v))
        .join('、');
    }
    if (typeof value === 'string' && t(`details.option.${value}`, { defaultValue: '' })) {
      return t(`details.option.${value}`);
    }
    return String(value);
  };
  return (
    <Card title={t('page.partners')}>
      <List
        dataSource={p.partners}
        renderItem={(partner) => (
          <List.Item>
            <Space wrap>
              <Tag>{t(`partnerType.${partner.type}`)}</Tag>
              {partner.type === 'expert' ? (
                partner.name
              ) : (
                <Link to={`/organizations/${partner.id}`}>{partner.name}</Link>
              )}
            </Space>
          </List.Item>
        )}
      />
      <Descriptions column={1} size="small" style={{ marginTop: 16 }}>
        {p.connectionId ? (
          <Descriptions.Item label={t('page.match')}>
            <Link to={`/matches/${p.connectionId}`}>{t('page.openMatch')}</Link>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('page.dates')}>
          {p.startDate || p.endDate ? `${p.startDate ?? '…'} – ${p.endDate ?? '…'}` : '—'}
        </Descriptions.Item>
        {p.description ? (
          <Descriptions.Item label={t('page.description')}>{p.description}</Descriptions.Item>
        ) : null}
        {Object.entries(p.details ?? {}).map(([key, value]) => (
          <Descriptions.Item key={key} label={t(`details.${key}`, { defaultValue: key })}>
            {showValue(value)}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  );
}

function StatusCard({ project: p }: { project: ProjectView }) {
  const { t, i18n } = useTranslation('projects');
  const { message } = App.useApp();
  const refresh = useRefresh(p.id);
  const [stopping, setStopping] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const change = useMutation({
    mutationFn: (body: { status: ProjectStatus; reason?: string }) =>
      unwrap(
        api.POST('/api/v1/projects/{id}/status', {
          params: { path: { id: p.id } },
          body: body as { status: 'running' | 'completed' | 'stopped'; reason?: string },
        }),
      ),
    onSuccess: async () => {
      setStopping(false);
      form.resetFields();
      await refresh();
      void message.success(t('statusChange.changed'));
    },
    onError: (error) => void showCodedFieldErrors(form, error, t),
  });
  const next = NEXT_STATUSES[p.status];
  const canAct = useCanAct(p);
  return (
    <Card title={t('statusChange.title')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <StatusTag status={p.status} />
        {p.stopReason ? (
          <Typography.Text>
            {t('statusChange.stopReason', { reason: p.stopReason })}
          </Typography.Text>
        ) : null}
        {canAct && next.length === 0 ? (
          <Typography.Text type="secondary">{t('statusChange.none')}</Typography.Text>
        ) : null}
        {canAct && next.length > 0 ? (
          <Space wrap>
            {next.map((status) => (
              <Button
                key={status}
                type={status === 'stopped' ? 'default' : 'primary'}
                loading={change.isPending && change.variables?.status === status}
                onClick={() =>
                  status === 'stopped' ? setStopping(true) : change.mutate({ status })
                }
              >
                {t(`statusChange.to.${status}`)}
              </Button>
            ))}
          </Space>
        ) : null}
        {change.isError && !stopping ? <ErrorAlert error={change.error} /> : null}
        {p.statusHistory && p.statusHistory.length > 0 ? (
          <>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t('statusChange.history')}
            </Typography.Title>
            <Timeline
              items={p.statusHistory.map((h) => ({
                key: h.changedAt + h.to,
                content: (
                  <>
                    {h.from ? `${t(`status.${h.from}`)} → ` : ''}
                    {t(`status.${h.to}`)}
                    {h.reason ? `（${h.reason}）` : ''}
                    <br />
                    <Typography.Text type="secondary">
                      {new Date(h.changedAt).toLocaleString(i18n.language)}
                    </Typography.Text>
                  </>
                ),
              }))}
            />
          </>
        ) : null}
      </Space>
      <Modal
        open={stopping}
        title={t('statusChange.to.stopped')}
        okText={t('statusChange.confirm')}
        cancelText={t('statusChange.cancel')}
        okButtonProps={{ loading: change.isPending }}
        onCancel={() => setStopping(false)}
        onOk={() => form.submit()}
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) => change.mutate({ status: 'stopped', reason: values.reason })}
        >
          <Form.Item
            name="reason"
            label={t('statusChange.reason')}
            rules={[
              { required: true, whitespace: true, message: t('statusChange.reasonRequired') },
              { max: 1000 },
            ]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
        {change.isError &&
        stopping &&
        !(change.error instanceof ApiError && change.error.fieldErrors.length) ? (
          <ErrorAlert error={change.error} />
        ) : null}
      </Modal>
    </Card>
  );
}

/** Who may own a milestone from this console: the caller's organisation's members, or the caller. */
function useOwners() {
  const { me } = useAuth();
  const orgId = me?.organization?.id;
  const members = useQuery({
    queryKey: ['organization-members', orgId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/organizations/{id}/members', { params: { path: { id: orgId! } } })),
    enabled: Boolean(orgId),
  });
  const self = me ? [{ value: me.user.id, label: me.user.displayName }] : [];
  const options = members.data?.length
    ? members.data.map((m) => ({ value: m.userId, label: m.displayName }))
    : self;
  return { options, me: me?.user.id };
}

function Milestones({ project: p }: { project: ProjectView }) {
  const { t, i18n } = useTranslation('projects');
  const { message } = App.useApp();
  const refresh = useRefresh(p.id);
  const owners = useOwners();
  const [form] = Form.useForm<{ title: string; ownerUserId: string; dueDate: Dayjs }>();
  const add = useMutation({
    mutationFn: (values: { title: string; ownerUserId: string; dueDate: Dayjs }) =>
      unwrap(
        api.POST('/api/v1/projects/{id}/milestones', {
          params: { path: { id: p.id } },
          body: {
            title: values.title,
            ownerUserId: values.ownerUserId,
            dueDate: values.dueDate.format('YYYY-MM-DD'),
          },
        }),
      ),
    onSuccess: async () => {
      form.resetFields();
      await refresh();
      void message.success(t('milestones.added'));
    },
    onError: (error) => void showCodedFieldErrors(form, error, t),
  });
  const complete = useMutation({
    mutationFn: (milestoneId: string) =>
      unwrap(
        api.POST('/api/v1/projects/{id}/milestones/{milestoneId}/complete', {
          params: { path: { id: p.id, milestoneId } },
        }),
      ),
    onSuccess: async () => {
      await refresh();
      void message.success(t('milestones.done'));
    },
  });
  const ownerName = (userId: string | null) =>
    owners.options.find((o) => o.value === userId)?.label ?? '';
  const milestones = p.milestones ?? [];
  const canAct = useCanAct(p);
  const closed = p.status === 'completed' || p.status === 'stopped';
  return (
    <Card title={t('milestones.title')}>
      {complete.isError ? <ErrorAlert error={complete.error} /> : null}
      {milestones.length === 0 ? <EmptyState text={t('milestones.empty')} /> : null}
      {milestones.length > 0 ? (
        <List<MilestoneView>
          dataSource={milestones}
          renderItem={(m) => (
            <List.Item
              data-testid="milestone"
              actions={
                m.completedAt || !canAct
                  ? []
                  : [
                      <Button
                        key="complete"
                        aria-label={t('milestones.completeLabel', { title: m.title })}
                        loading={complete.isPending && complete.variables === m.id}
                        onClick={() => complete.mutate(m.id)}
                      >
                        {t('milestones.complete')}
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    {m.title}
                    {m.completedAt ? (
                      <Tag color={TAG_COLORS.ok}>{t('milestones.completed')}</Tag>
                    ) : m.overdue ? (
                      <Tag color={TAG_COLORS.bad}>{t('milestones.overdue')}</Tag>
                    ) : (
                      <Tag>{t('milestones.open')}</Tag>
                    )}
                  </Space>
                }
                description={
                  <Space wrap>
                    <span>
                      {t('milestones.due')}：{m.dueDate}
                    </span>
                    {ownerName(m.ownerUserId) ? (
                      <span>
                        {t('milestones.owner')}：{ownerName(m.ownerUserId)}
                      </span>
                    ) : null}
                    {m.completedAt ? (
                      <span>
                        {t('milestones.completedOn', {
                          date: new Date(m.completedAt).toLocaleDateString(i18n.language),
                        })}
                      </span>
                    ) : null}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      ) : null}
      {!closed && canAct ? (
        <>
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
            {t('milestones.add')}
          </Typography.Title>
          <Form
            form={form}
            layout="vertical"
            initialValues={{ ownerUserId: owners.me }}
            onFinish={(values) => add.mutate(values)}
          >
            <Flex wrap gap="small" align="start">
              <Form.Item
                name="title"
                label={t('milestones.name')}
                rules={[
                  { required: true, whitespace: true, message: t('milestones.required') },
                  { max: 200 },
                ]}
                style={{ minWidth: 220, flex: 2 }}
              >
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item
                name="ownerUserId"
                label={t('milestones.owner')}
                rules={[{ required: true, message: t('milestones.required') }]}
                style={{ minWidth: 160, flex: 1 }}
              >
                <Select options={owners.options} />
              </Form.Item>
              <Form.Item
                name="dueDate"
                label={t('milestones.due')}
                rules={[{ required: true, message: t('milestones.required') }]}
                style={{ minWidth: 160, flex: 1 }}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Flex>
            {add.isError && !(add.error instanceof ApiError && add.error.fieldErrors.length) ? (
              <ErrorAlert error={add.error} />
            ) : null}
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              {t('milestones.submit')}
            </Button>
          </Form>
        </>
      ) : null}
    </Card>
  );
}

type OutcomeForm = { period: string; figures: Record<string, number | null | undefined> };

function Outcomes({ project: p }: { project: ProjectView }) {
  const { t, i18n } = useTranslation('projects');
  const { message } = App.useApp();
  const { me } = useAuth();
  const refresh = useRefresh(p.id);
  const [form] = Form.useForm<OutcomeForm>();
  const [formError, setFormError] = useState<unknown>(null);
  const spec = OUTCOME_FIGURES[p.kind];
  const names = [...spec.required, ...spec.optional];
  const mySide = me?.organization
    ? `organization:${me.organization.id}`
    : me?.expertProfile
      ? `expert:${me.expertProfile.id}`
      : null;
  const sideName = (side: string | null) =>
    p.partners.find((x) => partnerSide(x) === side)?.name ?? side ?? '';
  const report = useMutation({
    mutationFn: (values: OutcomeForm) => {
      const figures: Record<string, number> = {};
      for (const name of names) {
        const value = values.figures?.[name];
        if (value !== undefined && value !== null) figures[name] = value;
      }
      return unwrap(
        api.POST('/api/v1/projects/{id}/outcomes', {
          params: { path: { id: p.id } },
          body: { period: values.period.trim(), figures },
        }),
      );
    },
    onSuccess: async () => {
      setFormError(null);
      form.resetFields();
      await refresh();
      void message.success(t('outcomes.reported'));
    },
    onError: (error) => setFormError(showCodedFieldErrors(form, error, t) ? null : error),
  });
  const confirm = useMutation({
    mutationFn: (outcomeId: string) =>
      unwrap(
        api.POST('/api/v1/projects/{id}/outcomes/{outcomeId}/confirm', {
          params: { path: { id: p.id, outcomeId } },
        }),
      ),
    onSuccess: async () => {
      await refresh();
      void message.success(t('outcomes.confirmedDone'));
    },
  });
  const outcomes = p.outcomes ?? [];
  // Admins read figures but neither report nor confirm them (403 NOT_A_PARTNER).
  const canAct = useCanAct(p);
  const isPartner = p.access === 'partner' && canAct;
  return (
    <Card title={t('outcomes.title')}>
      {confirm.isError ? <ErrorAlert error={confirm.error} /> : null}
      {outcomes.length === 0 ? <EmptyState text={t('outcomes.empty')} /> : null}
      {outcomes.length > 0 ? (
        <List<OutcomeView>
          dataSource={outcomes}
          renderItem={(o) => (
            <List.Item
              data-testid="outcome"
              actions={
                isPartner && o.status === 'reported' && o.reportedBySide !== mySide
                  ? [
                      <Button
                        key="confirm"
                        type="primary"
                        aria-label={t('outcomes.confirmLabel', { period: o.period })}
                        loading={confirm.isPending && confirm.variables === o.id}
                        onClick={() => confirm.mutate(o.id)}
                      >
                        {t('outcomes.confirm')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    {t('outcomes.period')}：{o.period}
                    {o.status === 'confirmed' ? (
                      <Tag color={TAG_COLORS.ok}>{t('outcomes.confirmed')}</Tag>
                    ) : (
                      <Tag color={TAG_COLORS.warn}>{t('outcomes.awaiting')}</Tag>
                    )}
                  </Space>
                }
                description={
                  <>
                    <Descriptions
                      size="small"
                      column={{ xs: 1, sm: 2, md: 3 }}
                      items={Object.entries(o.figures).map(([name, value]) => ({
                        key: name,
                        label: t(`outcomes.figure.${name}`, { defaultValue: name }),
                        children: value.toLocaleString(i18n.language),
                      }))}
                    />
                    <Space wrap>
                      <Typography.Text type="secondary">
                        {t('outcomes.reportedBy', { side: sideName(o.reportedBySide) })}
                      </Typography.Text>
                      {o.confirmedBySide ? (
                        <Typography.Text type="secondary">
                          {t('outcomes.confirmedBy', { side: sideName(o.confirmedBySide) })}
                        </Typography.Text>
                      ) : o.reportedBySide === mySide ? (
                        <Typography.Text type="secondary">
                          {t('outcomes.ownReport')}
                        </Typography.Text>
                      ) : null}
                    </Space>
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : null}
      {isPartner ? (
        <>
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
            {t('outcomes.report')}
          </Typography.Title>
          <Form<OutcomeForm>
            form={form}
            layout="vertical"
            onFinish={(values) => report.mutate(values)}
            onValuesChange={() => setFormError(null)}
          >
            <Form.Item
              name="period"
              label={t('outcomes.period')}
              extra={t('outcomes.periodHelp')}
              rules={[
                { required: true, message: t('milestones.required') },
                { pattern: /^\s*(\d{4}|total)\s*$/, message: t('outcomes.periodInvalid') },
              ]}
              style={{ maxWidth: 240 }}
            >
              <Input maxLength={5} />
            </Form.Item>
            <Row gutter={16}>
              {names.map((name) => (
                <Col xs={24} sm={12} md={8} key={name}>
                  <Form.Item
                    name={['figures', name]}
                    label={t(`outcomes.figure.${name}`)}
                    rules={[
                      ...(spec.required.includes(name)
                        ? [{ required: true, message: t('milestones.required') }]
                        : []),
                      { type: 'integer' as const, min: 0, message: t('outcomes.integer') },
                    ]}
                  >
                    <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
            {formError ? <ErrorAlert error={formError} /> : null}
            <Button type="primary" htmlType="submit" loading={report.isPending}>
              {t('outcomes.submit')}
            </Button>
          </Form>
        </>
      ) : null}
    </Card>
  );
}
