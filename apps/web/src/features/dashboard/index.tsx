import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, message, Space, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { download, getJson } from '../../api/client';
import type { Label, StatsSection, StatsTable, StatsValue } from '../../api/types';
import { isCityStaff, useAuth } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';

type Row = Record<string, StatsValue>;
const FORMATS = ['csv', 'xlsx'] as const;

/** The admin's and operators' dashboard: the platform section's tables, each downloadable. */
export default function Dashboard() {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const allowed = isCityStaff(user);
  const platform = useQuery({
    queryKey: ['stats', 'platform', user?.id],
    queryFn: () => getJson<StatsSection>('/api/v1/stats/platform'),
    enabled: allowed,
  });
  const [toast, toastHolder] = message.useMessage();
  if (!allowed) return <Alert type="warning" showIcon title={t('dashboard.forbidden')} />;
  const label = (l: Label) => (i18n.language === 'en' ? l.en : l['zh-CN']);
  const fetchFile = (table: StatsTable, format: (typeof FORMATS)[number]) =>
    download(
      `/api/v1/stats/platform/export?table=${encodeURIComponent(table.key)}&format=${format}`,
      `platform-${table.key}.${format}`,
    ).catch((error: unknown) =>
      toast.error(error instanceof Error ? error.message : String(error)),
    );
  return (
    <>
      {toastHolder}
      <Typography.Title level={2}>{t('dashboard.title')}</Typography.Title>
      {platform.isPending ? <Spin /> : null}
      {platform.isError ? <ErrorAlert error={platform.error} /> : null}
      {platform.data?.computedAt ? (
        <Typography.Paragraph type="secondary">
          {t('dashboard.computedAt', {
            time: new Date(platform.data.computedAt).toLocaleString(i18n.language),
          })}
        </Typography.Paragraph>
      ) : null}
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {platform.data?.tables.map((table) => {
          const columns: ColumnsType<Row> = table.columns.map((c) => ({
            key: c.key,
            dataIndex: c.key,
            title: c.unit ? `${label(c.label)}（${c.unit}）` : label(c.label),
            render: (value: StatsValue) => (value === null ? '—' : value),
          }));
          return (
            <Card
              key={table.key}
              title={label(table.title)}
              data-testid={`table-${table.key}`}
              extra={
                <Space>
                  {FORMATS.map((format) => (
                    <Button key={format} size="small" onClick={() => void fetchFile(table, format)}>
                      {t('dashboard.download')} {format.toUpperCase()}
                    </Button>
                  ))}
                </Space>
              }
            >
              <Table<Row>
                size="small"
                columns={columns}
                dataSource={table.rows}
                rowKey={(_row) => String(table.rows.indexOf(_row))}
                pagination={table.rows.length > 20 ? { pageSize: 20 } : false}
                scroll={{ x: true }}
              />
              {table.note ? (
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                  {label(table.note)}
                </Typography.Paragraph>
              ) : null}
            </Card>
          );
        })}
      </Space>
    </>
  );
}
