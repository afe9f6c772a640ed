import { useQuery } from '@tanstack/react-query';
import { Card, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import './messages';

/** The link of the email-change message: confirms the new address (the old sessions end). */
export default function ConfirmEmail() {
  const { t } = useTranslation('account');
  const [params] = useSearchParams();
  const token = params.get('token');
  const confirm = useQuery({
    queryKey: ['confirm-email', token],
    queryFn: () => unwrap(api.POST('/api/v1/auth/email/confirm', { body: { token: token! } })),
    enabled: !!token,
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('confirmEmail.title')}</h1>}
      style={{ maxWidth: 480, margin: '48px auto' }}
    >
      {!token ? <Result status="warning" title={t('confirmEmail.missing')} /> : null}
      {token && confirm.isPending ? (
        <div role="status">
          <Spin /> {t('confirmEmail.working')}
        </div>
      ) : null}
      {confirm.isSuccess ? (
        <Result
          status="success"
          title={t('confirmEmail.done')}
          extra={<Link to="/login">{t('confirmEmail.login')}</Link>}
        />
      ) : null}
      {confirm.isError ? <ErrorAlert error={confirm.error} /> : null}
    </Card>
  );
}
