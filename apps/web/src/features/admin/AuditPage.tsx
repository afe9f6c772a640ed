import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Form, Row, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { isCityStaff, useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSkeleton } from '../../components/PageSkeleton';
import { districtName, useDistricts } from '../dashboard/reference';
import { ScrollRegion, WIDE_TABLE } from '../dashboard/ScrollRegion';

type Entry = components['schemas']['AuditEntryView'];
type Action = Entry['action'];
const PAGE_SIZE = 50;

/** Actions as the filter offers them (the api's vocabulary: technical but exact). */
const ACTIONS: Action[] = [
  'organization.verified',
  'organization.rejected',
  'admin.import_applied',
  'profile.claim_invited',
  'profile.claimed',
  'operator.granted',
  'operator.changed',
  'operator.revoked',
  'demand.closed',
  'connection.contacts_revealed',
  'offer_interest.contacts_revealed',
  'team.invitation_sent',
  'team.invitation_accepted',
  'team.role_changed',
  'team.member_removed',
  'team.ownership_transferred',
  'message.reported',
  'message_report.resolved',
  'message_report.dismissed',
  'project.created',
  'project.status_changed',
  'project.outcome_reported',
  'project.outcome_confirmed',
  'teacher.practice_logged',
  'teacher.practice_confirmed',
];

/**
 * The audit log (ADR 0014, 0016): the platform admin sees every entry, a district operator the
 * entries of its districts (the api scopes them). Newest first, by page.
 */
export default function AuditPage() {
  const { t, i18n } = useTranslation('admin');
  const { me, user } = useAuth();
  const [action, setAction] = useState<Action | undefined>();
  const [district, setDistrict] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const districts = useDistricts();
  const log = useQuery({
    queryKey: ['admin', 'audit', action, district, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/admin/audit', {
          params: {
            query: {
              page,
              pageSize: PAGE_SIZE,
              ...(action ? { action } : {}),
              ...(district ? { district } : {}),
            },
          },
        }),
      ),
    enabled: isCityStaff(user),
  });
  if (!isCityStaff(user)) return <Alert type="warning" showIcon title={t('staffOnly')} />;

  const ownDistricts = user?.role === 'operator' ? (me?.operatorDistricts ?? []) : null;
  const districtOptions = (districts.data?.items ?? [])
    .filter((d) => !ownDistricts || ownDistricts.includes(d.code))
    .map((d) => ({ value: d.code, label: districtName(districts.data?.items, d.code) }));
  const columns: ColumnsType<Entry> = [
    {
      key: 'time',
      title: t('audit.time'),
      render: (_, e) => new Date(e.occurredAt).toLocaleString(i18n.language),
    },
    { key: 'action', title: t('audit.action'), dataIndex: 'action' },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_, e) =>
        e.actorId ? `${e.actorRole ?? ''} ${e.actorId.slice(0, 8)}` : t('audit.system'),
    },
    {
      key: 'target',
      title: t('audit.target'),
      render: (_, e) => `${e.targetType} ${e.targetId.slice(0, 8)}`,
    },
    {
      key: 'district',
      title: t('audit.district'),
      render: (_, e) => (e.district ? districtName(districts.data?.items, e.district) : '—'),
    },
    {
      key: 'details',
      title: t('audit.details'),
      render: (_, e) => (
        <div style={{ maxWidth: 360, whiteSpace: 'normal', wordBreak: 'break-all', fontSize: 12 }}>
          {JSON.stringify(e.details)}
        </div>
      ),
    },
  ];
  const filtered = Boolean(action || district);
  return (
    <>
      <Typography.Title level={2}>{t('audit.title')}</Typography.Title>
      <Form layout="vertical" component="div">
        <Row gutter={[16, 0]}>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item label={t('audit.action')} htmlFor="audit-action">
              <Select
                id="audit-action"
                allowClear
                showSearch
                placeholder={t('audit.actionAll')}
                value={action}
                options={ACTIONS.map((a) => ({ value: a, label: a }))}
                onChange={(value?: Action) => {
                  setAction(value);
                  setPage(1);
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label={t('audit.district')} htmlFor="audit-district">
              <Select
                id="audit-district"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('audit.districtAll')}
                value={district}
                options={districtOptions}
                onChange={(value?: string) => {
                  setDistrict(value);
                  setPage(1);
                }}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {log.isPending ? <PageSkeleton /> : null}
      {log.isError ? <ErrorAlert error={log.error} /> : null}
      {log.data && log.data.total === 0 ? (
        <EmptyState
          text={t('audit.empty')}
          action={
            filtered ? (
              <Button
                onClick={() => {
                  setAction(undefined);
                  setDistrict(undefined);
                }}
              >
                {t('audit.clear')}
              </Button>
            ) : undefined
          }
        />
      ) : null}
      {log.data && log.data.total > 0 ? (
        <ScrollRegion label={t('audit.title')}>
          <Table<Entry>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={log.data.items}
            style={WIDE_TABLE}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: log.data.total,
              onChange: setPage,
              showSizeChanger: false,
            }}
          />
        </ScrollRegion>
      ) : null}
    </>
  );
}
