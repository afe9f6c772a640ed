import { useMutation } from '@tanstack/react-query';
import { Button, Card, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth';
import { ErrorAlert } from '../components/ErrorAlert';
import { homeOf } from '../shell/nav';

interface Credentials {
  email: string;
  password: string;
}

/** Only a path of this console: `next` comes from the address bar and must not leave the site. */
const safeNext = (next: string | null): string | null =>
  next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : null;

export default function Login() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const mutation = useMutation({
    mutationFn: ({ email, password }: Credentials) => login(email, password),
    onSuccess: (me) => navigate(safeNext(params.get('next')) ?? homeOf(me.user.role)),
  });
  const required = [{ required: true, message: t('login.required') }];
  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('login.title')}</h1>}
      style={{ maxWidth: 400, margin: '48px auto' }}
    >
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
      <Space style={{ marginTop: 16, justifyContent: 'space-between', width: '100%' }}>
        <Link to="/register">{t('login.register')}</Link>
        <Link to="/reset-password">{t('login.forgot')}</Link>
      </Space>
    </Card>
  );
}
