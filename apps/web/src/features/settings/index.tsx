import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  Radio,
  Switch,
  Table,
  Tabs,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import { PageSkeleton } from '../../components/PageSkeleton';
import './messages';

type Preferences = components['schemas']['NotificationPreferencesView'];
type Channels = Record<string, { email: boolean; inApp: boolean }>;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export default function SettingsRoutes() {
  return (
    <Routes>
      <Route index element={<SettingsPage tab="account" />} />
      <Route path="notifications" element={<SettingsPage tab="notifications" />} />
    </Routes>
  );
}

function SettingsPage({ tab }: { tab: 'account' | 'notifications' }) {
  const { t } = useTranslation('settings');
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Tabs
        aria-label={t('tabs')}
        activeKey={tab}
        onChange={(key) =>
          navigate(key === 'notifications' ? '/settings/notifications' : '/settings', {
            state: location.state,
          })
        }
        items={[
          {
            key: 'account',
            label: t('account'),
            children: tab === 'account' ? <AccountTab /> : null,
          },
          {
            key: 'notifications',
            label: t('notifications'),
            children: tab === 'notifications' ? <PreferencesTab /> : null,
          },
        ]}
      />
    </>
  );
}

function AccountTab() {
  return (
    <Flex wrap gap={16} align="start">
      <PasswordCard />
      <EmailCard />
    </Flex>
  );
}

const cardStyle = { flex: '1 1 320px', maxWidth: 480 } as const;
const cardTitle = (text: string) => <h3 style={{ margin: 0, fontSize: 'inherit' }}>{text}</h3>;

function PasswordCard() {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ currentPassword: string; newPassword: string; confirm: string }>();
  const change = useMutation({
    mutationFn: (v: { currentPassword: string; newPassword: string }) =>
      unwrap(
        api.POST('/api/v1/auth/password', {
          body: { currentPassword: v.currentPassword, newPassword: v.newPassword },
        }),
      ),
    onSuccess: () => {
      void message.success(t('password.done'));
      form.resetFields();
    },
    onError: (error) => showFieldErrors(form, error),
  });
  return (
    <Card size="small" style={cardStyle} title={cardTitle(t('password.title'))}>
      <Form form={form} layout="vertical" onFinish={(v) => change.mutate(v)}>
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.next')}
          extra={t('password.rule')}
          rules={[{ required: true, min: 10, max: 128, message: t('password.rule') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.mismatch') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {change.isError && !form.getFieldsError().some((f) => f.errors.length) ? (
          <ErrorAlert error={change.error} />
        ) : null}
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('password.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function EmailCard() {
  const { t } = useTranslation('settings');
  const { user } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newEmail: string; currentPassword: string }>();
  const change = useMutation({
    mutationFn: (body: { newEmail: string; currentPassword: string }) =>
      unwrap(api.POST('/api/v1/auth/email', { body })),
    onSuccess: (_, body) => {
      void message.success(t('email.done', { email: body.newEmail }));
      form.resetFields();
    },
    onError: (error) => showFieldErrors(form, error),
  });
  return (
    <Card size="small" style={cardStyle} title={cardTitle(t('email.title'))}>
      <Typography.Paragraph>
        {t('email.currentEmail', { email: user?.email ?? '' })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => change.mutate(v)}>
        <Form.Item
          name="newEmail"
          label={t('email.next')}
          rules={[{ required: true, type: 'email', message: t('email.rule') }]}
        >
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Form.Item
          name="currentPassword"
          label={t('email.password')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {change.isError && !form.getFieldsError().some((f) => f.errors.length) ? (
          <ErrorAlert error={change.error} />
        ) : null}
        {change.isSuccess ? (
          <Typography.Paragraph role="status">
            {t('email.done', { email: change.variables?.newEmail ?? '' })}
          </Typography.Paragraph>
        ) : null}
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('email.submit')}
        </Button>
      </Form>
    </Card>
  );
}

interface PrefsForm {
  locale: 'zh-CN' | 'en';
  digest: boolean;
  quietOn: boolean;
  start?: string;
  end?: string;
  channels: Channels;
}

/** Kinds × channels, quiet hours, digest and language (PUT replaces them all). */
function PreferencesTab() {
  const { t, i18n } = useTranslation('settings');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PrefsForm>();
  const prefs = useQuery({
    queryKey: ['notification-preferences'],
    queryFn: () => unwrap(api.GET('/api/v1/me/notification-preferences')),
  });
  const quietOn = Form.useWatch('quietOn', form);
  const save = useMutation({
    mutationFn: (v: PrefsForm) =>
      unwrap(
        api.PUT('/api/v1/me/notification-preferences', {
          body: {
            locale: v.locale,
            digest: v.digest,
            quietHours: v.quietOn && v.start && v.end ? { start: v.start, end: v.end } : null,
            channels: v.channels,
          },
        }),
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(['notification-preferences'], data);
      void message.success(t('prefs.saved'));
    },
    onError: (error) => showFieldErrors(form, error),
  });
  if (prefs.isPending) return <PageSkeleton />;
  if (prefs.isError) return <ErrorAlert error={prefs.error} />;
  const p: Preferences = prefs.data;
  const kinds = Object.keys(p.channels);
  const kindLabel = (kind: string) =>
    i18n.exists(`settings:kinds.${kind}`) ? t(`kinds.${kind}`) : kind;
  return (
    <Form<PrefsForm>
      form={form}
      layout="vertical"
      initialValues={{
        locale: p.locale,
        digest: p.digest,
        quietOn: !!p.quietHours,
        start: p.quietHours?.start ?? '22:00',
        end: p.quietHours?.end ?? '07:00',
        channels: p.channels as Channels,
      }}
      onFinish={(v) => save.mutate(v)}
      style={{ maxWidth: 760 }}
    >
      <Table<{ kind: string }>
        rowKey="kind"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={kinds.map((kind) => ({ kind }))}
        columns={[
          { key: 'kind', title: t('prefs.kind'), render: (_, r) => kindLabel(r.kind) },
          ...(['inApp', 'email'] as const).map((channel) => ({
            key: channel,
            title: channel === 'inApp' ? t('prefs.inApp') : t('prefs.emailChannel'),
            render: (_: unknown, r: { kind: string }) => (
              <Form.Item name={['channels', r.kind, channel]} valuePropName="checked" noStyle>
                <Checkbox
                  aria-label={t('prefs.channelOf', {
                    kind: kindLabel(r.kind),
                    channel: channel === 'inApp' ? t('prefs.inApp') : t('prefs.emailChannel'),
                  })}
                />
              </Form.Item>
            ),
          })),
        ]}
      />
      <Form.Item name="locale" label={t('prefs.locale')} style={{ marginTop: 16 }}>
        <Radio.Group
          options={[
            { value: 'zh-CN', label: '中文' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Form.Item>
      <Form.Item name="digest" label={t('prefs.digest')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item
        name="quietOn"
        label={t('prefs.quietOn')}
        valuePropName="checked"
        extra={t('prefs.timeZone', { zone: p.timeZone })}
      >
        <Switch />
      </Form.Item>
      {quietOn ? (
        <Flex wrap gap={12}>
          <Form.Item
            name="start"
            label={t('prefs.start')}
            rules={[{ required: true, pattern: TIME, message: t('prefs.timeRule') }]}
          >
            <Input placeholder="22:00" maxLength={5} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item
            name="end"
            label={t('prefs.end')}
            rules={[{ required: true, pattern: TIME, message: t('prefs.timeRule') }]}
          >
            <Input placeholder="07:00" maxLength={5} style={{ width: 120 }} />
          </Form.Item>
        </Flex>
      ) : null}
      {save.isError && !form.getFieldsError().some((f) => f.errors.length) ? (
        <ErrorAlert error={save.error} />
      ) : null}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('prefs.save')}
      </Button>
    </Form>
  );
}
