import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useReferenceNames } from '../search/shared';
import './messages';

type Expert = components['schemas']['ExpertView'];
type Organization = components['schemas']['OrganizationView'];
type ExpertForm = components['schemas']['CreateExpertDto'];
const SERVICES = ['consulting', 'rnd', 'part_time_teaching'] as const;
const AVAILABILITY = ['available', 'limited', 'unavailable'] as const;
const SIZES = ['micro', 'small', 'medium', 'large'] as const;
const LEVELS = ['中职', '高职', '本科', '技工'] as const;

export default function ProfileRoutes() {
  return (
    <Routes>
      <Route index element={<ProfilePage />} />
    </Routes>
  );
}

/** The caller's own profile: an expert's, or their organisation's. */
function ProfilePage() {
  const { me } = useAuth();
  if (!me) return <PageSkeleton />;
  if (me.user.role === 'expert') return <ExpertEditor expert={me.expertProfile} />;
  if (me.user.role === 'enterprise' || me.user.role === 'college')
    return (
      <OrganizationEditor
        kind={me.user.role}
        organization={me.organization}
        canEdit={!me.organization || me.organizationRole !== 'member'}
      />
    );
  return <ErrorAlert error={new Error('FORBIDDEN')} />;
}

function DistrictSelect(props: { value?: string; onChange?(v: string): void; id?: string }) {
  const { districts } = useReferenceNames();
  const { i18n } = useTranslation();
  return (
    <Select
      {...props}
      showSearch={{ optionFilterProp: 'label' }}
      options={districts.map((d) => ({
        value: d.code,
        label: i18n.language === 'en' ? d.nameEn : d.name,
      }))}
    />
  );
}

/** A list of words typed one by one (tags, skills, fields, codes). */
function WordsInput(props: {
  value?: string[];
  onChange?(v: string[]): void;
  id?: string;
  placeholder?: string;
}) {
  return (
    <Select
      {...props}
      mode="tags"
      open={false}
      suffixIcon={null}
      tokenSeparators={[',', '，', '、']}
    />
  );
}

/** The services as checkboxes in a labelled group (the group takes no aria-required). */
function ServicesInput(props: { value?: string[]; onChange?(v: string[]): void; id?: string }) {
  const { t } = useTranslation('profile');
  return (
    <div role="group" id={props.id} aria-label={t('field.services')}>
      <Checkbox.Group
        value={props.value}
        onChange={(v) => props.onChange?.(v)}
        options={SERVICES.map((s) => ({ value: s, label: t(`enum.${s}`) }))}
      />
    </div>
  );
}

/** An expert's editor with a live preview of the public profile (ExpertView without contact). */
function ExpertEditor({ expert }: { expert: Expert | null }) {
  const { t } = useTranslation('profile');
  const { message } = App.useApp();
  const { reload } = useAuth();
  const [form] = Form.useForm<ExpertForm>();
  const values = Form.useWatch([], form) as Partial<ExpertForm> | undefined;
  const save = useMutation({
    mutationFn: (body: ExpertForm) =>
      expert
        ? unwrap(api.PATCH('/api/v1/experts/{id}', { params: { path: { id: expert.id } }, body }))
        : unwrap(api.POST('/api/v1/experts', { body })),
    onSuccess: async () => {
      void message.success(t('saved'));
      await reload();
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const initial: Partial<ExpertForm> = expert
    ? {
        name: expert.name,
        title: expert.title,
        affiliation: expert.affiliation,
        district: expert.district,
        industryCodes: expert.industryCodes,
        fields: expert.fields,
        skills: expert.skills,
        services: expert.services,
        availability: expert.availability,
        bio: expert.bio,
        isPublic: expert.isPublic,
        contact: expert.contact,
      }
    : { services: [], isPublic: true, availability: 'available', fields: [], skills: [] };
  const submit = (v: ExpertForm) => {
    const contact = Object.fromEntries(
      Object.entries(v.contact ?? {}).filter(([, x]) => typeof x === 'string' && x.trim()),
    );
    save.mutate({ ...v, contact });
  };
  return (
    <>
      <Typography.Title level={2}>{t('expertTitle')}</Typography.Title>
      {!expert ? <Alert type="info" showIcon title={t('createExpert')} /> : null}
      <Row gutter={[24, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={13}>
          <Form<ExpertForm> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
            <Form.Item
              name="name"
              label={t('field.name')}
              rules={[{ required: true, whitespace: true, max: 50, message: t('nameRule') }]}
            >
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="title" label={t('field.title')} rules={[{ max: 50 }]}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="affiliation" label={t('field.affiliation')} rules={[{ max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name="district"
              label={t('field.district')}
              rules={[{ required: true, message: t('required') }]}
            >
              <DistrictSelect />
            </Form.Item>
            <Form.Item
              name="industryCodes"
              label={t('field.industryCodes')}
              extra={t('field.industryHint')}
            >
              <WordsInput />
            </Form.Item>
            <Form.Item name="fields" label={t('field.fields')} extra={t('field.tagsHint')}>
              <WordsInput />
            </Form.Item>
            <Form.Item name="skills" label={t('field.skills')} extra={t('field.tagsHint')}>
              <WordsInput />
            </Form.Item>
            <Form.Item
              name="services"
              label={t('field.services')}
              rules={[
                { required: true, type: 'array', min: 1, max: 3, message: t('servicesRule') },
              ]}
            >
              <ServicesInput />
            </Form.Item>
            <Form.Item name="availability" label={t('field.availability')}>
              <Radio.Group
                options={AVAILABILITY.map((a) => ({ value: a, label: t(`enum.${a}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="bio"
              label={t('field.bio')}
              rules={[{ max: 5000, message: t('tooLong') }]}
            >
              <Input.TextArea rows={5} maxLength={5000} showCount />
            </Form.Item>
            <Form.Item name="isPublic" label={t('field.isPublic')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name={['contact', 'phone']} label={t('field.contactPhone')}>
              <Input type="tel" autoComplete="tel" />
            </Form.Item>
            <Form.Item name={['contact', 'email']} label={t('field.contactEmail')}>
              <Input type="email" autoComplete="email" />
            </Form.Item>
            <Form.Item name={['contact', 'wechat']} label={t('field.contactWechat')}>
              <Input maxLength={50} />
            </Form.Item>
            {save.isError && !form.getFieldsError().some((f) => f.errors.length) ? (
              <ErrorAlert error={save.error} />
            ) : null}
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {expert ? t('save') : t('create')}
            </Button>
          </Form>
        </Col>
        <Col xs={24} lg={11}>
          <ExpertPreview values={values ?? initial} />
        </Col>
      </Row>
    </>
  );
}

/** Exactly the public fields of an expert, as the form stands. */
function ExpertPreview({ values }: { values: Partial<ExpertForm> }) {
  const { t } = useTranslation('profile');
  const names = useReferenceNames();
  const list = (items: string[] | undefined) =>
    items && items.length > 0 ? items.join('、') : t('noneYet');
  return (
    <Card
      data-testid="public-preview"
      aria-label={t('preview')}
      title={<h3 style={{ margin: 0, fontSize: 'inherit' }}>{t('preview')}</h3>}
      style={{ position: 'sticky', top: 16 }}
    >
      <Typography.Paragraph type="secondary">{t('previewHint')}</Typography.Paragraph>
      {values.isPublic === false ? (
        <Alert type="warning" showIcon title={t('notPublic')} style={{ marginBottom: 12 }} />
      ) : null}
      <Typography.Title level={4} data-testid="preview-name">
        {values.name || t('noneYet')}
      </Typography.Title>
      <Typography.Paragraph>
        {[values.title, values.affiliation].filter(Boolean).join(' · ')}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'district',
            label: t('field.district'),
            children: values.district ? names.district(values.district) : t('noneYet'),
          },
          {
            key: 'industries',
            label: t('field.industryCodes'),
            children: list(values.industryCodes),
          },
          { key: 'fields', label: t('field.fields'), children: list(values.fields) },
          { key: 'skills', label: t('field.skills'), children: list(values.skills) },
          {
            key: 'services',
            label: t('field.services'),
            children: (
              <Space wrap size={[0, 4]}>
                {(values.services ?? []).map((s) => (
                  <Tag key={s}>{t(`enum.${s}`)}</Tag>
                ))}
              </Space>
            ),
          },
          {
            key: 'availability',
            label: t('field.availability'),
            children: values.availability ? t(`enum.${values.availability}`) : t('noneYet'),
          },
        ]}
      />
      <Typography.Paragraph
        style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}
        data-testid="preview-bio"
      >
        {values.bio || ''}
      </Typography.Paragraph>
    </Card>
  );
}

type OrgForm = components['schemas']['CreateCollegeDto'] &
  Partial<components['schemas']['CreateEnterpriseDto']>;

/** An organisation's editor, with its verification state and what to do next. */
function OrganizationEditor(props: {
  kind: 'enterprise' | 'college';
  organization: Organization | null;
  canEdit: boolean;
}) {
  const { t } = useTranslation('profile');
  const { message } = App.useApp();
  const { reload } = useAuth();
  const { kind, organization: org, canEdit } = props;
  const [form] = Form.useForm<OrgForm>();
  const save = useMutation({
    mutationFn: (values: OrgForm) => {
      const {
        creditCode,
        industryCode,
        size,
        majors,
        researchResults,
        level,
        trainingCapacity,
        studentCount,
        ...common
      } = values;
      if (kind === 'enterprise') {
        const body = {
          ...common,
          creditCode: creditCode!,
          industryCode: industryCode!,
          size: size!,
        };
        return org
          ? unwrap(
              api.PATCH('/api/v1/enterprises/{id}', { params: { path: { id: org.id } }, body }),
            )
          : unwrap(api.POST('/api/v1/enterprises', { body }));
      }
      const body = {
        ...common,
        level,
        majors: majors ?? [],
        researchResults: researchResults ?? [],
        ...(trainingCapacity !== null && trainingCapacity !== undefined
          ? { trainingCapacity }
          : {}),
        ...(studentCount !== null && studentCount !== undefined ? { studentCount } : {}),
      };
      return org
        ? unwrap(api.PATCH('/api/v1/colleges/{id}', { params: { path: { id: org.id } }, body }))
        : unwrap(api.POST('/api/v1/colleges', { body }));
    },
    onSuccess: async () => {
      void message.success(t('saved'));
      await reload();
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const o = org as (Organization & Record<string, unknown>) | null;
  const initial = o
    ? {
        name: o.name,
        district: o.district,
        description: o.description,
        tags: o.tags,
        creditCode: o.creditCode ?? undefined,
        industryCode: o.industryCode ?? undefined,
        size: o.size,
        level: o.level ?? undefined,
        majors: o.majors ?? [],
        researchResults: o.researchResults ?? [],
        trainingCapacity: o.trainingCapacity ?? undefined,
        studentCount: o.studentCount ?? undefined,
      }
    : { tags: [], majors: [], researchResults: [] };
  return (
    <>
      <Flex wrap justify="space-between" align="center" gap={8}>
        <Typography.Title level={2}>{t('orgTitle')}</Typography.Title>
        {org ? <Link to={`/organizations/${org.id}`}>{t('publicPage')}</Link> : null}
      </Flex>
      {org ? (
        <Alert
          data-testid="verification"
          type={
            org.status === 'verified' ? 'success' : org.status === 'rejected' ? 'error' : 'info'
          }
          showIcon
          title={`${t('status.label')}：${t(`status.${org.status}`)}`}
          description={
            <>
              <div>{t(`next.${org.status}`)}</div>
              {org.status === 'rejected' && org.rejectionReason ? (
                <div>{t('rejectionReason', { reason: String(org.rejectionReason) })}</div>
              ) : null}
            </>
          }
        />
      ) : (
        <Alert type="info" showIcon title={t('createOrg')} />
      )}
      {!canEdit ? (
        <Alert type="warning" showIcon title={t('readOnly')} style={{ marginTop: 8 }} />
      ) : null}
      <Form<OrgForm>
        form={form}
        layout="vertical"
        initialValues={initial as unknown as OrgForm}
        disabled={!canEdit}
        onFinish={(values) => save.mutate(values)}
        style={{ maxWidth: 760, marginTop: 16 }}
      >
        <Form.Item
          name="name"
          label={t('field.orgName')}
          rules={[
            { required: true, whitespace: true, min: 2, max: 100, message: t('orgNameRule') },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        {kind === 'enterprise' ? (
          <>
            <Form.Item
              name="creditCode"
              label={t('field.creditCode')}
              rules={[{ required: true, len: 18, message: t('creditCodeRule') }]}
            >
              <Input maxLength={18} />
            </Form.Item>
            <Form.Item
              name="industryCode"
              label={t('field.industryCode')}
              extra={t('field.industryHint')}
              rules={[{ required: true, message: t('required') }]}
            >
              <Input maxLength={5} />
            </Form.Item>
            <Form.Item
              name="size"
              label={t('field.size')}
              rules={[{ required: true, message: t('required') }]}
            >
              <Radio.Group options={SIZES.map((s) => ({ value: s, label: t(`enum.${s}`) }))} />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="level"
            label={t('field.level')}
            rules={[{ required: true, message: t('required') }]}
          >
            <Radio.Group options={LEVELS.map((l) => ({ value: l, label: l }))} />
          </Form.Item>
        )}
        <Form.Item
          name="district"
          label={t('field.district')}
          rules={[{ required: true, message: t('required') }]}
        >
          <DistrictSelect />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('field.description')}
          rules={[{ max: 5000, message: t('tooLong') }]}
        >
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item name="tags" label={t('field.tags')} extra={t('field.tagsHint')}>
          <WordsInput />
        </Form.Item>
        {kind === 'college' ? <CollegeFields /> : null}
        {save.isError && !form.getFieldsError().some((f) => f.errors.length) ? (
          <ErrorAlert error={save.error} />
        ) : null}
        {canEdit ? (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {org ? t('save') : t('create')}
          </Button>
        ) : null}
      </Form>
    </>
  );
}

/** A college's capacity, majors and research results. */
function CollegeFields() {
  const { t } = useTranslation('profile');
  return (
    <>
      <Space wrap>
        <Form.Item name="trainingCapacity" label={t('field.trainingCapacity')}>
          <InputNumber min={0} max={1000000} precision={0} />
        </Form.Item>
        <Form.Item name="studentCount" label={t('field.studentCount')}>
          <InputNumber min={0} max={1000000} precision={0} />
        </Form.Item>
      </Space>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('field.majors')}
      </Typography.Title>
      <Form.List name="majors">
        {(fields, { add, remove }) => (
          <>
            {fields.map(({ key, name }, index) => (
              <Flex key={key} wrap gap={8} align="start" data-testid="major-row">
                <Form.Item
                  name={[name, 'code']}
                  label={`${t('field.majorCode')} ${index + 1}`}
                  rules={[{ required: true, pattern: /^\d{6}$/, message: t('codeRule') }]}
                >
                  <Input maxLength={6} style={{ width: 120 }} />
                </Form.Item>
                <Form.Item
                  name={[name, 'name']}
                  label={`${t('field.majorName')} ${index + 1}`}
                  rules={[{ required: true, whitespace: true, max: 50, message: t('nameRule') }]}
                >
                  <Input maxLength={50} />
                </Form.Item>
                <Form.Item
                  name={[name, 'annualIntake']}
                  label={`${t('field.annualIntake')} ${index + 1}`}
                >
                  <InputNumber min={0} max={100000} precision={0} />
                </Form.Item>
                <Button onClick={() => remove(name)} style={{ marginTop: 30 }}>
                  {t('field.remove')} {index + 1}
                </Button>
              </Flex>
            ))}
            <Button onClick={() => add({})} style={{ marginBottom: 16 }}>
              {t('field.addMajor')}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('field.researchResults')}
      </Typography.Title>
      <Form.List name="researchResults">
        {(fields, { add, remove }) => (
          <>
            {fields.map(({ key, name }, index) => (
              <Flex key={key} wrap gap={8} align="start">
                <Form.Item
                  name={[name, 'title']}
                  label={`${t('field.researchTitle')} ${index + 1}`}
                  rules={[{ required: true, whitespace: true, max: 200, message: t('required') }]}
                >
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item
                  name={[name, 'year']}
                  label={`${t('field.researchYear')} ${index + 1}`}
                  rules={[{ required: true, message: t('required') }]}
                >
                  <InputNumber min={1950} max={2100} precision={0} />
                </Form.Item>
                <Form.Item
                  name={[name, 'summary']}
                  label={`${t('field.researchSummary')} ${index + 1}`}
                  rules={[{ max: 1000, message: t('tooLong') }]}
                >
                  <Input maxLength={1000} />
                </Form.Item>
                <Button onClick={() => remove(name)} style={{ marginTop: 30 }}>
                  {t('field.remove')} {index + 1}
                </Button>
              </Flex>
            ))}
            <Button
              onClick={() => add({ year: new Date().getFullYear() })}
              style={{ marginBottom: 16 }}
            >
              {t('field.addResearch')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
