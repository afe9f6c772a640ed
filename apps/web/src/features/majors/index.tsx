import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  InputNumber,
  List,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { api, ApiError, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSkeleton } from '../../components/PageSkeleton';
import { type MajorOffered, majorsOf } from '../teachers/types';
import './messages';
import { TAG_COLORS } from '../projects/tag-colors';
import { FeatureTheme } from '../projects/FeatureTheme';

type MajorDemand = components['schemas']['CollegeMajorDemandView'];

const SUGGESTION_COLORS: Record<MajorDemand['suggestion'], string> = {
  open: TAG_COLORS.new,
  grow: TAG_COLORS.ok,
  hold: 'default',
  shrink: TAG_COLORS.warn,
};

/** `/majors`: the college's majors against the city's demand, and its own majors' figures. */
export default function Majors() {
  return (
    <FeatureTheme>
      <Routes>
        <Route index element={<MajorsPage />} />
      </Routes>
    </FeatureTheme>
  );
}

function MajorsPage() {
  const { t } = useTranslation('majors');
  const { me } = useAuth();
  const college = me?.organization?.kind === 'college' ? me.organization : null;
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const from = range?.[0].format('YYYY-MM');
  const to = range?.[1].format('YYYY-MM');
  const demand = useQuery({
    queryKey: ['majors', college?.id, 'demand', from, to],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/colleges/{id}/majors/demand', {
          params: { path: { id: college!.id }, query: { from, to } },
        }),
      ),
    enabled: Boolean(college),
  });
  const heading = <Typography.Title level={2}>{t('title')}</Typography.Title>;
  if (!college) {
    return (
      <>
        {heading}
        <Alert type="warning" showIcon title={t('notCollege')} />
      </>
    );
  }
  return (
    <>
      {heading}
      <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
      <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
        <span id="majors-period">{t('periodLabel')}</span>
        <DatePicker.RangePicker
          picker="month"
          value={range}
          onChange={(value) =>
            setRange(value && value[0] && value[1] ? [value[0], value[1]] : null)
          }
          aria-labelledby="majors-period"
        />
      </Flex>
      {demand.isPending ? <PageSkeleton /> : null}
      {demand.isError ? <ErrorAlert error={demand.error} /> : null}
      {demand.data ? (
        <Space orientation="vertical" style={{ width: '100%' }} size="large">
          <Typography.Text type="secondary">
            {t('periodText', {
              from: demand.data.from.slice(0, 7),
              to: lastMonth(demand.data.to),
              months: demand.data.months,
              year: demand.data.year,
            })}
          </Typography.Text>
          {demand.data.majors.length === 0 ? (
            <EmptyState text={t('empty')} />
          ) : (
            <DemandTable rows={demand.data.majors} />
          )}
        </Space>
      ) : null}
      <OwnMajors collegeId={college.id} />
    </>
  );
}

/** The month before `to` (the first day after the period), as YYYY-MM. */
function lastMonth(to: string): string {
  const [y, m] = to.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function DemandTable({ rows }: { rows: MajorDemand[] }) {
  const { t } = useTranslation('majors');
  const trend = (value: number | null) =>
    value === null
      ? t('trend.none')
      : value > 0
        ? t('trend.up', { value })
        : value < 0
          ? t('trend.down', { value: -value })
          : t('trend.flat');
  return (
    <Table<MajorDemand>
      rowKey="code"
      dataSource={rows}
      scroll={{ x: true }}
      pagination={rows.length > 30 ? { pageSize: 30 } : false}
      expandable={{
        expandedRowRender: (r) => (
          <>
            <Typography.Text strong>{t('support')}</Typography.Text>
            {r.support.length === 0 ? (
              <Typography.Paragraph type="secondary">{t('noSupport')}</Typography.Paragraph>
            ) : (
              <List
                size="small"
                dataSource={r.support}
                renderItem={(p) => (
                  <List.Item>
                    <Link to={`/demands/${p.id}`}>{p.title}</Link>
                    {p.headcount ? `（${t('people', { count: p.headcount })}）` : ''}
                  </List.Item>
                )}
              />
            )}
          </>
        ),
      }}
      columns={[
        {
          key: 'major',
          title: t('columns.major'),
          render: (_, r) => `${r.name}（${r.code}）`,
        },
        {
          key: 'supply',
          title: t('columns.supply'),
          children: [
            { key: 'colleges', title: t('columns.colleges'), dataIndex: 'colleges' },
            { key: 'intake', title: t('columns.intake'), dataIndex: 'intake' },
            { key: 'graduates', title: t('columns.graduates'), dataIndex: 'graduates' },
          ],
        },
        {
          key: 'demand',
          title: t('columns.demand'),
          children: [
            { key: 'headcount', title: t('columns.headcount'), dataIndex: 'headcount' },
            { key: 'postings', title: t('columns.postings'), dataIndex: 'postings' },
          ],
        },
        {
          key: 'ratio',
          title: <abbr title={t('ratioHelp')}>{t('columns.ratio')}</abbr>,
          render: (_, r) => (r.ratio === null ? '—' : r.ratio),
        },
        { key: 'trend', title: t('columns.trend'), render: (_, r) => trend(r.trend) },
        {
          key: 'suggestion',
          title: t('columns.suggestion'),
          render: (_, r) => (
            <Tag color={SUGGESTION_COLORS[r.suggestion]} data-testid={`suggestion-${r.code}`}>
              {t(`suggestion.${r.suggestion}`)}
            </Tag>
          ),
        },
      ]}
    />
  );
}

type MajorForm = Pick<
  MajorOffered,
  'annualIntake' | 'annualGraduates' | 'openedYear' | 'closedYear'
>;

/** The college's own majors (its profile): intake, graduates, opening and closing years. */
function OwnMajors({ collegeId }: { collegeId: string }) {
  const { t } = useTranslation('majors');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<number | null>(null);
  const [form] = Form.useForm<MajorForm>();
  const [formError, setFormError] = useState<unknown>(null);
  const profile = useQuery({
    queryKey: ['college', collegeId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/colleges/{id}', { params: { path: { id: collegeId } } })),
  });
  const majors = majorsOf(profile.data);
  useEffect(() => {
    if (editing === null) return;
    setFormError(null);
    form.resetFields();
    const m = majors[editing];
    form.setFieldsValue({
      annualIntake: m?.annualIntake,
      annualGraduates: m?.annualGraduates,
      openedYear: m?.openedYear,
      closedYear: m?.closedYear,
    });
  }, [editing]);
  const save = useMutation({
    mutationFn: (values: MajorForm) => {
      const next = majors.map((m, i) => {
        if (i !== editing) return m;
        const { code, name } = m;
        const out: MajorOffered = { code, name };
        for (const key of [
          'annualIntake',
          'annualGraduates',
          'openedYear',
          'closedYear',
        ] as const) {
          const value = values[key];
          if (value !== undefined && value !== null) out[key] = value;
        }
        return out;
      });
      return unwrap(
        api.PATCH('/api/v1/colleges/{id}', {
          params: { path: { id: collegeId } },
          body: { majors: next },
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['college', collegeId] });
      await queryClient.invalidateQueries({ queryKey: ['majors', collegeId] });
      void message.success(t('own.saved'));
      setEditing(null);
    },
    onError: (error) => {
      // The api names the major's fields `majors.<index>.<field>`.
      const prefix = `majors.${editing}.`;
      const fields =
        error instanceof ApiError
          ? error.fieldErrors
              .filter((e) => e.field.startsWith(prefix))
              .map((e) => ({
                name: e.field.slice(prefix.length),
                errors: [`${t(`codes.${e.code}`, { defaultValue: e.message })}（${e.code}）`],
              }))
          : [];
      form.setFields(fields as never);
      setFormError(fields.length > 0 ? null : error);
    },
  });
  const year = new Date().getFullYear();
  const current = editing === null ? null : majors[editing];
  return (
    <Card title={t('own.title')} style={{ marginTop: 24 }}>
      <Typography.Paragraph type="secondary">{t('own.intro')}</Typography.Paragraph>
      {profile.isPending ? <PageSkeleton rows={3} /> : null}
      {profile.isError ? <ErrorAlert error={profile.error} /> : null}
      {profile.data && majors.length === 0 ? (
        <EmptyState
          text={t('own.empty')}
          action={<Link to="/profile">{t('own.toProfile')}</Link>}
        />
      ) : null}
      {majors.length > 0 ? (
        <Table<MajorOffered & { index: number }>
          rowKey="index"
          dataSource={majors.map((m, index) => ({ ...m, index }))}
          scroll={{ x: true }}
          pagination={false}
          columns={[
            { key: 'code', title: t('own.code'), dataIndex: 'code' },
            { key: 'name', title: t('own.name'), dataIndex: 'name' },
            { key: 'intake', title: t('own.intake'), render: (_, m) => m.annualIntake ?? '—' },
            {
              key: 'graduates',
              title: t('own.graduates'),
              render: (_, m) => m.annualGraduates ?? '—',
            },
            { key: 'opened', title: t('own.openedYear'), render: (_, m) => m.openedYear ?? '—' },
            { key: 'closed', title: t('own.closedYear'), render: (_, m) => m.closedYear ?? '—' },
            {
              key: 'edit',
              title: '',
              render: (_, m) => (
                <Button
                  size="small"
                  aria-label={t('own.editLabel', { name: m.name })}
                  onClick={() => setEditing(m.index)}
                >
                  {t('own.edit')}
                </Button>
              ),
            },
          ]}
        />
      ) : null}
      <Modal
        open={current !== null}
        title={current ? t('own.editTitle', { name: current.name }) : ''}
        okText={t('own.save')}
        cancelText={t('own.cancel')}
        okButtonProps={{ loading: save.isPending }}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form<MajorForm>
          form={form}
          layout="vertical"
          onFinish={(values) => save.mutate(values)}
          onValuesChange={() => setFormError(null)}
        >
          <Form.Item name="annualIntake" label={t('own.intake')}>
            <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="annualGraduates" label={t('own.graduates')}>
            <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="openedYear" label={t('own.openedYear')}>
            <InputNumber min={1950} max={year + 1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="closedYear"
            label={t('own.closedYear')}
            dependencies={['openedYear']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: number | null | undefined) => {
                  const opened = getFieldValue('openedYear') as number | null | undefined;
                  return value && opened && value < opened
                    ? Promise.reject(new Error(t('codes.YEARS_OUT_OF_ORDER')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <InputNumber min={1950} max={year + 1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          {formError ? <ErrorAlert error={formError} /> : null}
        </Form>
      </Modal>
    </Card>
  );
}
