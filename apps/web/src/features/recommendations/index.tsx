import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Tag } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Muted, PageTitle } from '../../components/PageTitle';
import { NS } from '../matches/messages';
import { Highlighted, StatusTag, useLiveRefresh } from '../matches/status';

type Candidate = components['schemas']['MatchCandidate'];

// The message form loads when it is first opened: its Form and Input stay off the first page.
const MessageModal = lazy(() =>
  import('../matches/parts').then((m) => ({ default: m.MessageModal })),
);

export default function Recommendations() {
  return (
    <Routes>
      <Route index element={<RecommendationsPage />} />
    </Routes>
  );
}

/**
 * Demands recommended to the caller: an expert's (enterprises' demands and colleges' needs), a
 * college's (enterprises' demands), an enterprise's (colleges' needs); with interest shown here.
 */
function RecommendationsPage() {
  const { t, i18n } = useTranslation(NS);
  const { me } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  useLiveRefresh();
  const role = me?.user.role;
  const expertId = me?.expertProfile?.id;
  const org = me?.organization;
  const target: { path: string; id: string; heading: string } | null =
    role === 'expert' && expertId
      ? { path: '/api/v1/experts/{id}/recommendations', id: expertId, heading: 'forExpert' }
      : role === 'college' && org
        ? { path: '/api/v1/colleges/{id}/recommendations', id: org.id, heading: 'forCollege' }
        : role === 'enterprise' && org
          ? {
              path: '/api/v1/enterprises/{id}/recommendations',
              id: org.id,
              heading: 'forEnterprise',
            }
          : null;
  const list = useQuery({
    queryKey: ['recommendations', target?.path, target?.id],
    queryFn: () => {
      const params = { params: { path: { id: target!.id }, query: { limit: 20 } } };
      if (target!.path === '/api/v1/experts/{id}/recommendations')
        return unwrap(api.GET('/api/v1/experts/{id}/recommendations', params));
      if (target!.path === '/api/v1/colleges/{id}/recommendations')
        return unwrap(api.GET('/api/v1/colleges/{id}/recommendations', params));
      return unwrap(api.GET('/api/v1/enterprises/{id}/recommendations', params));
    },
    enabled: target !== null,
  });
  // What the caller already answered, so a demand shows its state instead of the button.
  const mine = useQuery({
    queryKey: ['matches', 'mine', 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/matches', { params: { query: { pageSize: 100 } } })),
    enabled: target !== null,
  });
  const [choosing, setChoosing] = useState<Candidate | null>(null);
  const interest = useMutation({
    mutationFn: ({ demand, text }: { demand: Candidate; text: string }) =>
      unwrap(
        api.POST('/api/v1/demands/{id}/interests', {
          params: { path: { id: demand.id } },
          body: { message: text },
        }),
      ),
    onSuccess: async () => {
      setChoosing(null);
      void message.success(t('recommendations.interestSent'));
      await queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });
  const answered = new Map(
    (mine.data?.items ?? []).filter((c) => c.status !== 'withdrawn').map((c) => [c.demand.id, c]),
  );
  const en = i18n.language === 'en';
  return (
    <>
      <PageTitle>{t('recommendations.title')}</PageTitle>
      {!target ? (
        <EmptyState
          text={
            role === 'expert' ? t('recommendations.noProfile') : t('recommendations.noOrganization')
          }
          action={
            <Link to="/profile">
              <Button type="primary">{t('recommendations.toProfile')}</Button>
            </Link>
          }
        />
      ) : (
        <h3 className="section-title">{t(`recommendations.${target.heading}`)}</h3>
      )}
      {target && list.isPending ? <PageSkeleton /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.data && list.data.length === 0 ? (
        <EmptyState
          text={t('recommendations.empty')}
          action={
            <Link to="/profile">
              <Button>{t('recommendations.toProfile')}</Button>
            </Link>
          }
        />
      ) : null}
      {list.data && list.data.length > 0 ? (
        <ul className="card-list">
          {list.data.map((c) => {
            const p = c.profile as Record<string, unknown>;
            const terms = [
              ...c.explanation.matchedTerms,
              ...c.explanation.matches.map((m) => m.matchedAs ?? m.term),
            ];
            const done = answered.get(c.id);
            const kind = typeof p.kind === 'string' ? p.kind : null;
            const description = typeof p.description === 'string' ? p.description : '';
            return (
              <li key={c.id}>
                <Card
                  size="small"
                  data-testid="recommendation"
                  title={
                    <Flex wrap gap="small" align="center">
                      <Link to={`/demands/${c.id}`}>{c.name}</Link>
                      {kind ? <Tag>{t(`kind.${kind}`, { defaultValue: kind })}</Tag> : null}
                      <Tag color="blue">
                        {t('matches.score', { score: Math.round(c.score * 100) })}
                      </Tag>
                    </Flex>
                  }
                  extra={
                    done ? (
                      <Link to={`/matches/${done.id}`}>
                        <StatusTag status={done.status} />
                      </Link>
                    ) : (
                      <Button
                        type="primary"
                        size="small"
                        onClick={() => {
                          interest.reset();
                          setChoosing(c);
                        }}
                        aria-label={`${t('recommendations.interest')}：${c.name}`}
                      >
                        {t('recommendations.interest')}
                      </Button>
                    )
                  }
                >
                  {typeof p.organizationName === 'string' ? (
                    <Muted block>
                      {t('recommendations.postedBy', { name: p.organizationName })}
                    </Muted>
                  ) : null}
                  {description ? (
                    <p className="clamp-3">
                      <Highlighted text={description} terms={terms} />
                    </p>
                  ) : null}
                  <strong>{t('matches.why')}</strong>
                  <ul style={{ marginTop: 4, marginBottom: 0 }}>
                    {(en ? c.explanation.reasonsEn : c.explanation.reasons).map((r) => (
                      <li key={r}>
                        <Highlighted text={r} terms={terms} />
                      </li>
                    ))}
                  </ul>
                </Card>
              </li>
            );
          })}
        </ul>
      ) : null}
      {choosing !== null ? (
        <Suspense fallback={null}>
          <MessageModal
            open
            title={t('recommendations.interestTitle', { title: choosing?.name ?? '' })}
            okText={t('recommendations.interest')}
            loading={interest.isPending}
            error={interest.error}
            onCancel={() => setChoosing(null)}
            onSubmit={(text) => interest.mutateAsync({ demand: choosing, text })}
          />
        </Suspense>
      ) : null}
    </>
  );
}
