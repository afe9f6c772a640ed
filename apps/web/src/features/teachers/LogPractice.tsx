import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showCodedFieldErrors } from '../projects/coded-errors';
import './messages';
import type { OfferedDemandView, TeacherView } from './types';

interface LogForm {
  teacherId: string;
  demandId: string;
  from: Dayjs;
  to: Dayjs;
  days: number;
  tasks: string[];
}

export interface LogTarget {
  teacherId?: string;
  demandId?: string;
}

/** Two-for-one: days a teacher spent on an enterprise R&D demand, for the enterprise to confirm. */
export function LogPracticeModal({
  collegeId,
  target,
  teachers,
  demands,
  onClose,
}: {
  collegeId: string;
  target: LogTarget | null;
  teachers: TeacherView[];
  demands: OfferedDemandView[];
  onClose: () => void;
}) {
  const { t } = useTranslation('teachers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<LogForm>();
  const [formError, setFormError] = useState<unknown>(null);
  useEffect(() => {
    if (target) {
      form.resetFields();
      form.setFieldsValue({ teacherId: target.teacherId, demandId: target.demandId, tasks: [] });
      setFormError(null);
    }
  }, [target, form]);
  const log = useMutation({
    mutationFn: (values: LogForm) =>
      unwrap(
        api.POST('/api/v1/colleges/{id}/teachers/{teacherId}/practice-logs', {
          params: { path: { id: collegeId, teacherId: values.teacherId } },
          body: {
            demandId: values.demandId.trim(),
            from: values.from.format('YYYY-MM-DD'),
            to: values.to.format('YYYY-MM-DD'),
            days: values.days,
            tasks: values.tasks ?? [],
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['practice', collegeId] });
      void message.success(t('log.logged'));
      onClose();
    },
    onError: (error) => setFormError(showCodedFieldErrors(form, error, t) ? null : error),
  });
  const required = { required: true, message: t('log.required') };
  const uniqueDemands = [...new Map(demands.map((d) => [d.id, d])).values()];
  return (
    <Modal
      open={target !== null}
      title={t('log.title')}
      okText={t('log.submit')}
      cancelText={t('log.cancel')}
      okButtonProps={{ loading: log.isPending }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<LogForm>
        form={form}
        layout="vertical"
        onFinish={(values) => log.mutate(values)}
        onValuesChange={() => setFormError(null)}
      >
        <Form.Item name="teacherId" label={t('log.teacher')} rules={[required]}>
          <Select options={teachers.map((x) => ({ value: x.id, label: x.name }))} />
        </Form.Item>
        <Form.Item
          name="demandId"
          label={t('log.demand')}
          extra={t('log.demandHelp')}
          rules={[required]}
        >
          {uniqueDemands.length > 0 ? (
            <Select
              showSearch
              options={uniqueDemands.map((d) => ({ value: d.id, label: d.title }))}
              optionFilterProp="label"
            />
          ) : (
            <Input />
          )}
        </Form.Item>
        <Form.Item name="from" label={t('log.from')} rules={[required]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="to" label={t('log.to')} rules={[required]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="days" label={t('log.days')} rules={[required]}>
          <InputNumber min={1} max={366} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="tasks" label={t('log.tasks')} extra={t('log.tasksHelp')}>
          <Select mode="tags" open={false} suffixIcon={null} />
        </Form.Item>
        {formError ? <ErrorAlert error={formError} /> : null}
      </Form>
    </Modal>
  );
}
