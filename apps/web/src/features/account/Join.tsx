import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useAuth } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import './messages';

interface NewAccount {
  displayName?: string;
  password?: string;
}

/** A team invitation's link: who invites you where, then accept (making the account if needed). */
export default function Join() {
  const { t, i18n } = useTranslation('account');
  const [params] = useSearchParams();
  const token = params.get('token');
  const { login, reload, user } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewAccount>();
  const preview = useQuery({
    queryKey: ['join-preview', token],
    queryFn: () =>
      unwrap(api.POST('/api/v1/team-invitations/preview', { body: { token: token! } })),
    enabled: !!token,
    retry: false,
  });
  const accept = useMutation({
    mutationFn: async (values: NewAccount) => {
      const result = await unwrap(
        api.POST('/api/v1/team-invitations/accept', { body: { token: token!, ...values } }),
      );
      if (result.accountCreated && values.password && preview.data) {
        await login(preview.data.email, values.password);
        return true;
      }
      if (user) {
        await reload();
        return true;
      }
      return false;
    },
    onSuccess: (loggedIn) => {
      if (loggedIn) void navigate('/team');
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const p = preview.data;
  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('join.title')}</h1>}
      style={{ maxWidth: 560, margin: '48px auto' }}
    >
      {!token ? <Result status="warning" title={t('join.missing')} /> : null}
      {token && preview.isPending ? <Spin /> : null}
      {preview.isError ? <ErrorAlert error={preview.error} /> : null}
      {accept.isSuccess && !accept.data ? (
        <Result
          status="success"
          title={t('join.done')}
          extra={<Link to="/login?next=%2Fteam">{t('join.login')}</Link>}
        />
      ) : null}
      {p && !accept.isSuccess ? (
        <>
          <Typography.Paragraph>
            {t('join.intro', {
              inviter: p.inviterName,
              role: t(`join.role.${p.role}`),
              kind: t(`join.kind.${p.organizationKind}`),
              name: p.organizationName,
            })}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'email', label: t('join.email'), children: p.email },
              {
                key: 'expires',
                label: t('join.title'),
                children: t('join.expiresAt', {
                  time: new Date(p.expiresAt).toLocaleString(i18n.language),
                }),
              },
            ]}
          />
          <Typography.Paragraph>
            {p.accountExists ? t('join.existing') : t('join.newAccount')}
          </Typography.Paragraph>
          <Form form={form} layout="vertical" onFinish={(values) => accept.mutate(values)}>
            {!p.accountExists ? (
              <>
                <Form.Item
                  name="displayName"
                  label={t('join.displayName')}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      max: 50,
                      message: t('join.displayNameRequired'),
                    },
                  ]}
                >
                  <Input autoComplete="name" maxLength={50} />
                </Form.Item>
                <Form.Item
                  name="password"
                  label={t('join.password')}
                  extra={t('join.passwordRule')}
                  rules={[{ required: true, min: 10, max: 128, message: t('join.passwordRule') }]}
                >
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
              </>
            ) : null}
            {accept.isError && !form.getFieldsError().some((f) => f.errors.length) ? (
              <ErrorAlert error={accept.error} />
            ) : null}
            <Button type="primary" htmlType="submit" loading={accept.isPending} block>
              {t('join.accept')}
            </Button>
          </Form>
        </>
      ) : null}
    </Card>
  );
}
