import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  List,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSkeleton } from '../../components/PageSkeleton';
import { type LogTarget, LogPracticeModal } from './LogPractice';
import './messages';
import { TeacherList } from './TeacherList';
import type { LedgerRow, PracticeLedgerView, PracticeLogView, PracticeOffersView } from './types';
import { TAG_COLORS } from '../projects/tag-colors';
import { FeatureTheme } from '../projects/FeatureTheme';

/** `/teachers`: a college's teachers and their enterprise practice against the two-month rule. */
export default function Teachers() {
  return (
    <FeatureTheme>
      <Routes>
        <Route index element={<TeachersPage />} />
      </Routes>
    </FeatureTheme>
  );
}

const thisYear = () => new Date().getFullYear();

function TeachersPage() {
  const { t } = useTranslation('teachers');
  const { me } = useAuth();
  const college = me?.organization?.kind === 'college' ? me.organization : null;
  const collegeId = college?.id ?? '';
  // The college's managers write (ADR 0019 addendum); plain members read.
  const canWrite = me?.organizationRole !== 'member';
  const [year, setYear] = useState(thisYear());
  const [tab, setTab] = useState('ledger');
  const [logTarget, setLogTarget] = useState<LogTarget | null>(null);
  const teachers = useQuery({
    queryKey: ['practice', collegeId, 'teachers'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/colleges/{id}/teachers', { params: { path: { id: collegeId } } })),
    enabled: Boolean(college),
  });
  const ledger = useQuery({
    queryKey: ['practice', collegeId, 'ledger', year],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/colleges/{id}/practice', {
          params: { path: { id: collegeId }, query: { year } },
        }),
      ),
    enabled: Boolean(college),
  });
  const offers = useQuery({
    queryKey: ['practice', collegeId, 'offers', year],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/colleges/{id}/practice/offers', {
          params: { path: { id: collegeId }, query: { year } },
        }),
      ),
    enabled: Boolean(college),
  });
  const logs = useQuery({
    queryKey: ['practice', collegeId, 'logs', year],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/colleges/{id}/practice/logs', {
          params: { path: { id: collegeId }, query: { year } },
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
  if (teachers.isPending || ledger.isPending) return <PageSkeleton />;
  const error = teachers.error ?? ledger.error;
  if (error) {
    return (
      <>
        {heading}
        <ErrorAlert error={error} />
      </>
    );
  }
  const teacherList = teachers.data ?? [];
  const demands = (offers.data?.offers ?? []).flatMap((o) => o.demands);
  const nameOf = (id: string) => teacherList.find((x) => x.id === id)?.name ?? id;
  const years = Array.from({ length: 6 }, (_, i) => thisYear() + 1 - i);
  return (
    <>
      {heading}
      <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
        <label htmlFor="practice-year">{t('ledger.year')}</label>
        <Select
          id="practice-year"
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 110 }}
        />
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'ledger',
            label: t('tabs.ledger'),
            children: (
              <Ledger
                ledger={ledger.data!}
                onLog={canWrite ? (teacherId) => setLogTarget({ teacherId }) : undefined}
                onAddTeacher={() => setTab('teachers')}
              />
            ),
          },
          {
            key: 'teachers',
            label: t('tabs.teachers'),
            children: (
              <TeacherList collegeId={collegeId} teachers={teacherList} canWrite={canWrite} />
            ),
          },
          {
            key: 'offers',
            label: t('tabs.offers'),
            children: offers.isError ? (
              <ErrorAlert error={offers.error} />
            ) : offers.isPending ? (
              <PageSkeleton rows={3} />
            ) : (
              <Offers offers={offers.data} onLog={canWrite ? setLogTarget : undefined} />
            ),
          },
          {
            key: 'logs',
            label: t('tabs.logs'),
            children: logs.isError ? (
              <ErrorAlert error={logs.error} />
            ) : logs.isPending ? (
              <PageSkeleton rows={3} />
            ) : (
              <CollegeLogs logs={logs.data} nameOf={nameOf} />
            ),
          },
        ]}
      />
      <LogPracticeModal
        collegeId={collegeId}
        target={logTarget}
        teachers={teacherList}
        demands={demands}
        onClose={() => setLogTarget(null)}
      />
    </>
  );
}

function Ledger({
  ledger,
  onLog,
  onAddTeacher,
}: {
  ledger: PracticeLedgerView;
  onLog?: (teacherId: string) => void;
  onAddTeacher: () => void;
}) {
  const { t } = useTranslation('teachers');
  const owed = ledger.short.reduce((sum, s) => sum + s.owed, 0);
  if (ledger.teachers.length === 0) {
    return (
      <EmptyState
        text={t('ledger.empty')}
        action={<Button onClick={onAddTeacher}>{t('teachers.add')}</Button>}
      />
    );
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph>{t('ledger.rule', { required: ledger.required })}</Typography.Paragraph>
      {ledger.short.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="ledger-behind"
          title={t('ledger.behind', { count: ledger.short.length, owed })}
          description={ledger.short
            .map((s) => `${s.name}（${s.days}/${ledger.required}）`)
            .join('、')}
        />
      ) : (
        <Alert type="success" showIcon title={t('ledger.allMet')} />
      )}
      <Table<LedgerRow>
        rowKey="teacherId"
        dataSource={ledger.teachers}
        scroll={{ x: true }}
        pagination={ledger.teachers.length > 50 ? { pageSize: 50 } : false}
        columns={[
          { key: 'name', title: t('ledger.teacher'), dataIndex: 'name' },
          { key: 'project', title: t('ledger.projectDays'), dataIndex: 'projectDays' },
          { key: 'twoForOne', title: t('ledger.twoForOneDays'), dataIndex: 'twoForOneDays' },
          {
            key: 'days',
            title: t('ledger.days'),
            render: (_, r) => `${r.days} / ${r.required}`,
          },
          { key: 'owed', title: t('ledger.owed'), dataIndex: 'owed' },
          {
            key: 'state',
            title: t('ledger.state'),
            render: (_, r) =>
              r.short ? (
                <Tag color={TAG_COLORS.warn}>{t('ledger.short')}</Tag>
              ) : (
                <Tag color={TAG_COLORS.ok}>{t('ledger.met')}</Tag>
              ),
          },
          {
            key: 'log',
            title: '',
            render: (_, r) =>
              onLog && (
                <Button
                  size="small"
                  aria-label={t('ledger.logLabel', { name: r.name })}
                  onClick={() => onLog(r.teacherId)}
                >
                  {t('ledger.log')}
                </Button>
              ),
          },
        ]}
      />
    </Space>
  );
}

function Offers({
  offers,
  onLog,
}: {
  offers: PracticeOffersView;
  onLog?: (target: LogTarget) => void;
}) {
  const { t } = useTranslation('teachers');
  if (offers.offers.length === 0) return <EmptyState text={t('offers.empty')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph>{t('offers.intro')}</Typography.Paragraph>
      {offers.offers.map((o) => (
        <Card
          key={o.teacherId}
          size="small"
          title={
            <Space wrap>
              {o.name}
              <Tag color={TAG_COLORS.warn}>{t('offers.owed', { owed: o.owed })}</Tag>
            </Space>
          }
        >
          {o.demands.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('offers.none')} />
          ) : (
            <List
              dataSource={o.demands}
              renderItem={(d) => (
                <List.Item
                  actions={
                    onLog
                      ? [
                          <Button
                            key="log"
                            size="small"
                            aria-label={t('offers.logLabel', { name: o.name, title: d.title })}
                            onClick={() => onLog({ teacherId: o.teacherId, demandId: d.id })}
                          >
                            {t('offers.log')}
                          </Button>,
                        ]
                      : []
                  }
                >
                  <List.Item.Meta
                    title={d.title}
                    description={[
                      d.skills.join('、'),
                      d.deadline ? t('offers.deadline', { date: d.deadline.slice(0, 10) }) : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  />
                </List.Item>
              )}
            />
          )}
        </Card>
      ))}
    </Space>
  );
}

function CollegeLogs({
  logs,
  nameOf,
}: {
  logs: PracticeLogView[];
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation('teachers');
  if (logs.length === 0) return <EmptyState text={t('logs.empty')} />;
  return (
    <Table<PracticeLogView>
      rowKey="id"
      dataSource={logs}
      scroll={{ x: true }}
      pagination={logs.length > 20 ? { pageSize: 20 } : false}
      columns={[
        { key: 'teacher', title: t('logs.teacher'), render: (_, l) => nameOf(l.teacherId) },
        { key: 'dates', title: t('logs.dates'), render: (_, l) => `${l.from} – ${l.to}` },
        { key: 'days', title: t('logs.days'), dataIndex: 'days' },
        { key: 'tasks', title: t('logs.tasks'), render: (_, l) => l.tasks.join('、') },
        {
          key: 'status',
          title: t('logs.status'),
          render: (_, l) =>
            l.status === 'confirmed' ? (
              <Tag color={TAG_COLORS.ok}>{t('logs.confirmed')}</Tag>
            ) : (
              <Tag color={TAG_COLORS.warn}>{t('logs.reported')}</Tag>
            ),
        },
      ]}
    />
  );
}
