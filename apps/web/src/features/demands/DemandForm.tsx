import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import { PageSkeleton } from '../../components/PageSkeleton';
import { NS } from '../matches/messages';
import {
  COLLEGE_KINDS,
  DETAILS_FIELD,
  type DemandKind,
  type DetailsField,
  ENTERPRISE_KINDS,
} from './kinds';

type CreateBody = components['schemas']['CreateDemandDto'];
type Demand = components['schemas']['DemandView'];

type FieldType = 'int' | 'date' | 'text' | 'textarea' | 'select' | 'list';
export interface DetailField {
  name: string;
  type: FieldType;
  required?: boolean;
  min?: number;
  max?: number;
  /** Text length bounds. */
  len?: [number, number];
  options?: readonly string[];
  /** The message key of the options' labels. */
  optionsKey?: string;
  pattern?: RegExp;
}

/** Each kind's details, mirroring libs/demands' *DetailsDto rules. */
export const DETAIL_FIELDS: Record<DetailsField, DetailField[]> = {
  talent: [
    {
      name: 'type',
      type: 'select',
      required: true,
      options: ['order_class', 'internship', 'hiring'],
      optionsKey: 'types',
    },
    { name: 'headcount', type: 'int', required: true, min: 1, max: 10000 },
    { name: 'majorCode', type: 'text', pattern: /^\d{6}$/ },
    { name: 'majorName', type: 'text', len: [1, 50] },
    { name: 'periodStart', type: 'date', required: true },
    { name: 'periodEnd', type: 'date', required: true },
  ],
  rnd: [
    {
      name: 'problemType',
      type: 'select',
      required: true,
      options: ['technical_problem', 'process_optimisation'],
      optionsKey: 'problemTypes',
    },
    { name: 'budgetMin', type: 'int', required: true, min: 0, max: 1_000_000_000 },
    { name: 'budgetMax', type: 'int', required: true, min: 0, max: 1_000_000_000 },
    {
      name: 'ipTerms',
      type: 'select',
      required: true,
      options: ['enterprise_owned', 'shared', 'provider_owned', 'negotiable'],
      optionsKey: 'ip',
    },
  ],
  training: [
    { name: 'trainees', type: 'int', required: true, min: 1, max: 100000 },
    {
      name: 'format',
      type: 'select',
      required: true,
      options: ['onsite', 'online', 'hybrid'],
      optionsKey: 'formats',
    },
    { name: 'durationDays', type: 'int', min: 1, max: 365 },
    { name: 'topic', type: 'text', len: [0, 100] },
  ],
  teacherPractice: [
    { name: 'months', type: 'int', required: true, min: 1, max: 12 },
    { name: 'places', type: 'int', required: true, min: 1, max: 500 },
    { name: 'majorCode', type: 'text', pattern: /^\d{6}$/ },
    { name: 'startDate', type: 'date' },
  ],
  partTimeTeacher: [
    { name: 'courses', type: 'list', required: true },
    { name: 'hours', type: 'int', required: true, min: 1, max: 2000 },
    { name: 'term', type: 'text', required: true, len: [2, 40] },
    { name: 'teachers', type: 'int', min: 1, max: 50 },
  ],
  enterpriseMentor: [
    { name: 'projects', type: 'list', required: true },
    {
      name: 'purpose',
      type: 'select',
      required: true,
      options: ['practice', 'graduation_project', 'both'],
      optionsKey: 'purposes',
    },
    { name: 'students', type: 'int', required: true, min: 1, max: 5000 },
    { name: 'periodStart', type: 'date', required: true },
    { name: 'periodEnd', type: 'date', required: true },
  ],
  internshipBase: [
    { name: 'places', type: 'int', required: true, min: 1, max: 10000 },
    { name: 'majorCodes', type: 'list', required: true },
    { name: 'periodStart', type: 'date', required: true },
    { name: 'periodEnd', type: 'date', required: true },
  ],
  coBuilding: [
    {
      name: 'type',
      type: 'select',
      required: true,
      options: ['industry_college', 'training_base'],
      optionsKey: 'types',
    },
    { name: 'coBuilt', type: 'text', required: true, len: [2, 200] },
    { name: 'collegeBrings', type: 'textarea', required: true, len: [2, 1000] },
    { name: 'seeks', type: 'textarea', required: true, len: [2, 1000] },
  ],
};

interface Values {
  kind: DemandKind;
  title: string;
  description?: string;
  skills?: string[];
  tags?: string[];
  deadline?: string;
  industryCode?: string;
  district?: string;
  [details: string]: unknown;
}

/** Empty strings and empty optional values left out, as the API wants them absent. */
function clean(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    out[key] = typeof value === 'string' ? value.trim() : value;
  }
  return out;
}

/** The form of a new demand (`/demands/new`) or of a draft's edit (`/demands/:id/edit`). */
export default function DemandForm() {
  const { id } = useParams();
  const editing = Boolean(id);
  const { t } = useTranslation(NS);
  const { me } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const orgKind = me?.organization?.kind;
  const kinds = orgKind === 'college' ? COLLEGE_KINDS : ENTERPRISE_KINDS;

  const existing = useQuery({
    queryKey: ['demands', 'one', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/demands/{id}', { params: { path: { id: id as string } } })),
    enabled: editing,
  });

  const save = useMutation({
    mutationFn: async (values: Values): Promise<Demand> => {
      const field = DETAILS_FIELD[values.kind];
      const details = clean((values[field] as Record<string, unknown> | undefined) ?? {});
      const common = clean({
        title: values.title,
        description: values.description,
        industryCode: values.industryCode,
        district: values.district,
        deadline: values.deadline,
      });
      const lists = { skills: values.skills ?? [], tags: values.tags ?? [] };
      if (editing) {
        return unwrap(
          api.PATCH('/api/v1/demands/{id}', {
            params: { path: { id: id as string } },
            // An emptied deadline is cleared (null), not left as it was.
            body: { deadline: null, ...common, ...lists, [field]: details },
          }),
        );
      }
      const body = { kind: values.kind, ...common, ...lists, [field]: details } as CreateBody;
      return unwrap(api.POST('/api/v1/demands', { body }));
    },
    onSuccess: async (demand) => {
      await queryClient.invalidateQueries({ queryKey: ['demands'] });
      void message.success(editing ? t('form.saved') : t('form.created'));
      void navigate(`/demands/${demand.id}`);
    },
    onError: (error) => showFieldErrors(form, error),
  });

  if (!me?.organization) {
    return (
      <>
        <Typography.Title level={2}>{t('form.newTitle')}</Typography.Title>
        <EmptyState
          text={t('demands.noOrganization')}
          action={
            <Link to="/profile">
              <Button type="primary">{t('demands.toProfile')}</Button>
            </Link>
          }
        />
      </>
    );
  }
  if (editing && existing.isPending) return <PageSkeleton />;
  if (editing && existing.isError) return <ErrorAlert error={existing.error} />;

  const initial: Partial<Values> | undefined = existing.data
    ? {
        kind: existing.data.kind,
        title: existing.data.title,
        description: existing.data.description,
        skills: existing.data.skills,
        tags: existing.data.tags,
        deadline: typeof existing.data.deadline === 'string' ? existing.data.deadline : undefined,
        industryCode: existing.data.industryCode,
        district: existing.data.district,
        [DETAILS_FIELD[existing.data.kind]]: existing.data.details,
      }
    : { kind: kinds[0] };

  const field = kind ? DETAILS_FIELD[kind] : undefined;
  const showGeneric = save.isError && !form.getFieldsError().some((f) => f.errors.length > 0);

  return (
    <>
      <Typography.Title level={2}>
        {editing ? t('form.editTitle') : t('form.newTitle')}
      </Typography.Title>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => save.mutate(values)}
        style={{ maxWidth: 720 }}
        scrollToFirstError
      >
        <Form.Item
          name="kind"
          label={t('form.kind')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            disabled={editing}
            options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('form.title')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { min: 4, max: 100, message: t('form.titleRule') },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('form.description')} rules={[{ max: 10000 }]}>
          <Input.TextArea rows={4} maxLength={10000} />
        </Form.Item>
        <Form.Item name="skills" label={t('form.skills')} extra={t('form.skillsHint')}>
          <Select mode="tags" open={false} suffixIcon={null} maxCount={30} />
        </Form.Item>
        <Form.Item name="tags" label={t('form.tags')} extra={t('form.skillsHint')}>
          <Select mode="tags" open={false} suffixIcon={null} maxCount={20} />
        </Form.Item>
        <Form.Item name="deadline" label={t('form.deadline')}>
          <Input type="date" />
        </Form.Item>
        <Space wrap size="middle" style={{ width: '100%' }}>
          <Form.Item name="industryCode" label={t('form.industryCode')}>
            <Input maxLength={5} />
          </Form.Item>
          <Form.Item name="district" label={t('form.district')}>
            <Input maxLength={6} />
          </Form.Item>
        </Space>
        {field ? (
          <Card title={`${t('form.details')}：${t(`kind.${kind}`)}`} size="small">
            {DETAIL_FIELDS[field].map((f) => (
              <DetailInput key={`${field}.${f.name}`} group={field} field={f} />
            ))}
          </Card>
        ) : null}
        {showGeneric ? <ErrorAlert error={save.error} /> : null}
        <Space wrap style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {editing ? t('form.submitEdit') : t('form.submitCreate')}
          </Button>
          <Link to={editing ? `/demands/${id}` : '/demands'}>{t('common.cancel')}</Link>
        </Space>
      </Form>
    </>
  );
}

function DetailInput({ group, field: f }: { group: DetailsField; field: DetailField }) {
  const { t } = useTranslation(NS);
  const label = t(`form.${group}.${f.name}`);
  const rules: Rule[] = [];
  if (f.required) rules.push({ required: true, message: t('common.required') });
  if (f.type === 'int' && (f.min !== undefined || f.max !== undefined)) {
    rules.push({ type: 'number', min: f.min, max: f.max });
  }
  if (f.len) rules.push({ min: f.len[0], max: f.len[1] });
  if (f.pattern) rules.push({ pattern: f.pattern });
  let input;
  switch (f.type) {
    case 'int':
      input = <InputNumber precision={0} min={f.min} max={f.max} style={{ width: '100%' }} />;
      break;
    case 'date':
      input = <Input type="date" />;
      break;
    case 'textarea':
      input = <Input.TextArea rows={3} maxLength={f.len?.[1]} />;
      break;
    case 'select':
      input = (
        <Select
          options={(f.options ?? []).map((o) => ({
            value: o,
            label: t(`form.${group}.${f.optionsKey}.${o}`),
          }))}
        />
      );
      break;
    case 'list':
      input = <Select mode="tags" open={false} suffixIcon={null} />;
      break;
    default:
      input = <Input maxLength={f.len?.[1]} />;
  }
  return (
    <Form.Item name={[group, f.name]} label={label} rules={rules}>
      {input}
    </Form.Item>
  );
}
