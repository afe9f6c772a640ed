import { Descriptions, Form, Input, Modal, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import { NS } from './messages';

export type Connection = components['schemas']['ConnectionView'];
export type ContactPerson = components['schemas']['ContactPersonView'];
export type DeclineBody = components['schemas']['DeclineDto'];

/** A message to send with an interest or an invitation (1–1000 characters, as the API asks). */
export function MessageModal({
  open,
  title,
  okText,
  loading,
  error,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  title: string;
  okText: string;
  loading: boolean;
  error: unknown;
  onCancel(): void;
  onSubmit(message: string): Promise<unknown>;
}) {
  const { t } = useTranslation(NS);
  const [form] = Form.useForm<{ message: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) =>
          onSubmit(values.message).catch((e: unknown) => showFieldErrors(form, e))
        }
      >
        <Form.Item
          name="message"
          label={t('common.message')}
          extra={t('common.messageHint')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 1000, message: t('common.messageLength') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount />
        </Form.Item>
      </Form>
      {error && !isFieldError(error) ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}

const isFieldError = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  'fieldErrors' in error &&
  (error as { fieldErrors: unknown[] }).fieldErrors.length > 0;

const DECLINE_REASONS = ['not_a_fit', 'capacity_full', 'budget', 'timing', 'other'] as const;

/** Declining with a reason (and a note, required when the reason is "other"). */
export function DeclineModal({
  open,
  loading,
  error,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  loading: boolean;
  error: unknown;
  onCancel(): void;
  onSubmit(body: DeclineBody): Promise<unknown>;
}) {
  const { t } = useTranslation(NS);
  const [form] = Form.useForm<DeclineBody>();
  const reason = Form.useWatch('reason', form);
  return (
    <Modal
      open={open}
      title={t('connections.declineTitle')}
      okText={t('connections.decline')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) =>
          onSubmit({ reason: values.reason, ...(values.note ? { note: values.note } : {}) }).catch(
            (e: unknown) => showFieldErrors(form, e),
          )
        }
      >
        <Form.Item
          name="reason"
          label={t('connections.declineReason')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            options={DECLINE_REASONS.map((r) => ({ value: r, label: t(`declineReason.${r}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('connections.declineNote')}
          rules={[
            {
              required: reason === 'other',
              whitespace: true,
              message: t('connections.declineNoteRequired'),
            },
            { max: 500 },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
      {error && !isFieldError(error) ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}

/** The people of one side once contacts are revealed. */
export function ContactList({ title, people }: { title: ReactNode; people: ContactPerson[] }) {
  const { t } = useTranslation(NS);
  return (
    <div data-testid="contacts">
      <Typography.Title level={4}>{title}</Typography.Title>
      {people.map((p, i) => (
        <Descriptions
          key={`${p.name}-${i}`}
          size="small"
          column={1}
          title={p.name}
          items={[
            p.email ? { key: 'email', label: t('connectionsPage.email'), children: p.email } : null,
            p.phone ? { key: 'phone', label: t('connectionsPage.phone'), children: p.phone } : null,
            p.wechat
              ? { key: 'wechat', label: t('connectionsPage.wechat'), children: p.wechat }
              : null,
          ].filter((item) => item !== null)}
        />
      ))}
    </div>
  );
}

/** The Descriptions item saying why a match or an offer interest was declined, when it was. */
export function declinedItems(
  t: (key: string) => string,
  reason: string | null | undefined,
  note: unknown,
) {
  if (!reason) return [];
  const text = [t(`declineReason.${reason}`), typeof note === 'string' ? note : null];
  return [
    { key: 'declined', label: t('status.declined'), children: text.filter(Boolean).join('：') },
  ];
}
