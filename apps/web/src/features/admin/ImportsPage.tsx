import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Form,
  Row,
  Select,
  Space,
  Statistic,
  Switch,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UploadFile } from 'antd/es/upload/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, fieldErrorsOf, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import { PageSkeleton } from '../../components/PageSkeleton';
import { ScrollRegion, WIDE_TABLE } from '../dashboard/ScrollRegion';

type Report = components['schemas']['ImportReportView'];
type ImportRow = components['schemas']['ImportRowView'];
type ImportType = Report['type'];
type Claims = components['schemas']['ImportClaimsView'];
const TYPES: ImportType[] = ['enterprises', 'colleges', 'experts'];
const ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Bulk import for the platform admin: upload a CSV/XLSX file, read the dry run row by row
 * (errors per row and field), commit the valid rows, then send the claim invitations. The
 * report has its own URL (/admin/imports/:id), so it survives a reload.
 */
export default function ImportsPage() {
  const { t } = useTranslation('admin');
  const { user } = useAuth();
  const { id } = useParams();
  const navigate = useNavigate();
  if (user?.role !== 'admin') return <Alert type="warning" showIcon title={t('adminOnly')} />;
  return (
    <>
      <Typography.Title level={2}>{t('imports.title')}</Typography.Title>
      {id ? (
        <ImportReport id={id} onAgain={() => navigate('/admin/imports')} />
      ) : (
        <UploadForm onUploaded={(report) => navigate(`/admin/imports/${report.id}`)} />
      )}
    </>
  );
}

function UploadForm({ onUploaded }: { onUploaded: (report: Report) => void }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ type: ImportType; file: UploadFile[] }>();
  const [atFields, setAtFields] = useState(false);
  const upload = useMutation({
    mutationFn: ({ type, file }: { type: ImportType; file: File }) => {
      const body = new FormData();
      body.append('type', type);
      body.append('file', file, file.name);
      // Multipart: the form data is the body as it is (the typed body only names the fields).
      return unwrap(
        api.POST('/api/v1/admin/imports', {
          body: { type, file: file.name },
          bodySerializer: () => body,
        }),
      );
    },
    onSuccess: (report) => {
      queryClient.setQueryData(['admin', 'imports', report.id], report);
      onUploaded(report);
    },
    onError: (error) => setAtFields(showFieldErrors(form, error)),
  });
  return (
    <Card>
      <Typography.Paragraph>{t('imports.intro')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ type: 'enterprises', file: [] }}
        onFinish={({ type, file }) => {
          const chosen = file[0]?.originFileObj;
          if (chosen) upload.mutate({ type, file: chosen });
        }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={10} md={8}>
            <Form.Item
              name="type"
              label={t('imports.type')}
              rules={[{ required: true, message: t('imports.typeRequired') }]}
            >
              <Select options={TYPES.map((k) => ({ value: k, label: t(`imports.types.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14} md={16}>
            <Form.Item
              name="file"
              label={t('imports.file')}
              valuePropName="fileList"
              getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
              rules={[
                {
                  validator: (_, value: UploadFile[] | undefined) =>
                    value && value.length > 0
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('imports.fileRequired'))),
                },
              ]}
            >
              <Upload accept={ACCEPT} beforeUpload={() => false} maxCount={1}>
                <Button>{t('imports.choose')}</Button>
              </Upload>
            </Form.Item>
          </Col>
        </Row>
        {upload.isError && !atFields ? <ErrorAlert error={upload.error} /> : null}
        <Button
          type="primary"
          htmlType="submit"
          loading={upload.isPending}
          style={{ marginTop: 8 }}
        >
          {t('imports.upload')}
        </Button>
      </Form>
      <div style={{ marginTop: 24 }}>
        <EmptyState text={t('imports.empty')} />
      </div>
    </Card>
  );
}

function ImportReport({ id, onAgain }: { id: string; onAgain: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [verify, setVerify] = useState(true);
  const [claims, setClaims] = useState<Claims | null>(null);
  const report = useQuery({
    queryKey: ['admin', 'imports', id],
    queryFn: () => unwrap(api.GET('/api/v1/admin/imports/{id}', { params: { path: { id } } })),
  });
  const commit = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/admin/imports/{id}/commit', {
          params: { path: { id } },
          body: { verify },
        }),
      ),
    onSuccess: async (result) => {
      void message.success(
        t('imports.committed', { created: result.created, skipped: result.skippedInvalid }),
      );
      await queryClient.invalidateQueries({ queryKey: ['admin', 'imports', id] });
    },
  });
  const sendClaims = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/admin/imports/{id}/claims', { params: { path: { id } } })),
    onSuccess: (result) => {
      setClaims(result);
      void message.success(t('imports.claimsSent', { sent: result.sent }));
    },
  });

  if (report.isPending) return <PageSkeleton />;
  if (report.isError) return <ErrorAlert error={report.error} />;
  const r = report.data;
  const rows = onlyErrors ? r.rows.filter((row) => row.status === 'invalid') : r.rows;
  const columns: ColumnsType<ImportRow> = [
    { key: 'row', title: t('imports.row'), dataIndex: 'row', width: 72 },
    {
      key: 'status',
      title: t('imports.rowStatus'),
      render: (_, row) =>
        row.status === 'valid' ? (
          <Tag color="green">{t('imports.valid')}</Tag>
        ) : (
          <Tag color="red">{t('imports.invalid')}</Tag>
        ),
    },
    {
      key: 'record',
      title: t('imports.record'),
      render: (_, row) => {
        const data = row.data as Record<string, unknown>;
        const name = data.name ?? data.displayName ?? '';
        return typeof name === 'string' ? name : JSON.stringify(name);
      },
    },
    {
      key: 'errors',
      title: t('imports.errors'),
      render: (_, row) =>
        row.errors.length === 0 ? (
          t('imports.noErrors')
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {row.errors.map((e, i) => (
              <li key={`${e.field}-${i}`} style={{ maxWidth: 420, whiteSpace: 'normal' }}>
                <Typography.Text code>{e.field}</Typography.Text> {e.message}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  const canCommit = r.status === 'validated' && r.validRows > 0;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={t('imports.report', { name: r.fileName })}
        extra={<Tag>{t(`imports.statuses.${r.status}`)}</Tag>}
        styles={{ header: { flexWrap: 'wrap' } }}
      >
        <Row gutter={[16, 16]}>
          <Col xs={8}>
            <Statistic title={t('imports.totalRows')} value={r.totalRows} />
          </Col>
          <Col xs={8}>
            <Statistic title={t('imports.validRows')} value={r.validRows} />
          </Col>
          <Col xs={8}>
            <Statistic title={t('imports.invalidRows')} value={r.invalidRows} />
          </Col>
        </Row>
        {r.status === 'validated' ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('imports.expiresAt', { time: new Date(r.expiresAt).toLocaleString(i18n.language) })}
          </Typography.Paragraph>
        ) : null}
        {commit.isError ? <ErrorAlert error={commit.error} /> : null}
        {/* IMPORT_CONFLICT: the rows that became duplicates since the dry run, by field. */}
        {fieldErrorsOf(commit.error).length > 0 ? (
          <ul data-testid="commit-conflicts">
            {fieldErrorsOf(commit.error).map((e, i) => (
              <li key={`${e.field}-${i}`}>
                <Typography.Text code>{e.field}</Typography.Text> {e.message}
              </li>
            ))}
          </ul>
        ) : null}
        {sendClaims.isError ? <ErrorAlert error={sendClaims.error} /> : null}
        <Flex wrap gap="middle" align="center" style={{ marginTop: 12 }}>
          {canCommit && r.type !== 'experts' ? (
            <Checkbox checked={verify} onChange={(e) => setVerify(e.target.checked)}>
              {t('imports.verify')}
            </Checkbox>
          ) : null}
          {canCommit ? (
            <Button type="primary" loading={commit.isPending} onClick={() => commit.mutate()}>
              {t('imports.commit', { count: r.validRows })}
            </Button>
          ) : null}
          {r.status === 'committed' ? (
            <Button
              loading={sendClaims.isPending}
              onClick={() => sendClaims.mutate()}
              title={t('imports.claimsHint')}
            >
              {t('imports.claims')}
            </Button>
          ) : null}
          <Button onClick={onAgain}>{t('imports.again')}</Button>
        </Flex>
        {claims ? (
          <Alert
            style={{ marginTop: 12 }}
            type="success"
            showIcon
            title={t('imports.claimsSent', { sent: claims.sent })}
            description={
              claims.skipped.length > 0 ? (
                <ul>
                  {claims.skipped.map((s) => (
                    <li key={s.id}>
                      {t('imports.claimsSkipped', {
                        name: s.name,
                        reason: t(`imports.skipReasons.${s.reason}`),
                      })}
                    </li>
                  ))}
                </ul>
              ) : null
            }
          />
        ) : null}
      </Card>
      <Card>
        <Flex align="center" gap="small" style={{ marginBottom: 12 }}>
          <Switch
            id="only-errors"
            checked={onlyErrors}
            onChange={setOnlyErrors}
            aria-label={t('imports.onlyErrors')}
          />
          <label htmlFor="only-errors">{t('imports.onlyErrors')}</label>
        </Flex>
        <ScrollRegion label={t('imports.report', { name: r.fileName })}>
          <Table<ImportRow>
            data-testid="import-rows"
            rowKey="row"
            size="small"
            columns={columns}
            dataSource={rows}
            style={WIDE_TABLE}
            pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            rowClassName={(row) => (row.status === 'invalid' ? 'import-row-invalid' : '')}
          />
        </ScrollRegion>
      </Card>
    </Space>
  );
}
