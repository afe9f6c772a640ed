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

/** A pre-made profile's claim link: what it is, then accept (making the account if needed). */
export default function Claim() {
  const { t } = useTranslation('account');
  const [params] = useSearchParams();
  const token = params.get('token');
  const { login } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewAccount>();
  const preview = useQuery({
    queryKey: ['claim-preview', token],
    queryFn: () => unwrap(api.POST('/api/v1/claims/preview', { body: { token: token! } })),
    enabled: !!token,
    retry: false,
  });
  const accept = useMutation({
    mutationFn: async (values: NewAccount) => {
      await unwrap(api.POST('/api/v1/claims/accept', { body: { token: token!, ...values } }));
      // A new account logs in here in cookie mode; an existing one logs in as usual.
      if (values.password && preview.data) {
        await login(preview.data.email, values.password);
        return true;
      }
      return false;
    },
    onSuccess: (loggedIn) => {
      if (loggedIn) void navigate('/profile');
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const p = preview.data;
  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('claim.title')}</h1>}
      style={{ maxWidth: 560, margin: '48px auto' }}
    >
      {!token ? <Result status="warning" title={t('claim.missing')} /> : null}
      {token && preview.isPending ? <Spin /> : null}
      {preview.isError ? <ErrorAlert error={preview.error} /> : null}
      {accept.isSuccess && !accept.data ? (
        <Result
          status="success"
          title={t('claim.done')}
          extra={<Link to="/login?next=%2Fprofile">{t('claim.login')}</Link>}
        />
      ) : null}
      {p && !accept.isSuccess ? (
        <>
          <Typography.Paragraph>
            {t('claim.intro', {
              name: p.profileName,
              subject: t(`claim.subject.${p.subjectType}`),
            })}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'name', label: t('claim.profile'), children: p.profileName },
              { key: 'email', label: t('claim.email'), children: p.email },
            ]}
          />
          <Typography.Paragraph>
            {p.accountExists ? t('claim.existing') : t('claim.newAccount')}
          </Typography.Paragraph>
          <Form form={form} layout="vertical" onFinish={(values) => accept.mutate(values)}>
            {!p.accountExists ? (
              <>
                <Form.Item
                  name="displayName"
                  label={t('claim.displayName')}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      max: 50,
                      message: t('claim.displayNameRequired'),
                    },
                  ]}
                >
                  <Input autoComplete="name" maxLength={50} />
                </Form.Item>
                <Form.Item
                  name="password"
                  label={t('claim.password')}
                  extra={t('claim.passwordRule')}
                  rules={[{ required: true, min: 10, max: 128, message: t('claim.passwordRule') }]}
                >
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
              </>
            ) : null}
            {accept.isError && !form.getFieldsError().some((f) => f.errors.length) ? (
              <ErrorAlert error={accept.error} />
            ) : null}
            <Button type="primary" htmlType="submit" loading={accept.isPending} block>
              {t('claim.accept')}
            </Button>
          </Form>
        </>
      ) : null}
    </Card>
  );
}
