import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSkeleton } from '../../components/PageSkeleton';
import './messages';
import type { PracticeLogView } from './types';
import { TAG_COLORS } from '../projects/tag-colors';
import { FeatureTheme } from '../projects/FeatureTheme';

/**
 * `/practice-logs` and `/practice-logs/:id` (the emailed link): teachers' two-for-one days
 * logged on the enterprise's R&D demands, for its managers to confirm.
 */
export default function PracticeLogs() {
  return (
    <FeatureTheme>
      <Routes>
        <Route index element={<LogList />} />
        <Route path=":id" element={<LogPage />} />
      </Routes>
    </FeatureTheme>
  );
}

function useLogs() {
  return useQuery({
    queryKey: ['practice-logs'],
    queryFn: () => unwrap(api.GET('/api/v1/practice-logs')),
  });
}

function useConfirm() {
  const { t } = useTranslation('teachers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/practice-logs/{id}/confirm', { params: { path: { id } } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['practice-logs'] });
      void message.success(t('logs.confirmedDone'));
    },
  });
}

function StatusTag({ log }: { log: PracticeLogView }) {
  const { t } = useTranslation('teachers');
  return log.status === 'confirmed' ? (
    <Tag color={TAG_COLORS.ok}>{t('logs.confirmed')}</Tag>
  ) : (
    <Tag color={TAG_COLORS.warn}>{t('logs.reported')}</Tag>
  );
}

function ConfirmButton({
  log,
  confirm,
}: {
  log: PracticeLogView;
  confirm: ReturnType<typeof useConfirm>;
}) {
  const { t } = useTranslation('teachers');
  if (log.status !== 'reported') return null;
  return (
    <Button
      type="primary"
      size="small"
      aria-label={t('logs.confirmLabel', { from: log.from, to: log.to })}
      loading={confirm.isPending && confirm.variables === log.id}
      onClick={() => confirm.mutate(log.id)}
    >
      {t('logs.confirm')}
    </Button>
  );
}

/** The names of the colleges and teachers the logs name (their public parts). */
function useNames(logs: PracticeLogView[] | undefined) {
  const collegeIds = [...new Set((logs ?? []).map((l) => l.collegeId))];
  const colleges = useQueries({
    queries: collegeIds.map((id) => ({
      queryKey: ['college', id],
      queryFn: () => unwrap(api.GET('/api/v1/colleges/{id}', { params: { path: { id } } })),
    })),
  });
  const teachers = useQueries({
    queries: collegeIds.map((id) => ({
      queryKey: ['college', id, 'teachers'],
      queryFn: () =>
        unwrap(api.GET('/api/v1/colleges/{id}/teachers', { params: { path: { id } } })),
    })),
  });
  const college = new Map(colleges.flatMap((q) => (q.data ? [[q.data.id, q.data.name]] : [])));
  const teacher = new Map(teachers.flatMap((q) => (q.data ?? []).map((x) => [x.id, x.name])));
  return {
    college: (id: string) => college.get(id) ?? '…',
    teacher: (id: string) => teacher.get(id) ?? '…',
  };
}

function LogList() {
  const { t } = useTranslation('teachers');
  const logs = useLogs();
  const confirm = useConfirm();
  const names = useNames(logs.data);
  return (
    <>
      <Typography.Title level={2}>{t('logs.enterpriseTitle')}</Typography.Title>
      {logs.isPending ? <PageSkeleton /> : null}
      {logs.isError ? <ErrorAlert error={logs.error} /> : null}
      {confirm.isError ? <ErrorAlert error={confirm.error} /> : null}
      {logs.data && logs.data.length === 0 ? (
        <EmptyState
          text={t('logs.emptyEnterprise')}
          action={<Link to="/demands">{t('logs.demand')}</Link>}
        />
      ) : null}
      {logs.data && logs.data.length > 0 ? (
        <Table<PracticeLogView>
          rowKey="id"
          dataSource={logs.data}
          scroll={{ x: true }}
          pagination={logs.data.length > 20 ? { pageSize: 20 } : false}
          columns={[
            {
              key: 'dates',
              title: t('logs.dates'),
              render: (_, l) => <Link to={`/practice-logs/${l.id}`}>{`${l.from} – ${l.to}`}</Link>,
            },
            {
              key: 'teacher',
              title: t('logs.teacher'),
              render: (_, l) => names.teacher(l.teacherId),
            },
            {
              key: 'college',
              title: t('logs.college'),
              render: (_, l) => names.college(l.collegeId),
            },
            { key: 'days', title: t('logs.days'), dataIndex: 'days' },
            { key: 'tasks', title: t('logs.tasks'), render: (_, l) => l.tasks.join('、') },
            { key: 'status', title: t('logs.status'), render: (_, l) => <StatusTag log={l} /> },
            {
              key: 'confirm',
              title: '',
              render: (_, l) => <ConfirmButton log={l} confirm={confirm} />,
            },
          ]}
        />
      ) : null}
    </>
  );
}

function LogPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('teachers');
  const logs = useLogs();
  const confirm = useConfirm();
  const log = logs.data?.find((l) => l.id === id);
  const teacher = useQuery({
    queryKey: ['teacher', log?.collegeId, log?.teacherId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/colleges/{id}/teachers/{teacherId}', {
          params: { path: { id: log!.collegeId, teacherId: log!.teacherId } },
        }),
      ),
    enabled: Boolean(log),
  });
  const college = useQuery({
    queryKey: ['college', log?.collegeId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/colleges/{id}', { params: { path: { id: log!.collegeId } } })),
    enabled: Boolean(log),
  });
  const demand = useQuery({
    queryKey: ['demand', log?.demandId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/demands/{id}', { params: { path: { id: log!.demandId } } })),
    enabled: Boolean(log),
  });
  const heading = <Typography.Title level={2}>{t('logs.detailTitle')}</Typography.Title>;
  if (logs.isPending) return <PageSkeleton />;
  return (
    <>
      <Link to="/practice-logs">{t('logs.back')}</Link>
      {heading}
      {logs.isError ? <ErrorAlert error={logs.error} /> : null}
      {logs.data && !log ? (
        <EmptyState
          text={t('logs.notFound')}
          action={<Link to="/practice-logs">{t('logs.back')}</Link>}
        />
      ) : null}
      {log ? (
        <Card>
          <Descriptions
            column={1}
            items={[
              { key: 'teacher', label: t('logs.teacher'), children: teacher.data?.name ?? '…' },
              { key: 'college', label: t('logs.college'), children: college.data?.name ?? '…' },
              {
                key: 'demand',
                label: t('logs.demand'),
                children: demand.data ? (
                  <Link to={`/demands/${log.demandId}`}>{demand.data.title}</Link>
                ) : (
                  '…'
                ),
              },
              { key: 'dates', label: t('logs.dates'), children: `${log.from} – ${log.to}` },
              { key: 'days', label: t('logs.days'), children: log.days },
              { key: 'tasks', label: t('logs.tasks'), children: log.tasks.join('、') || '—' },
              { key: 'status', label: t('logs.status'), children: <StatusTag log={log} /> },
            ]}
          />
          <Space style={{ marginTop: 16 }}>
            <ConfirmButton log={log} confirm={confirm} />
          </Space>
          {confirm.isError ? <ErrorAlert error={confirm.error} /> : null}
        </Card>
      ) : null}
    </>
  );
}
