import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Me } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NS } from './messages';
import { type Connection, DeclineModal, type DeclineBody } from './parts';

/** Which side of a match the caller is on: the demand's owner or the candidate. */
export function sideOf(c: Connection, me: Me | null | undefined): 'owner' | 'candidate' | null {
  const orgId = me?.organization?.id;
  if (orgId && c.owner.id === orgId) return 'owner';
  if (
    (orgId && c.candidate.id === orgId) ||
    (me?.expertProfile && c.candidate.id === me.expertProfile.id)
  )
    return 'candidate';
  return null;
}

/**
 * Accept, decline with a reason (the side that did not start it) or withdraw (the side that
 * did), while the match is pending.
 */
export function ConnectionActions({
  connection: c,
  me,
  size = 'middle',
}: {
  connection: Connection;
  me: Me | null | undefined;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation(NS);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const side = sideOf(c, me);
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: ['matches'] });
    await queryClient.invalidateQueries({ queryKey: ['conversations'] });
  };
  const path = { params: { path: { id: c.id } } };
  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/matches/{id}/accept', path)),
    onSuccess: async () => {
      void message.success(t('connections.accepted'));
      await done();
    },
  });
  const decline = useMutation({
    mutationFn: (body: DeclineBody) =>
      unwrap(api.POST('/api/v1/matches/{id}/decline', { ...path, body })),
    onSuccess: async () => {
      setDeclining(false);
      void message.success(t('connections.declined'));
      await done();
    },
  });
  const withdraw = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/matches/{id}/withdraw', path)),
    onSuccess: async () => {
      void message.success(t('connections.withdrawn'));
      await done();
    },
  });
  if (c.status !== 'pending' || !side) return null;
  const answers = c.initiatedBy !== side;
  const label = `${c.demand.title} · ${c.candidate.name}`;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {answers ? (
          <>
            <Button
              type="primary"
              size={size}
              loading={accept.isPending}
              onClick={() => accept.mutate()}
              aria-label={`${t('connections.accept')}：${label}`}
            >
              {t('connections.accept')}
            </Button>
            <Button
              size={size}
              onClick={() => setDeclining(true)}
              aria-label={`${t('connections.decline')}：${label}`}
            >
              {t('connections.decline')}
            </Button>
          </>
        ) : (
          <Popconfirm
            title={t('connections.withdrawConfirm')}
            okText={t('connections.withdraw')}
            cancelText={t('common.cancel')}
            onConfirm={() => withdraw.mutate()}
          >
            <Button size={size} loading={withdraw.isPending}>
              {t('connections.withdraw')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      {accept.isError ? <ErrorAlert error={accept.error} /> : null}
      {withdraw.isError ? <ErrorAlert error={withdraw.error} /> : null}
      <DeclineModal
        open={declining}
        loading={decline.isPending}
        error={decline.error}
        onCancel={() => setDeclining(false)}
        onSubmit={(body) => decline.mutateAsync(body)}
      />
    </Space>
  );
}
