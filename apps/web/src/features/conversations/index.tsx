import { PaperClipOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Badge,
  Button,
  Card,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Space,
  Tag,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams } from 'react-router';
import { api, download, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import { PageSkeleton } from '../../components/PageSkeleton';
import { NS } from '../matches/messages';
import { StatusTag, useLiveRefresh } from '../matches/status';

type Thread = components['schemas']['ThreadView'];
type Message = components['schemas']['MessageView'];

/** `/conversations`: the caller's threads; `/conversations/:id`: one thread. */
export default function Conversations() {
  return (
    <Routes>
      <Route index element={<ThreadList />} />
      <Route path=":id" element={<ThreadPage />} />
    </Routes>
  );
}

const subjectLink = (t: Thread) =>
  t.subject.type === 'connection' ? `/matches/${t.subject.id}` : `/offer-interests/${t.subject.id}`;

function ThreadList() {
  const { t, i18n } = useTranslation(NS);
  useLiveRefresh();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['conversations', 'list', page],
    queryFn: () =>
      unwrap(api.GET('/api/v1/conversations', { params: { query: { page, pageSize: 20 } } })),
  });
  return (
    <>
      <Typography.Title level={2}>{t('conversations.title')}</Typography.Title>
      {list.isPending ? <PageSkeleton /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.data && list.data.total === 0 ? (
        <EmptyState
          text={t('conversations.empty')}
          action={
            <Link to="/matches">
              <Button type="primary">{t('conversations.toMatches')}</Button>
            </Link>
          }
        />
      ) : null}
      {list.data && list.data.total > 0 ? (
        <List<Thread>
          dataSource={list.data.items}
          pagination={
            list.data.total > 20
              ? { current: page, pageSize: 20, total: list.data.total, onChange: setPage }
              : false
          }
          renderItem={(thread) => {
            const others = thread.parties
              .filter((p) => p.side !== (thread.mySide as unknown as string | null))
              .map((p) => p.name)
              .join('、');
            const last = thread.lastMessage;
            return (
              <List.Item data-testid="thread">
                <List.Item.Meta
                  title={
                    <Flex wrap gap="small" align="center">
                      <Link to={`/conversations/${thread.id}`}>{thread.subject.title}</Link>
                      {thread.unread > 0 ? (
                        <Badge
                          count={t('conversations.unread', { count: thread.unread })}
                          style={{ backgroundColor: '#cf1322' }}
                          data-testid="thread-unread"
                        />
                      ) : null}
                    </Flex>
                  }
                  description={
                    <>
                      <div>{others}</div>
                      {last ? (
                        <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                          {t('conversations.lastMessage')}：{last.body} ·{' '}
                          {new Date(last.createdAt).toLocaleString(i18n.language)}
                        </Typography.Text>
                      ) : null}
                    </>
                  }
                />
              </List.Item>
            );
          }}
        />
      ) : null}
    </>
  );
}

function ThreadPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(NS);
  const queryClient = useQueryClient();
  useLiveRefresh();
  const thread = useQuery({
    queryKey: ['conversations', 'thread', id],
    queryFn: () => unwrap(api.GET('/api/v1/conversations/{id}', { params: { path: { id } } })),
  });
  const messages = useQuery({
    queryKey: ['conversations', 'messages', id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/conversations/{id}/messages', {
          params: { path: { id }, query: { pageSize: 100 } },
        }),
      ),
  });
  const markRead = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/conversations/{id}/read', { params: { path: { id } } })),
    onSuccess: (view) => {
      queryClient.setQueryData(['conversations', 'thread', id], view);
      void queryClient.invalidateQueries({ queryKey: ['conversations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
  const unread = thread.data?.unread ?? 0;
  const mySide = thread.data?.mySide;
  useEffect(() => {
    // Opening a thread with unread messages reads them.
    if (unread > 0 && mySide && !markRead.isPending) markRead.mutate();
  }, [unread, mySide]);
  const [reporting, setReporting] = useState<Message | null>(null);

  if (thread.isPending) return <PageSkeleton />;
  if (thread.isError) {
    return (
      <>
        <Typography.Title level={2}>{t('conversations.notFound')}</Typography.Title>
        <ErrorAlert error={thread.error} />
      </>
    );
  }
  const th = thread.data;
  const ordered = [...(messages.data?.items ?? [])].reverse();
  const opening = th.opening;
  return (
    <>
      <Flex wrap gap="small" align="center">
        <Typography.Title level={2} style={{ marginBottom: 0 }}>
          {th.subject.title}
        </Typography.Title>
        <StatusTag status={th.subject.status} />
      </Flex>
      <Typography.Paragraph style={{ marginTop: 8 }}>
        <Link to={subjectLink(th)} style={{ textDecoration: 'underline' }}>
          {t('connections.details')}
        </Link>{' '}
        · {th.parties.map((p) => p.name).join('、')}
      </Typography.Paragraph>
      {opening?.text ? (
        <Card size="small" title={t('conversations.opening')} style={{ marginBottom: 16 }}>
          {opening.text}
        </Card>
      ) : null}
      {messages.isPending ? <PageSkeleton rows={4} /> : null}
      {messages.isError ? <ErrorAlert error={messages.error} /> : null}
      {messages.data && ordered.length === 0 ? (
        <Typography.Paragraph>{t('conversations.noMessages')}</Typography.Paragraph>
      ) : null}
      {ordered.length > 0 ? (
        <List<Message>
          aria-label={t('conversations.title')}
          dataSource={ordered}
          renderItem={(m) => (
            <List.Item data-testid="message" style={{ display: 'block' }}>
              <Flex wrap gap="small" align="center">
                <Typography.Text strong>
                  {m.mine ? t('conversations.me') : m.senderName || m.senderSide}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {new Date(m.createdAt).toLocaleString(i18n.language)}
                </Typography.Text>
                {!m.mine && th.mySide ? (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setReporting(m)}
                    aria-label={`${t('conversations.report')}：${m.body.slice(0, 30)}`}
                  >
                    {t('conversations.report')}
                  </Button>
                ) : null}
              </Flex>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>
                {m.body}
              </Typography.Paragraph>
              {m.attachments.length > 0 ? (
                <Space wrap>
                  {m.attachments.map((a) => (
                    <Button
                      key={a.id}
                      size="small"
                      icon={<PaperClipOutlined />}
                      onClick={() => void download(a.url, a.fileName)}
                      aria-label={t('conversations.download', { name: a.fileName })}
                    >
                      {a.fileName} ({Math.ceil(a.sizeBytes / 1024)} KB)
                    </Button>
                  ))}
                </Space>
              ) : null}
            </List.Item>
          )}
        />
      ) : null}
      {th.writable ? (
        <Composer threadId={th.id} />
      ) : th.readOnlyReason ? (
        <Tag>{t(`conversations.readOnly.${th.readOnlyReason}`)}</Tag>
      ) : null}
      <ReportModal threadId={th.id} message={reporting} onClose={() => setReporting(null)} />
    </>
  );
}

function Composer({ threadId }: { threadId: string }) {
  const { t } = useTranslation(NS);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ body: string }>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const send = useMutation({
    mutationFn: (body: string) => {
      const params = { params: { path: { id: threadId } } };
      if (files.length === 0) {
        return unwrap(
          api.POST('/api/v1/conversations/{id}/messages', { ...params, body: { body } }),
        );
      }
      const data = new FormData();
      data.append('body', body);
      for (const f of files) if (f.originFileObj) data.append('files', f.originFileObj, f.name);
      return unwrap(
        api.POST('/api/v1/conversations/{id}/messages', {
          ...params,
          body: data as unknown as { body: string },
        }),
      );
    },
    onSuccess: async () => {
      form.resetFields();
      setFiles([]);
      void message.success(t('conversations.sent'));
      await queryClient.invalidateQueries({ queryKey: ['conversations'] });
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const generic = send.isError && !form.getFieldsError().some((f) => f.errors.length > 0);
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(values) => send.mutate(values.body)}
      style={{ marginTop: 16 }}
    >
      <Form.Item
        name="body"
        label={t('conversations.write')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 4000 }]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item label={t('conversations.attach')} extra={t('conversations.attachHint')}>
        <Upload
          multiple
          maxCount={5}
          fileList={files}
          accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
          beforeUpload={() => false}
          onChange={({ fileList }) => setFiles(fileList.slice(0, 5))}
        >
          <Button icon={<PaperClipOutlined />}>{t('conversations.attach')}</Button>
        </Upload>
      </Form.Item>
      {generic ? <ErrorAlert error={send.error} /> : null}
      <Button type="primary" htmlType="submit" loading={send.isPending}>
        {t('conversations.send')}
      </Button>
    </Form>
  );
}

function ReportModal({
  threadId,
  message: reported,
  onClose,
}: {
  threadId: string;
  message: Message | null;
  onClose(): void;
}) {
  const { t } = useTranslation(NS);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const report = useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.POST('/api/v1/conversations/{id}/messages/{messageId}/report', {
          params: { path: { id: threadId, messageId: reported?.id ?? '' } },
          body: { reason },
        }),
      ),
    onSuccess: () => {
      void message.success(t('conversations.reported'));
      onClose();
    },
    onError: (error) => showFieldErrors(form, error),
  });
  return (
    <Modal
      open={reported !== null}
      title={t('conversations.reportTitle')}
      okText={t('conversations.report')}
      cancelText={t('common.cancel')}
      confirmLoading={report.isPending}
      onCancel={() => {
        report.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {reported ? <Typography.Paragraph>{reported.body}</Typography.Paragraph> : null}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) => report.mutate(values.reason)}
      >
        <Form.Item
          name="reason"
          label={t('conversations.reportReason')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 1000 },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
      {report.isError && !form.getFieldsError().some((f) => f.errors.length) ? (
        <ErrorAlert error={report.error} />
      ) : null}
    </Modal>
  );
}
