import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import { PageSkeleton } from '../../components/PageSkeleton';
import { ConnectionActions } from '../matches/ConnectionActions';
import { NS } from '../matches/messages';
import { type Connection, MessageModal } from '../matches/parts';
import { formatDate, Highlighted, StatusTag, useLiveRefresh } from '../matches/status';
import { DETAIL_FIELDS } from './DemandForm';
import { candidateKindsOf, DETAILS_FIELD } from './kinds';

type Demand = components['schemas']['DemandView'];
type Candidate = components['schemas']['MatchCandidate'];
type CloseBody = components['schemas']['CloseDemandDto'];
type CandidateKind = 'expert' | 'college' | 'enterprise';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** `/demands/:id`: the demand, its actions, its ranked candidates and its interests. */
export default function DemandDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation(NS);
  const { me } = useAuth();
  useLiveRefresh();
  const demand = useQuery({
    queryKey: ['demands', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/demands/{id}', { params: { path: { id } } })),
  });
  if (demand.isPending) return <PageSkeleton />;
  if (demand.isError) {
    return (
      <>
        <Typography.Title level={2}>{t('detail.notFound')}</Typography.Title>
        <ErrorAlert error={demand.error} />
      </>
    );
  }
  const d = demand.data;
  const mine = Boolean(me?.organization && me.organization.id === d.organizationId);
  return (
    <>
      <Flex wrap gap="small" align="center">
        <Typography.Title level={2} style={{ marginBottom: 0 }}>
          {d.title}
        </Typography.Title>
        <StatusTag status={d.status} />
        <Tag>{t(`kind.${d.kind}`)}</Tag>
      </Flex>
      {mine ? <DemandActions demand={d} /> : null}
      {!mine && d.status === 'open' ? <InterestAction demand={d} /> : null}
      <DemandInfo demand={d} />
      {mine && d.status === 'draft' ? (
        <Typography.Paragraph>{t('detail.draftHint')}</Typography.Paragraph>
      ) : null}
      {mine && d.status === 'open' ? <CandidateMatches demand={d} /> : null}
      {mine && d.status === 'closed' ? (
        <Typography.Paragraph>{t('matches.closedHint')}</Typography.Paragraph>
      ) : null}
      {mine ? <DemandConnections demandId={d.id} /> : null}
    </>
  );
}

/**
 * A candidate's way in from the demand's page: an expert, or a college (enterprises' demands)
 * or an enterprise (colleges' needs), shows interest; once done, the match's state shows.
 */
function InterestAction({ demand: d }: { demand: Demand }) {
  const { t } = useTranslation(NS);
  const { me } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const role = me?.user.role;
  const candidateKinds: string[] = candidateKindsOf(d.kind);
  const eligible =
    (role === 'expert' && Boolean(me?.expertProfile)) ||
    ((role === 'college' || role === 'enterprise') &&
      Boolean(me?.organization) &&
      candidateKinds.includes(role));
  const mine = useQuery({
    queryKey: ['matches', 'demand', d.id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/matches', { params: { query: { demandId: d.id, pageSize: 10 } } })),
    enabled: eligible,
  });
  const interest = useMutation({
    mutationFn: (text: string) =>
      unwrap(
        api.POST('/api/v1/demands/{id}/interests', {
          params: { path: { id: d.id } },
          body: { message: text },
        }),
      ),
    onSuccess: async () => {
      setOpen(false);
      void message.success(t('recommendations.interestSent'));
      await queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });
  if (!eligible || mine.isPending) return null;
  const current = mine.data?.items.find((c) => c.status !== 'withdrawn');
  return (
    <Space wrap style={{ marginTop: 12 }}>
      {current ? (
        <Link to={`/matches/${current.id}`}>
          <StatusTag status={current.status} />
        </Link>
      ) : (
        <Button
          type="primary"
          onClick={() => {
            interest.reset();
            setOpen(true);
          }}
        >
          {t('recommendations.interest')}
        </Button>
      )}
      <MessageModal
        open={open}
        title={t('recommendations.interestTitle', { title: d.title })}
        okText={t('recommendations.interest')}
        loading={interest.isPending}
        error={interest.error}
        onCancel={() => setOpen(false)}
        onSubmit={(text) => interest.mutateAsync(text)}
      />
    </Space>
  );
}

function DemandInfo({ demand: d }: { demand: Demand }) {
  const { t, i18n } = useTranslation(NS);
  const group = DETAILS_FIELD[d.kind];
  const details = d.details as Record<string, unknown>;
  const show = (name: string, value: unknown): string => {
    const field = DETAIL_FIELDS[group].find((f) => f.name === name);
    if (Array.isArray(value)) return value.join('、');
    if (field?.optionsKey && typeof value === 'string') {
      return t(`form.${group}.${field.optionsKey}.${value}`, { defaultValue: value });
    }
    return String(value);
  };
  return (
    <Card title={t('detail.info')} size="small" style={{ margin: '16px 0' }}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'description', label: t('detail.description'), children: d.description || '—' },
          {
            key: 'skills',
            label: t('detail.skills'),
            children: d.skills.length ? d.skills.join('、') : '—',
          },
          {
            key: 'deadline',
            label: t('detail.deadline'),
            children: formatDate(str(d.deadline), i18n.language),
          },
          { key: 'industry', label: t('detail.industry'), children: d.industryCode },
          { key: 'district', label: t('detail.district'), children: d.district },
          {
            key: 'publishedAt',
            label: t('detail.publishedAt'),
            children: formatDate(str(d.publishedAt), i18n.language),
          },
          ...(d.closeReason
            ? [
                {
                  key: 'closeReason',
                  label: t('detail.closeReasonLabel'),
                  children: [t(`closeReason.${d.closeReason}`), str(d.closeNote)]
                    .filter(Boolean)
                    .join('：'),
                },
              ]
            : []),
          ...Object.entries(details)
            .filter(([, v]) => v !== null && v !== undefined && v !== '')
            .map(([name, value]) => ({
              key: `details.${name}`,
              label: t(`form.${group}.${name}`, { defaultValue: name }),
              children: show(name, value),
            })),
        ]}
      />
    </Card>
  );
}

function DemandActions({ demand: d }: { demand: Demand }) {
  const { t } = useTranslation(NS);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [closing, setClosing] = useState(false);
  const [form] = Form.useForm<CloseBody>();
  const path = { params: { path: { id: d.id } } };
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['demands'] });
  const publish = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/demands/{id}/publish', path)),
    onSuccess: async () => {
      void message.success(t('detail.published'));
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/demands/{id}', path)),
    onSuccess: async () => {
      void message.success(t('detail.deleted'));
      await refresh();
      void navigate('/demands');
    },
  });
  const close = useMutation({
    mutationFn: (body: CloseBody) =>
      unwrap(api.POST('/api/v1/demands/{id}/close', { ...path, body })),
    onSuccess: async () => {
      setClosing(false);
      void message.success(t('detail.closed'));
      await refresh();
    },
    onError: (error) => showFieldErrors(form, error),
  });
  return (
    <>
      <Space wrap style={{ marginTop: 12 }}>
        {d.status === 'draft' ? (
          <>
            <Button type="primary" loading={publish.isPending} onClick={() => publish.mutate()}>
              {t('detail.publish')}
            </Button>
            <Link to={`/demands/${d.id}/edit`}>
              <Button>{t('detail.edit')}</Button>
            </Link>
            <Popconfirm
              title={t('detail.deleteConfirm')}
              okText={t('detail.delete')}
              cancelText={t('common.cancel')}
              onConfirm={() => remove.mutate()}
            >
              <Button danger loading={remove.isPending}>
                {t('detail.delete')}
              </Button>
            </Popconfirm>
          </>
        ) : null}
        {d.status === 'open' ? (
          <Button onClick={() => setClosing(true)}>{t('detail.close')}</Button>
        ) : null}
      </Space>
      {publish.isError ? <ErrorAlert error={publish.error} /> : null}
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      <Modal
        open={closing}
        title={t('detail.closeTitle')}
        okText={t('detail.close')}
        cancelText={t('common.cancel')}
        confirmLoading={close.isPending}
        onCancel={() => setClosing(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={(values) =>
            close.mutate({ reason: values.reason, ...(values.note ? { note: values.note } : {}) })
          }
        >
          <Form.Item
            name="reason"
            label={t('detail.closeReason')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select
              options={(['filled', 'expired', 'withdrawn'] as const).map((r) => ({
                value: r,
                label: t(`closeReason.${r}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="note" label={t('detail.closeNote')} rules={[{ max: 500 }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
        {close.isError && !form.getFieldsError().some((f) => f.errors.length) ? (
          <ErrorAlert error={close.error} />
        ) : null}
      </Modal>
    </>
  );
}

/** Text of a candidate's public profile worth showing, with the matched words marked. */
function profileText(c: Candidate): string {
  const p = c.profile as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of [
    'title',
    'affiliation',
    'fields',
    'skills',
    'majorNames',
    'researchTitles',
    'industryName',
    'industryNames',
    'tags',
    'description',
    'bio',
  ]) {
    const value = p[key];
    if (typeof value === 'string' && value) parts.push(value);
    if (Array.isArray(value) && value.length) parts.push(value.join('、'));
  }
  const text = parts.join(' · ');
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

function CandidateMatches({ demand: d }: { demand: Demand }) {
  const { t, i18n } = useTranslation(NS);
  const kinds = candidateKindsOf(d.kind);
  const [kind, setKind] = useState<CandidateKind>(kinds[0] ?? 'expert');
  const [inviting, setInviting] = useState<Candidate | null>(null);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const matches = useQuery({
    queryKey: ['demand-matches', d.id, kind],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/demands/{id}/matches', {
          params: { path: { id: d.id }, query: { kind, limit: 10 } },
        }),
      ),
  });
  const connections = useDemandConnections(d.id);
  const invite = useMutation({
    mutationFn: ({ candidate, text }: { candidate: Candidate; text: string }) =>
      unwrap(
        api.POST('/api/v1/demands/{id}/invitations', {
          params: { path: { id: d.id } },
          body: { message: text, [`${kind}Id`]: candidate.id },
        }),
      ),
    onSuccess: async () => {
      setInviting(null);
      void message.success(t('matches.invited'));
      await queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });
  const existing = new Map(
    (connections.data?.items ?? [])
      .filter((c) => c.status !== 'withdrawn')
      .map((c) => [c.candidate.id, c]),
  );
  const en = i18n.language === 'en';
  return (
    <section aria-labelledby="matches-title" style={{ marginBottom: 24 }}>
      <Flex wrap justify="space-between" align="center" gap="small">
        <Typography.Title level={3} id="matches-title">
          {t('matches.title')}
        </Typography.Title>
        <Segmented<CandidateKind>
          aria-label={t('matches.candidateKind')}
          value={kind}
          onChange={setKind}
          options={kinds.map((k) => ({ value: k, label: t(`candidateType.${k}`) }))}
        />
      </Flex>
      {matches.isPending ? <PageSkeleton rows={4} /> : null}
      {matches.isError ? <ErrorAlert error={matches.error} /> : null}
      {matches.data && matches.data.length === 0 ? (
        <EmptyState
          text={t('matches.empty')}
          action={
            <Link to={`/demands/${d.id}/edit`}>
              <Button>{t('detail.edit')}</Button>
            </Link>
          }
        />
      ) : null}
      {matches.data && matches.data.length > 0 ? (
        <List<Candidate>
          dataSource={matches.data}
          renderItem={(c, index) => {
            const terms = [
              ...c.explanation.matchedTerms,
              ...c.explanation.matches.map((m) => m.matchedAs ?? m.term),
            ];
            const features = Object.entries(c.explanation.features as Record<string, number>)
              .filter(([, v]) => typeof v === 'number')
              .sort((a, b) => b[1] - a[1]);
            const connection = existing.get(c.id);
            return (
              <List.Item style={{ display: 'block' }}>
                <Card
                  size="small"
                  data-testid="candidate"
                  title={
                    <Flex wrap gap="small" align="center">
                      <span>
                        {index + 1}. {c.name}
                      </span>
                      <Tag color="blue">
                        {t('matches.score', { score: Math.round(c.score * 100) })}
                      </Tag>
                    </Flex>
                  }
                  extra={
                    connection ? (
                      <Link to={`/matches/${connection.id}`}>
                        <StatusTag status={connection.status} />
                      </Link>
                    ) : (
                      <Button
                        type="primary"
                        size="small"
                        onClick={() => {
                          invite.reset();
                          setInviting(c);
                        }}
                        aria-label={`${t('matches.invite')}：${c.name}`}
                      >
                        {t('matches.invite')}
                      </Button>
                    )
                  }
                >
                  {c.claimed === false ? (
                    <Typography.Paragraph type="secondary">
                      {t('matches.unclaimed')}
                    </Typography.Paragraph>
                  ) : null}
                  <Typography.Text strong>{t('matches.why')}</Typography.Text>
                  <ul style={{ marginTop: 4 }}>
                    {(en ? c.explanation.reasonsEn : c.explanation.reasons).map((r) => (
                      <li key={r}>
                        <Highlighted text={r} terms={terms} />
                      </li>
                    ))}
                  </ul>
                  {c.explanation.matches.length > 0 ? (
                    <Flex wrap gap="small" align="center" style={{ marginBottom: 8 }}>
                      <Typography.Text strong>{t('matches.matchedTerms')}</Typography.Text>
                      {c.explanation.matches.map((m) => (
                        <Tag key={m.term} data-testid="matched-term">
                          <mark>{m.term}</mark>
                          {m.matchedAs && m.matchedAs !== m.term ? ` ≈ ${m.matchedAs}` : ''}
                        </Tag>
                      ))}
                    </Flex>
                  ) : null}
                  {features.length > 0 ? (
                    <Flex wrap gap="small" align="center" style={{ marginBottom: 8 }}>
                      <Typography.Text strong>{t('matches.features')}</Typography.Text>
                      {features.slice(0, 4).map(([name, value]) => (
                        <Tag key={name}>
                          {t(`matches.feature.${name}`, { defaultValue: name })}{' '}
                          {Math.round(value * 100)}%
                        </Tag>
                      ))}
                    </Flex>
                  ) : null}
                  {profileText(c) ? (
                    <Typography.Paragraph style={{ marginBottom: 0 }}>
                      <Typography.Text strong>{t('matches.profile')}：</Typography.Text>
                      <Highlighted text={profileText(c)} terms={terms} />
                    </Typography.Paragraph>
                  ) : null}
                </Card>
              </List.Item>
            );
          }}
        />
      ) : null}
      <MessageModal
        open={inviting !== null}
        title={t('matches.inviteTitle', { name: inviting?.name ?? '' })}
        okText={t('matches.invite')}
        loading={invite.isPending}
        error={invite.error}
        onCancel={() => setInviting(null)}
        onSubmit={(text) => invite.mutateAsync({ candidate: inviting as Candidate, text })}
      />
    </section>
  );
}

function useDemandConnections(demandId: string) {
  return useQuery({
    queryKey: ['matches', 'demand', demandId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/matches', { params: { query: { demandId, pageSize: 100 } } })),
  });
}

function DemandConnections({ demandId }: { demandId: string }) {
  const { t, i18n } = useTranslation(NS);
  const { me } = useAuth();
  const list = useDemandConnections(demandId);
  return (
    <section aria-labelledby="connections-title">
      <Typography.Title level={3} id="connections-title">
        {t('connections.onDemand')}
      </Typography.Title>
      {list.isPending ? <PageSkeleton rows={3} /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <EmptyState text={t('connections.empty')} />
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <List<Connection>
          dataSource={list.data.items}
          renderItem={(c) => (
            <List.Item data-testid="connection" style={{ display: 'block' }}>
              <Flex wrap justify="space-between" gap="small" align="start">
                <div style={{ minWidth: 0, flex: '1 1 240px' }}>
                  <Flex wrap gap="small" align="center">
                    <Typography.Text strong>{c.candidate.name}</Typography.Text>
                    <Tag>{t(`candidateType.${c.candidate.type}`)}</Tag>
                    <Tag>
                      {c.initiatedBy === 'candidate'
                        ? t('connections.interest')
                        : t('connections.invitation')}
                    </Tag>
                    <StatusTag status={c.status} />
                  </Flex>
                  <Typography.Paragraph style={{ margin: '4px 0' }}>
                    {c.message}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary">
                    {new Date(c.createdAt).toLocaleString(i18n.language)}
                  </Typography.Text>
                  {c.declineReason ? (
                    <div>
                      {t('connectionsPage.declinedWith', {
                        reason: [t(`declineReason.${c.declineReason}`), str(c.declineNote)]
                          .filter(Boolean)
                          .join('：'),
                      })}
                    </div>
                  ) : null}
                </div>
                <Space wrap>
                  <ConnectionActions connection={c} me={me} size="small" />
                  <Link
                    to={`/matches/${c.id}`}
                    aria-label={`${t('connections.details')}：${c.candidate.name}`}
                  >
                    {t('connections.details')}
                  </Link>
                </Space>
              </Flex>
            </List.Item>
          )}
        />
      ) : null}
    </section>
  );
}
