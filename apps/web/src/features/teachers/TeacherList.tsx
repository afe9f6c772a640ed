import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showCodedFieldErrors } from '../projects/coded-errors';
import './messages';
import {
  CERTIFICATION_LEVELS,
  CERTIFICATION_STATUSES,
  type Certification,
  majorsOf,
  type TeacherView,
} from './types';
import { TAG_COLORS } from '../projects/tag-colors';

interface TeacherForm {
  name: string;
  majors: string[];
  certified: boolean;
  certification?: Omit<Certification, 'certifiedOn'> & { certifiedOn: Dayjs };
}

/** The college's teachers with their majors and 双师型 certification; add and edit. */
export function TeacherList({
  collegeId,
  teachers,
  canWrite,
}: {
  collegeId: string;
  teachers: TeacherView[];
  canWrite: boolean;
}) {
  const { t } = useTranslation('teachers');
  const [editing, setEditing] = useState<TeacherView | 'new' | null>(null);
  return (
    <>
      {canWrite ? (
        <Button type="primary" onClick={() => setEditing('new')} style={{ marginBottom: 16 }}>
          {t('teachers.add')}
        </Button>
      ) : null}
      {teachers.length === 0 ? (
        <EmptyState
          text={t('teachers.empty')}
          action={
            canWrite ? (
              <Button onClick={() => setEditing('new')}>{t('teachers.add')}</Button>
            ) : undefined
          }
        />
      ) : (
        <Table<TeacherView>
          rowKey="id"
          dataSource={teachers}
          scroll={{ x: true }}
          pagination={teachers.length > 20 ? { pageSize: 20 } : false}
          columns={[
            { key: 'name', title: t('teachers.name'), dataIndex: 'name' },
            {
              key: 'majors',
              title: t('teachers.majors'),
              render: (_, x) => x.majors.map((m) => `${m.name}（${m.code}）`).join('、'),
            },
            {
              key: 'dual',
              title: t('teachers.dual'),
              render: (_, x) =>
                x.dualQualified ? (
                  <Tag color={x.dualQualified.status === 'valid' ? TAG_COLORS.ok : 'default'}>
                    {t(`teachers.levels.${x.dualQualified.level}`)} ·{' '}
                    {t(`teachers.statuses.${x.dualQualified.status}`)}
                  </Tag>
                ) : (
                  t('teachers.none')
                ),
            },
            {
              key: 'actions',
              title: '',
              render: (_, x) =>
                canWrite && (
                  <Button
                    size="small"
                    aria-label={t('teachers.editLabel', { name: x.name })}
                    onClick={() => setEditing(x)}
                  >
                    {t('teachers.edit')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      <TeacherModal collegeId={collegeId} editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}

function TeacherModal({
  collegeId,
  editing,
  onClose,
}: {
  collegeId: string;
  editing: TeacherView | 'new' | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('teachers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TeacherForm>();
  const [formError, setFormError] = useState<unknown>(null);
  const certified = Form.useWatch('certified', form);
  const college = useQuery({
    queryKey: ['college', collegeId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/colleges/{id}', { params: { path: { id: collegeId } } })),
  });
  useEffect(() => {
    if (!editing) return;
    setFormError(null);
    form.resetFields();
    if (editing !== 'new') {
      const c = editing.certification;
      form.setFieldsValue({
        name: editing.name,
        majors: editing.majors.map((m) => m.code),
        certified: Boolean(c),
        certification: c ? { ...c, certifiedOn: dayjs(c.certifiedOn) } : undefined,
      });
    } else {
      form.setFieldsValue({ majors: [], certified: false });
    }
  }, [editing, form]);
  const save = useMutation({
    mutationFn: (values: TeacherForm) => {
      const certification =
        values.certified && values.certification
          ? {
              ...values.certification,
              certifiedOn: values.certification.certifiedOn.format('YYYY-MM-DD'),
            }
          : null;
      if (editing === 'new') {
        return unwrap(
          api.POST('/api/v1/colleges/{id}/teachers', {
            params: { path: { id: collegeId } },
            body: {
              name: values.name,
              majors: values.majors ?? [],
              ...(certification ? { certification } : {}),
            },
          }),
        );
      }
      return unwrap(
        api.PATCH('/api/v1/colleges/{id}/teachers/{teacherId}', {
          params: { path: { id: collegeId, teacherId: (editing as TeacherView).id } },
          body: { name: values.name, majors: values.majors ?? [], certification } as never,
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['practice', collegeId] });
      void message.success(editing === 'new' ? t('teachers.created') : t('teachers.saved'));
      onClose();
    },
    onError: (error) => setFormError(showCodedFieldErrors(form, error, t) ? null : error),
  });
  const required = { required: true, message: t('teachers.required') };
  const majorOptions = majorsOf(college.data).map((m) => ({
    value: m.code,
    label: `${m.name}（${m.code}）`,
  }));
  return (
    <Modal
      open={editing !== null}
      title={editing === 'new' ? t('teachers.add') : t('teachers.edit')}
      okText={t('teachers.save')}
      cancelText={t('teachers.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<TeacherForm>
        form={form}
        layout="vertical"
        onFinish={(values) => save.mutate(values)}
        onValuesChange={() => setFormError(null)}
      >
        <Form.Item
          name="name"
          label={t('teachers.name')}
          rules={[required, { whitespace: true, message: t('teachers.required') }, { max: 50 }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="majors"
          label={t('teachers.majors')}
          extra={t('teachers.majorsHelp')}
          rules={[{ type: 'array', max: 10 }]}
        >
          <Select mode="tags" options={majorOptions} tokenSeparators={[',', ' ']} />
        </Form.Item>
        <Form.Item name="certified" label={t('teachers.hasCertification')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {certified ? (
          <>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t('teachers.certification')}
            </Typography.Title>
            <Form.Item
              name={['certification', 'level']}
              label={t('teachers.level')}
              rules={[required]}
            >
              <Select
                options={CERTIFICATION_LEVELS.map((l) => ({
                  value: l,
                  label: t(`teachers.levels.${l}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name={['certification', 'certifiedOn']}
              label={t('teachers.certifiedOn')}
              rules={[required]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name={['certification', 'certifyingBody']}
              label={t('teachers.certifyingBody')}
              rules={[required, { max: 100 }]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name={['certification', 'status']}
              label={t('teachers.certStatus')}
              rules={[required]}
              initialValue="valid"
            >
              <Select
                options={CERTIFICATION_STATUSES.map((s) => ({
                  value: s,
                  label: t(`teachers.statuses.${s}`),
                }))}
              />
            </Form.Item>
          </>
        ) : null}
        {formError ? <ErrorAlert error={formError} /> : null}
      </Form>
    </Modal>
  );
}
