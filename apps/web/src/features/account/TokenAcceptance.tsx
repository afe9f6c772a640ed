import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Result, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import './messages';

export interface NewAccount {
  displayName?: string;
  password?: string;
}

/**
 * A link with a `?token=` to accept (a claim, a team invitation): the preview of what it is, then
 * accept, making the account first when the email has none. `accept` answers whether the caller
 * is now logged in (then the page goes to `next`; otherwise it offers to log in). The texts are
 * the `<prefix>.*` messages of the account namespace.
 */
export function TokenAcceptance<P extends { email: string; accountExists: boolean }>({
  prefix,
  next,
  preview,
  accept,
  describe,
}: {
  prefix: 'claim' | 'join';
  next: string;
  preview(token: string): Promise<P>;
  accept(token: string, values: NewAccount, preview: P): Promise<boolean>;
  describe(preview: P): ReactNode;
}) {
  const { t } = useTranslation('account');
  const [params] = useSearchParams();
  const token = params.get('token');
  const navigate = useNavigate();
  const [form] = Form.useForm<NewAccount>();
  const previewed = useQuery({
    queryKey: [`${prefix}-preview`, token],
    queryFn: () => preview(token!),
    enabled: !!token,
    retry: false,
  });
  const accepted = useMutation({
    mutationFn: (values: NewAccount) => accept(token!, values, previewed.data!),
    onSuccess: (loggedIn) => {
      if (loggedIn) void navigate(next);
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const p = previewed.data;
  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t(`${prefix}.title`)}</h1>}
      style={{ maxWidth: 560, margin: '48px auto' }}
    >
      {!token ? <Result status="warning" title={t(`${prefix}.missing`)} /> : null}
      {token && previewed.isPending ? <Spin /> : null}
      {previewed.isError ? <ErrorAlert error={previewed.error} /> : null}
      {accepted.isSuccess && !accepted.data ? (
        <Result
          status="success"
          title={t(`${prefix}.done`)}
          extra={<Link to={`/login?next=${encodeURIComponent(next)}`}>{t(`${prefix}.login`)}</Link>}
        />
      ) : null}
      {p && !accepted.isSuccess ? (
        <>
          {describe(p)}
          <Typography.Paragraph>
            {p.accountExists ? t(`${prefix}.existing`) : t(`${prefix}.newAccount`)}
          </Typography.Paragraph>
          <Form form={form} layout="vertical" onFinish={(values) => accepted.mutate(values)}>
            {!p.accountExists ? (
              <>
                <Form.Item
                  name="displayName"
                  label={t(`${prefix}.displayName`)}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      max: 50,
                      message: t(`${prefix}.displayNameRequired`),
                    },
                  ]}
                >
                  <Input autoComplete="name" maxLength={50} />
                </Form.Item>
                <Form.Item
                  name="password"
                  label={t(`${prefix}.password`)}
                  extra={t(`${prefix}.passwordRule`)}
                  rules={[
                    { required: true, min: 10, max: 128, message: t(`${prefix}.passwordRule`) },
                  ]}
                >
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
              </>
            ) : null}
            {accepted.isError && !form.getFieldsError().some((f) => f.errors.length) ? (
              <ErrorAlert error={accepted.error} />
            ) : null}
            <Button type="primary" htmlType="submit" loading={accepted.isPending} block>
              {t(`${prefix}.accept`)}
            </Button>
          </Form>
        </>
      ) : null}
    </Card>
  );
}
