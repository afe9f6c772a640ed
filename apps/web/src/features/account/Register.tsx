import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Radio, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import './messages';

type Role = 'enterprise' | 'college' | 'expert';
interface SignUp {
  role: Role;
  displayName: string;
  email: string;
  password: string;
}
const ROLES: Role[] = ['enterprise', 'college', 'expert'];

/** Sign-up: the kind of account, then name, email and password; then "check your inbox". */
export default function Register() {
  const { t, i18n } = useTranslation('account');
  const { message } = App.useApp();
  const [form] = Form.useForm<SignUp>();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const register = useMutation({
    mutationFn: (values: SignUp) =>
      unwrap(
        api.POST('/api/v1/auth/register', {
          body: { ...values, locale: i18n.language === 'en' ? 'en' : 'zh-CN' },
        }),
      ),
    onSuccess: (_, values) => setSentTo(values.email),
    onError: (error) => showFieldErrors(form, error),
  });
  const resend = useMutation({
    mutationFn: (email: string) =>
      unwrap(api.POST('/api/v1/auth/verify-email/resend', { body: { email } })),
    onSuccess: () => void message.success(t('register.resent')),
  });
  if (sentTo) {
    return (
      <Card style={{ maxWidth: 560, margin: '48px auto' }}>
        <Result
          status="success"
          title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('register.sentTitle')}</h1>}
          subTitle={t('register.sent', { email: sentTo })}
          extra={
            <Button loading={resend.isPending} onClick={() => resend.mutate(sentTo)}>
              {t('register.resend')}
            </Button>
          }
        />
        {resend.isError ? <ErrorAlert error={resend.error} /> : null}
      </Card>
    );
  }
  const unmatched = register.isError && !form.getFieldsError().some((f) => f.errors.length > 0);
  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('register.title')}</h1>}
      style={{ maxWidth: 560, margin: '48px auto' }}
    >
      <Form<SignUp> form={form} layout="vertical" onFinish={(values) => register.mutate(values)}>
        <Form.Item
          name="role"
          label={t('register.role')}
          rules={[{ required: true, message: t('register.roleRequired') }]}
        >
          <Radio.Group style={{ width: '100%' }}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {ROLES.map((role) => (
                <Radio key={role} value={role}>
                  <Typography.Text strong>{t(`register.roles.${role}`)}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary">
                    {t(`register.roleHint.${role}`)}
                  </Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('register.displayName')}
          rules={[
            {
              required: true,
              whitespace: true,
              max: 50,
              message: t('register.displayNameRequired'),
            },
          ]}
        >
          <Input autoComplete="name" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('register.email')}
          rules={[{ required: true, type: 'email', message: t('register.emailRequired') }]}
        >
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('register.password')}
          extra={t('register.passwordRule')}
          rules={[{ required: true, min: 10, max: 128, message: t('register.passwordRule') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {unmatched ? <ErrorAlert error={register.error} /> : null}
        <Button type="primary" htmlType="submit" loading={register.isPending} block>
          {t('register.submit')}
        </Button>
      </Form>
      <div style={{ marginTop: 16 }}>
        <Link to="/login">{t('register.haveAccount')}</Link>
      </div>
    </Card>
  );
}
