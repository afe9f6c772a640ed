import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import { PageSkeleton } from '../../components/PageSkeleton';
import './messages';

type Member = components['schemas']['TeamMemberView'];
type Invitation = components['schemas']['InvitationView'];
type TeamRole = Member['role'];
const ROLES: TeamRole[] = ['owner', 'manager', 'member'];

export default function TeamRoutes() {
  return (
    <Routes>
      <Route index element={<TeamPage />} />
    </Routes>
  );
}

/** The organisation's team: members and roles, invitations, leaving and handing over. */
function TeamPage() {
  const { t, i18n } = useTranslation('team');
  const { me, user, reload } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const orgId = me?.organization?.id ?? '';
  const myRole = me?.organizationRole ?? null;
  const isOwner = myRole === 'owner';
  const canManage = myRole === 'owner' || myRole === 'manager';
  const path = { params: { path: { id: orgId } } };
  const members = useQuery({
    queryKey: ['team', orgId, 'members'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}/members', path)),
    enabled: !!orgId,
  });
  const invitations = useQuery({
    queryKey: ['team', orgId, 'invitations'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}/invitations', path)),
    enabled: !!orgId && canManage,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['team', orgId] });
  const done = (text: string) => () => {
    void message.success(text);
    void refresh();
  };
  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: TeamRole }) =>
      unwrap(
        api.PATCH('/api/v1/organizations/{id}/members/{userId}', {
          params: { path: { id: orgId, userId } },
          body: { role },
        }),
      ),
    onSuccess: done(t('changed')),
  });
  const remove = useMutation({
    mutationFn: (userId: string) =>
      unwrap(
        api.DELETE('/api/v1/organizations/{id}/members/{userId}', {
          params: { path: { id: orgId, userId } },
        }),
      ),
    onSuccess: done(t('removed')),
  });
  const transfer = useMutation({
    mutationFn: (userId: string) =>
      unwrap(
        api.POST('/api/v1/organizations/{id}/ownership-transfer', { ...path, body: { userId } }),
      ),
    onSuccess: async () => {
      done(t('transferred'))();
      await reload();
    },
  });
  const leave = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{id}/leave', path)),
    onSuccess: async () => {
      void message.success(t('left'));
      await reload();
      void navigate('/profile');
    },
  });
  const resend = useMutation({
    mutationFn: (invitationId: string) =>
      unwrap(
        api.POST('/api/v1/organizations/{id}/invitations/{invitationId}/resend', {
          params: { path: { id: orgId, invitationId } },
        }),
      ),
    onSuccess: done(t('resent')),
  });
  const revoke = useMutation({
    mutationFn: (invitationId: string) =>
      unwrap(
        api.DELETE('/api/v1/organizations/{id}/invitations/{invitationId}', {
          params: { path: { id: orgId, invitationId } },
        }),
      ),
    onSuccess: done(t('revoked')),
  });

  if (me === undefined) return <PageSkeleton />;
  if (!me?.organization) {
    return (
      <>
        <Typography.Title level={2}>{t('title')}</Typography.Title>
        <EmptyState text={t('noOrg')} action={<Link to="/profile">{t('toProfile')}</Link>} />
      </>
    );
  }
  const failure = [changeRole, remove, transfer, leave, resend, revoke].find((m) => m.isError);
  const date = (value: string) => new Date(value).toLocaleString(i18n.language);
  return (
    <>
      <Flex wrap justify="space-between" align="center" gap={8}>
        <Typography.Title level={2}>
          {t('title')} · {me.organization.name}
        </Typography.Title>
        <Popconfirm
          title={t('leaveConfirm')}
          okText={t('ok')}
          cancelText={t('cancel')}
          onConfirm={() => leave.mutate()}
        >
          <Button loading={leave.isPending}>{t('leave')}</Button>
        </Popconfirm>
      </Flex>
      {!canManage ? <Alert type="info" showIcon title={t('membersOnly')} /> : null}
      {failure ? <ErrorAlert error={failure.error} /> : null}
      <Typography.Title level={3}>{t('members')}</Typography.Title>
      {members.isPending ? <PageSkeleton rows={3} /> : null}
      {members.isError ? <ErrorAlert error={members.error} /> : null}
      {members.data ? (
        <Table<Member>
          rowKey="userId"
          dataSource={members.data}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            {
              key: 'name',
              title: t('name'),
              render: (_, m) => `${m.displayName}${m.userId === user?.id ? t('you') : ''}`,
            },
            {
              key: 'role',
              title: t('role'),
              render: (_, m) =>
                isOwner && m.userId !== user?.id ? (
                  <Select<TeamRole>
                    aria-label={t('roleOf', { name: m.displayName })}
                    value={m.role}
                    style={{ minWidth: 110 }}
                    options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                    onChange={(role) => changeRole.mutate({ userId: m.userId, role })}
                  />
                ) : (
                  t(`roles.${m.role}`)
                ),
            },
            { key: 'joinedAt', title: t('joinedAt'), render: (_, m) => date(m.joinedAt) },
            {
              key: 'actions',
              title: t('actions'),
              render: (_, m) =>
                m.userId === user?.id ? null : (
                  <Space wrap>
                    {isOwner || (myRole === 'manager' && m.role === 'member') ? (
                      <Popconfirm
                        title={t('removeConfirm', { name: m.displayName })}
                        okText={t('ok')}
                        cancelText={t('cancel')}
                        onConfirm={() => remove.mutate(m.userId)}
                      >
                        <Button size="small" aria-label={`${t('remove')} ${m.displayName}`}>
                          {t('remove')}
                        </Button>
                      </Popconfirm>
                    ) : null}
                    {isOwner && m.role !== 'owner' ? (
                      <Popconfirm
                        title={t('transferConfirm', { name: m.displayName })}
                        okText={t('ok')}
                        cancelText={t('cancel')}
                        onConfirm={() => transfer.mutate(m.userId)}
                      >
                        <Button size="small" aria-label={`${t('transfer')} ${m.displayName}`}>
                          {t('transfer')}
                        </Button>
                      </Popconfirm>
                    ) : null}
                  </Space>
                ),
            },
          ]}
        />
      ) : null}
      {canManage ? (
        <>
          <InviteForm orgId={orgId} isOwner={isOwner} onSent={refresh} />
          <Typography.Title level={3}>{t('pending')}</Typography.Title>
          {invitations.isPending ? <PageSkeleton rows={2} /> : null}
          {invitations.isError ? <ErrorAlert error={invitations.error} /> : null}
          {invitations.data && invitations.data.length === 0 ? (
            <EmptyState text={t('pendingEmpty')} />
          ) : null}
          {invitations.data && invitations.data.length > 0 ? (
            <Table<Invitation>
              rowKey="id"
              dataSource={invitations.data}
              pagination={false}
              scroll={{ x: true }}
              columns={[
                { key: 'email', title: t('email'), dataIndex: 'email' },
                { key: 'role', title: t('role'), render: (_, i) => t(`roles.${i.role}`) },
                { key: 'expiresAt', title: t('expiresAt'), render: (_, i) => date(i.expiresAt) },
                {
                  key: 'actions',
                  title: t('actions'),
                  render: (_, i) => (
                    <Space wrap>
                      <Button
                        size="small"
                        aria-label={`${t('resend')} ${i.email}`}
                        onClick={() => resend.mutate(i.id)}
                      >
                        {t('resend')}
                      </Button>
                      <Popconfirm
                        title={t('revokeConfirm', { email: i.email })}
                        okText={t('ok')}
                        cancelText={t('cancel')}
                        onConfirm={() => revoke.mutate(i.id)}
                      >
                        <Button size="small" aria-label={`${t('revoke')} ${i.email}`}>
                          {t('revoke')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** Invite a colleague by email, with a role the caller may give. */
function InviteForm(props: { orgId: string; isOwner: boolean; onSent(): void }) {
  const { t } = useTranslation('team');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ email: string; role: TeamRole }>();
  const invite = useMutation({
    mutationFn: (body: { email: string; role: TeamRole }) =>
      unwrap(
        api.POST('/api/v1/organizations/{id}/invitations', {
          params: { path: { id: props.orgId } },
          body,
        }),
      ),
    onSuccess: (invitation) => {
      void message.success(t('sent', { email: invitation.email }));
      form.resetFields();
      props.onSent();
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const roles = props.isOwner ? ROLES : ROLES.filter((r) => r !== 'owner');
  return (
    <Card
      size="small"
      style={{ margin: '16px 0' }}
      title={<h3 style={{ margin: 0, fontSize: 'inherit' }}>{t('invite')}</h3>}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ role: 'member' }}
        onFinish={(values) => invite.mutate(values)}
      >
        <Flex wrap gap={12} align="end">
          <Form.Item
            name="email"
            label={t('email')}
            rules={[{ required: true, type: 'email', max: 254, message: t('emailRule') }]}
            style={{ flex: '1 1 240px' }}
          >
            <Input type="email" />
          </Form.Item>
          <Form.Item name="role" label={t('role')} style={{ minWidth: 140 }}>
            <Select options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={invite.isPending}>
              {t('send')}
            </Button>
          </Form.Item>
        </Flex>
        {invite.isError && !form.getFieldsError().some((f) => f.errors.length) ? (
          <ErrorAlert error={invite.error} />
        ) : null}
      </Form>
    </Card>
  );
}
