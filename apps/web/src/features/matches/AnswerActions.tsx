import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space } from 'antd';
import type { CSSProperties } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NS } from './messages';
import { type DeclineBody, DeclineModal } from './parts';

/**
 * Accept or decline with a reason (`mode: 'answer'`, the side that answers) or withdraw
 * (`mode: 'withdraw'`, the side that asked) a pending match or offer interest; `refresh` lists
 * the query keys to invalidate once done. `label` names the item in the buttons' accessible names.
 */
export function AnswerActions({
  mode,
  label,
  size,
  style,
  refresh,
  accept,
  decline,
  withdraw,
}: {
  mode: 'answer' | 'withdraw';
  label: string;
  size: 'small' | 'middle';
  style?: CSSProperties;
  refresh: readonly string[];
  accept(): Promise<unknown>;
  decline(body: DeclineBody): Promise<unknown>;
  withdraw(): Promise<unknown>;
}) {
  const { t } = useTranslation(NS);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const done = async () => {
    for (const key of refresh) await queryClient.invalidateQueries({ queryKey: [key] });
  };
  const accepting = useMutation({
    mutationFn: accept,
    onSuccess: async () => {
      void message.success(t('connections.accepted'));
      await done();
    },
  });
  const declined = useMutation({
    mutationFn: decline,
    onSuccess: async () => {
      setDeclining(false);
      void message.success(t('connections.declined'));
      await done();
    },
  });
  const withdrawing = useMutation({
    mutationFn: withdraw,
    onSuccess: async () => {
      void message.success(t('connections.withdrawn'));
      await done();
    },
  });
  return (
    <Space orientation="vertical" style={style}>
      <Space wrap>
        {mode === 'answer' ? (
          <>
            <Button
              type="primary"
              size={size}
              loading={accepting.isPending}
              onClick={() => accepting.mutate()}
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
            onConfirm={() => withdrawing.mutate()}
          >
            <Button size={size} loading={withdrawing.isPending}>
              {t('connections.withdraw')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      {accepting.isError ? <ErrorAlert error={accepting.error} /> : null}
      {withdrawing.isError ? <ErrorAlert error={withdrawing.error} /> : null}
      <DeclineModal
        open={declining}
        loading={declined.isPending}
        error={declined.error}
        onCancel={() => setDeclining(false)}
        onSubmit={(body) => declined.mutateAsync(body)}
      />
    </Space>
  );
}
