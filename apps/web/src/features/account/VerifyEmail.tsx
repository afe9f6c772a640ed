import { useQuery } from '@tanstack/react-query';
import { Card, Result, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, COOKIE_MODE, unwrap } from '../../api/client';
import { useAuth } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import './messages';

/**
 * The link of the sign-up email: confirms the address, which also logs the account in (cookie
 * mode, as a login does), then opens the profile to complete.
 */
export default function VerifyEmail() {
  const { t } = useTranslation('account');
  const [params] = useSearchParams();
  const token = params.get('token');
  const { acceptSession } = useAuth();
  const navigate = useNavigate();
  // A query, not an effect's call: one POST per token even when React runs effects twice.
  const verify = useQuery({
    queryKey: ['verify-email', token],
    queryFn: async () => {
      const result = await unwrap(
        api.POST('/api/v1/auth/verify-email', { body: { token: token! }, headers: COOKIE_MODE }),
      );
      return acceptSession(result);
    },
    enabled: !!token,
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  useEffect(() => {
    if (verify.isSuccess) void navigate('/profile', { replace: true });
  }, [verify.isSuccess, navigate]);
  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('verify.title')}</h1>}
      style={{ maxWidth: 480, margin: '48px auto' }}
    >
      {!token ? <Result status="warning" title={t('verify.missing')} /> : null}
      {verify.isPending && token ? (
        <div role="status">
          <Spin /> {t('verify.working')}
        </div>
      ) : null}
      {verify.isSuccess ? <div role="status">{t('verify.done')}</div> : null}
      {verify.isError ? (
        <>
          <ErrorAlert error={verify.error} />
          <p>
            <Link to="/login">{t('verify.login')}</Link>
          </p>
        </>
      ) : null}
    </Card>
  );
}
