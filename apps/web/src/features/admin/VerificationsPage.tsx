import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Col,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { isCityStaff, useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import { PageSkeleton } from '../../components/PageSkeleton';
import { districtName, useDistricts } from '../dashboard/reference';
import { ScrollRegion, WIDE_TABLE } from '../dashboard/ScrollRegion';

type Organization = components['schemas']['OrganizationView'];
type Status = Organization['status'];
type Outcome = components['schemas']['VerificationOutcomeDto'];
const STATUSES: Status[] = ['pending', 'rejected', 'verified'];
const PAGE_SIZE = 20;

const STATUS_COLORS: Record<Status, string> = {
  pending: 'default',
  verified: 'green',
  rejected: 'red',
};

/**
 * The review queue: organisations awaiting verification, oldest first, for the platform admin
 * (the whole city) and district operators (their districts only, the api decides). Each can be
 * opened, approved or rejected with a reason the organisation will read; several at once
 * approved in one batch.
 */
export default function VerificationsPage() {
  const { t, i18n } = useTranslation('admin');
  const { me, user } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>('pending');
  const [district, setDistrict] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [details, setDetails] = useState<Organization | null>(null);
  const [rejecting, setRejecting] = useState<Organization | null>(null);
  const [failures, setFailures] = useState<Outcome[]>([]);
  const districts = useDistricts();

  const queue = useQuery({
    queryKey: ['admin', 'organizations', status, district, q, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/admin/organizations', {
          params: {
            query: {
              status,
              page,
              pageSize: PAGE_SIZE,
              ...(district ? { district } : {}),
              ...(q ? { q } : {}),
            },
          },
        }),
      ),
    enabled: isCityStaff(user),
  });
  const done = () => queryClient.invalidateQueries({ queryKey: ['admin', 'organizations'] });

  const approve = useMutation({
    mutationFn: (org: Organization) =>
      unwrap(
        api.POST('/api/v1/admin/organizations/{id}/verify', { params: { path: { id: org.id } } }),
      ),
    onSuccess: async (org) => {
      void message.success(t('verifications.approved', { name: org.name }));
      setDetails(null);
      await done();
    },
  });
  const batch = useMutation({
    mutationFn: (ids: string[]) =>
      unwrap(
        api.POST('/api/v1/admin/organizations/verifications', {
          body: {
            decisions: ids.map((organizationId) => ({
              organizationId,
              decision: 'verify' as const,
            })),
          },
        }),
      ),
    onSuccess: async (outcomes) => {
      const verified = outcomes.filter((o) => o.outcome === 'verified').length;
      setFailures(outcomes.filter((o) => o.outcome === 'failed'));
      setSelected([]);
      void message.success(t('verifications.batchDone', { verified }));
      await done();
    },
  });

  if (!isCityStaff(user)) return <Alert type="warning" showIcon title={t('staffOnly')} />;

  const ownDistricts = user?.role === 'operator' ? (me?.operatorDistricts ?? []) : null;
  const districtOptions = (districts.data?.items ?? [])
    .filter((d) => !ownDistricts || ownDistricts.includes(d.code))
    .map((d) => ({ value: d.code, label: districtName(districts.data?.items, d.code) }));
  const names = new Map(queue.data?.items.map((o) => [o.id, o.name]));

  const columns: ColumnsType<Organization> = [
    {
      key: 'name',
      title: t('verifications.name'),
      render: (_, org) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() => setDetails(org)}
        >
          {org.name}
        </Button>
      ),
    },
    { key: 'kind', title: t('verifications.kind'), render: (_, org) => t(`kinds.${org.kind}`) },
    {
      key: 'district',
      title: t('verifications.district'),
      render: (_, org) => districtName(districts.data?.items, org.district),
    },
    {
      key: 'status',
      title: t('verifications.status'),
      render: (_, org) => (
        <Tag color={STATUS_COLORS[org.status]}>{t(`statuses.${org.status}`)}</Tag>
      ),
    },
    {
      key: 'createdAt',
      title: t('verifications.createdAt'),
      render: (_, org) => new Date(org.createdAt).toLocaleString(i18n.language),
    },
    {
      key: 'actions',
      title: t('verifications.actions'),
      render: (_, org) => (
        <Space wrap>
          <Button
            size="small"
            onClick={() => setDetails(org)}
            aria-label={`${t('verifications.details')}：${org.name}`}
          >
            {t('verifications.details')}
          </Button>
          {org.status !== 'verified' ? (
            <Button
              size="small"
              type="primary"
              aria-label={`${t('verifications.approve')}：${org.name}`}
              loading={approve.isPending && approve.variables?.id === org.id}
              onClick={() => approve.mutate(org)}
            >
              {t('verifications.approve')}
            </Button>
          ) : null}
          {org.status === 'pending' ? (
            <Button
              size="small"
              danger
              aria-label={`${t('verifications.reject')}：${org.name}`}
              onClick={() => setRejecting(org)}
            >
              {t('verifications.reject')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Typography.Title level={2}>{t('verifications.title')}</Typography.Title>
      <Form layout="vertical" component="div">
        <Row gutter={[16, 0]}>
          <Col xs={24} sm={8} lg={5}>
            <Form.Item label={t('verifications.status')} htmlFor="queue-status">
              <Select
                id="queue-status"
                value={status}
                options={STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
                onChange={(value: Status) => {
                  setStatus(value);
                  setPage(1);
                  setSelected([]);
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8} lg={5}>
            <Form.Item label={t('verifications.district')} htmlFor="queue-district">
              <Select
                id="queue-district"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={
                  ownDistricts ? t('verifications.districtMine') : t('verifications.districtAll')
                }
                value={district}
                options={districtOptions}
                onChange={(value?: string) => {
                  setDistrict(value);
                  setPage(1);
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8} lg={6}>
            <Form.Item label={t('verifications.search')} htmlFor="queue-q">
              <Input.Search
                id="queue-q"
                allowClear
                placeholder={t('verifications.searchPlaceholder')}
                onSearch={(value) => {
                  setQ(value.trim());
                  setPage(1);
                }}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>

      {approve.isError ? <ErrorAlert error={approve.error} /> : null}
      {batch.isError ? <ErrorAlert error={batch.error} /> : null}
      {failures.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setFailures([]) }}
          title={t('verifications.batchFailed', { count: failures.length })}
          description={
            <ul>
              {failures.map((f) => (
                <li key={f.organizationId}>
                  {names.get(f.organizationId) ?? f.organizationId}：{f.code} {f.detail}
                </li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}

      {queue.isPending ? <PageSkeleton /> : null}
      {queue.isError ? <ErrorAlert error={queue.error} /> : null}
      {queue.data && queue.data.total === 0 ? (
        status === 'pending' ? (
          <EmptyState text={t('verifications.empty')} />
        ) : (
          <EmptyState
            text={t('verifications.emptyOther')}
            action={
              <Button onClick={() => setStatus('pending')}>{t('verifications.showPending')}</Button>
            }
          />
        )
      ) : null}
      {queue.data && queue.data.total > 0 ? (
        <>
          <Flex
            justify="space-between"
            align="center"
            wrap
            gap="small"
            style={{ marginBottom: 12 }}
          >
            <Typography.Text>
              {t('verifications.total', { total: queue.data.total })}
            </Typography.Text>
            {status !== 'verified' ? (
              <Button
                type="primary"
                disabled={selected.length === 0}
                loading={batch.isPending}
                onClick={() => batch.mutate(selected)}
              >
                {t('verifications.approveSelected', { count: selected.length })}
              </Button>
            ) : null}
          </Flex>
          <ScrollRegion label={t('verifications.title')}>
            <Table<Organization>
              data-testid="verification-queue"
              rowKey="id"
              columns={columns}
              dataSource={queue.data.items}
              style={WIDE_TABLE}
              rowSelection={
                status !== 'verified'
                  ? {
                      selectedRowKeys: selected,
                      onChange: (keys) => setSelected(keys as string[]),
                      getCheckboxProps: (org) => ({
                        'aria-label': t('verifications.selectRow', { name: org.name }),
                      }),
                    }
                  : undefined
              }
              pagination={{
                current: page,
                pageSize: PAGE_SIZE,
                total: queue.data.total,
                onChange: setPage,
                showSizeChanger: false,
              }}
            />
          </ScrollRegion>
        </>
      ) : null}

      <DetailsDrawer
        org={details}
        districtLabel={(code) => districtName(districts.data?.items, code)}
        onClose={() => setDetails(null)}
        onApprove={(org) => approve.mutate(org)}
        onReject={(org) => setRejecting(org)}
        approving={approve.isPending}
      />
      <RejectModal
        org={rejecting}
        onClose={() => setRejecting(null)}
        onRejected={async (org) => {
          void message.success(t('verifications.rejected', { name: org.name }));
          setRejecting(null);
          setDetails(null);
          await done();
        }}
      />
    </>
  );
}

function DetailsDrawer({
  org,
  districtLabel,
  onClose,
  onApprove,
  onReject,
  approving,
}: {
  org: Organization | null;
  districtLabel: (code: string) => string;
  onClose: () => void;
  onApprove: (org: Organization) => void;
  onReject: (org: Organization) => void;
  approving: boolean;
}) {
  const { t, i18n } = useTranslation('admin');
  const text = (value: unknown): string | null => {
    if (value === null || value === undefined || value === '') return null;
    if (Array.isArray(value)) {
      const items = value.map((v) =>
        typeof v === 'object' && v !== null
          ? String(
              (v as { name?: unknown; code?: unknown }).name ??
                (v as { code?: unknown }).code ??
                '',
            )
          : String(v),
      );
      return items.filter(Boolean).join('、') || null;
    }
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const items = org
    ? [
        { key: 'kind', label: t('verifications.kind'), children: t(`kinds.${org.kind}`) },
        { key: 'status', label: t('verifications.status'), children: t(`statuses.${org.status}`) },
        {
          key: 'district',
          label: t('verifications.district'),
          children: districtLabel(org.district),
        },
        {
          key: 'creditCode',
          label: t('verifications.fields.creditCode'),
          children: text(org.creditCode),
        },
        {
          key: 'industryCode',
          label: t('verifications.fields.industryCode'),
          children: text(org.industryCode),
        },
        {
          key: 'size',
          label: t('verifications.fields.size'),
          children: org.size ? t(`sizes.${org.size}`) : null,
        },
        { key: 'level', label: t('verifications.fields.level'), children: text(org.level) },
        {
          key: 'studentCount',
          label: t('verifications.fields.studentCount'),
          children: text(org.studentCount),
        },
        {
          key: 'trainingCapacity',
          label: t('verifications.fields.trainingCapacity'),
          children: text(org.trainingCapacity),
        },
        { key: 'majors', label: t('verifications.fields.majors'), children: text(org.majors) },
        { key: 'tags', label: t('verifications.fields.tags'), children: text(org.tags) },
        {
          key: 'description',
          label: t('verifications.fields.description'),
          children: text(org.description),
        },
        {
          key: 'createdAt',
          label: t('verifications.createdAt'),
          children: new Date(org.createdAt).toLocaleString(i18n.language),
        },
        {
          key: 'rejectionReason',
          label: t('verifications.fields.rejectionReason'),
          children: text(org.rejectionReason),
        },
      ].filter((item) => item.children !== null)
    : [];
  return (
    <Drawer
      open={org !== null}
      onClose={onClose}
      title={org?.name}
      size="large"
      closable={{ 'aria-label': t('verifications.close') }}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      extra={
        org && org.status === 'pending' ? (
          <Space wrap>
            <Button type="primary" loading={approving} onClick={() => onApprove(org)}>
              {t('verifications.approve')}
            </Button>
            <Button danger onClick={() => onReject(org)}>
              {t('verifications.reject')}
            </Button>
          </Space>
        ) : null
      }
    >
      <Descriptions column={1} bordered size="small" items={items} />
    </Drawer>
  );
}

function RejectModal({
  org,
  onClose,
  onRejected,
}: {
  org: Organization | null;
  onClose: () => void;
  onRejected: (org: Organization) => Promise<void>;
}) {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<{ reason: string }>();
  const [atFields, setAtFields] = useState(false);
  const reject = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(
        api.POST('/api/v1/admin/organizations/{id}/reject', {
          params: { path: { id } },
          body: { reason },
        }),
      ),
    onSuccess: async (rejected) => {
      form.resetFields();
      await onRejected(rejected);
    },
    onError: (error) => setAtFields(showFieldErrors(form, error)),
  });
  return (
    <Modal
      open={org !== null}
      title={org ? t('verifications.rejectTitle', { name: org.name }) : null}
      okText={t('verifications.confirmReject')}
      cancelText={t('verifications.cancel')}
      okButtonProps={{ danger: true, loading: reject.isPending }}
      onOk={() => form.submit()}
      onCancel={() => {
        reject.reset();
        form.resetFields();
        onClose();
      }}
      destroyOnHidden
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={({ reason }) => org && reject.mutate({ id: org.id, reason: reason.trim() })}
      >
        <Form.Item
          name="reason"
          label={t('verifications.reason')}
          extra={t('verifications.reasonHelp')}
          rules={[
            { required: true, whitespace: true, message: t('verifications.reasonRequired') },
            { min: 2, max: 500, message: t('verifications.reasonLength') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
      </Form>
      {reject.isError && !atFields ? <ErrorAlert error={reject.error} /> : null}
    </Modal>
  );
}
