import { useMutation } from '@tanstack/react-query';
import { Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { canSeeDashboard, useAuth } from '../auth';
import { ErrorAlert } from '../ErrorAlert';

interface Credentials {
  email: string;
  password: string;
}

export default function Login() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: ({ email, password }: Credentials) => login(email, password),
    onSuccess: (user) => navigate(canSeeDashboard(user) ? '/dashboard' : '/'),
  });
  const required = [{ required: true, message: t('login.required') }];
  return (
    <Card title={t('login.title')} style={{ maxWidth: 400, margin: '48px auto' }}>
      <Form<Credentials> layout="vertical" onFinish={(values) => mutation.mutate(values)}>
        <Form.Item name="email" label={t('login.email')} rules={required}>
          <Input type="email" autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t('login.password')} rules={required}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {mutation.isError ? <ErrorAlert error={mutation.error} /> : null}
        <Button type="primary" htmlType="submit" loading={mutation.isPending} block>
          {t('login.submit')}
        </Button>
      </Form>
    </Card>
  );
}
