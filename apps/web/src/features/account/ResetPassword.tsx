import { useMutation } from '@tanstack/react-query';
import { Button, Card, Form, Input, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import './messages';

/** Without a token: asks for the reset link. With the emailed ?token=: sets the new password. */
export default function ResetPassword() {
  const { t } = useTranslation('account');
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('reset.title')}</h1>}
      style={{ maxWidth: 480, margin: '48px auto' }}
    >
      {token ? <NewPassword token={token} /> : <RequestLink />}
    </Card>
  );
}

function RequestLink() {
  const { t } = useTranslation('account');
  const [form] = Form.useForm<{ email: string }>();
  const request = useMutation({
    mutationFn: ({ email }: { email: string }) =>
      unwrap(api.POST('/api/v1/auth/password-reset', { body: { email } })),
    onError: (error) => showFieldErrors(form, error),
  });
  if (request.isSuccess) return <Result status="success" title={t('reset.sent')} />;
  return (
    <Form form={form} layout="vertical" onFinish={(values) => request.mutate(values)}>
      <Form.Item
        name="email"
        label={t('reset.email')}
        rules={[{ required: true, type: 'email', message: t('reset.emailRequired') }]}
      >
        <Input type="email" autoComplete="email" />
      </Form.Item>
      {request.isError && !form.getFieldsError().some((f) => f.errors.length) ? (
        <ErrorAlert error={request.error} />
      ) : null}
      <Button type="primary" htmlType="submit" loading={request.isPending} block>
        {t('reset.request')}
      </Button>
    </Form>
  );
}

function NewPassword({ token }: { token: string }) {
  const { t } = useTranslation('account');
  const [form] = Form.useForm<{ newPassword: string; confirm: string }>();
  const reset = useMutation({
    mutationFn: ({ newPassword }: { newPassword: string }) =>
      unwrap(api.POST('/api/v1/auth/password-reset/confirm', { body: { token, newPassword } })),
    onError: (error) => showFieldErrors(form, error),
  });
  if (reset.isSuccess) {
    return (
      <Result
        status="success"
        title={t('reset.done')}
        extra={<Link to="/login">{t('reset.login')}</Link>}
      />
    );
  }
  return (
    <Form form={form} layout="vertical" onFinish={(values) => reset.mutate(values)}>
      <Form.Item
        name="newPassword"
        label={t('reset.newPassword')}
        extra={t('register.passwordRule')}
        rules={[{ required: true, min: 10, max: 128, message: t('register.passwordRule') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('reset.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('reset.mismatch') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('reset.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {reset.isError && !form.getFieldsError().some((f) => f.errors.length) ? (
        <ErrorAlert error={reset.error} />
      ) : null}
      <Button type="primary" htmlType="submit" loading={reset.isPending} block>
        {t('reset.submit')}
      </Button>
    </Form>
  );
}
