import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  List,
  Popconfirm,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import { api, getJson, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldErrors } from '../../components/forms';
import { PageSkeleton } from '../../components/PageSkeleton';
import './messages';

type Offer = components['schemas']['OfferView'];
type OfferBody = components['schemas']['CreateOfferDto'];
type Interest = components['schemas']['OfferInterestView'];
type OfferKind = Offer['kind'];

/** The kinds each provider publishes (libs/demands offers). */
const KINDS: Record<'college' | 'expert', OfferKind[]> = {
  college: ['training_programme', 'research_result'],
  expert: ['consulting_service', 'research_result', 'training_programme'],
};

export default function OfferRoutes() {
  return (
    <Routes>
      <Route index element={<OffersPage />} />
      <Route path="new" element={<OfferEditor />} />
      <Route path=":id" element={<OfferEditor />} />
    </Routes>
  );
}

/** Who publishes: the college of the caller, or their expert profile. */
function useProvider() {
  const { me } = useAuth();
  if (me?.user.role === 'college' && me.organization)
    return { type: 'college' as const, query: `organizationId=${me.organization.id}` };
  if (me?.user.role === 'expert' && me.expertProfile)
    return { type: 'expert' as const, query: `expertId=${me.expertProfile.id}` };
  return null;
}

function NoProvider() {
  const { t } = useTranslation('offers');
  return (
    <>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <EmptyState text={t('noProvider')} action={<Link to="/profile">{t('toProfile')}</Link>} />
    </>
  );
}

/** The caller's own offers and the interests they received. */
function OffersPage() {
  const { t, i18n } = useTranslation('offers');
  const provider = useProvider();
  const offers = useQuery({
    queryKey: ['offers', 'own', provider?.query],
    queryFn: () => getJson<{ items: Offer[] }>(`/api/v1/offers?${provider!.query}&pageSize=100`),
    enabled: !!provider,
  });
  const interests = useQuery({
    queryKey: ['offer-interests', 'received'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/offer-interests', {
          params: { query: { direction: 'received', pageSize: 50 } },
        }),
      ),
    enabled: !!provider,
  });
  if (!provider) return <NoProvider />;
  const date = (value: string) => new Date(value).toLocaleString(i18n.language);
  const received = (interests.data as { items?: Interest[] } | undefined)?.items ?? [];
  return (
    <>
      <Flex wrap justify="space-between" align="center" gap={8}>
        <Typography.Title level={2}>{t('title')}</Typography.Title>
        <Link to="/offers/new" className="ant-btn ant-btn-primary">
          {t('create')}
        </Link>
      </Flex>
      <Typography.Paragraph type="secondary">{t(`intro.${provider.type}`)}</Typography.Paragraph>
      {offers.isPending ? <PageSkeleton /> : null}
      {offers.isError ? <ErrorAlert error={offers.error} /> : null}
      {offers.data && offers.data.items.length === 0 ? (
        <EmptyState text={t('empty')} action={<Link to="/offers/new">{t('create')}</Link>} />
      ) : null}
      {offers.data && offers.data.items.length > 0 ? (
        <List<Offer>
          dataSource={offers.data.items}
          renderItem={(offer) => (
            <List.Item
              data-testid="offer"
              actions={[
                <Link
                  key="edit"
                  to={`/offers/${offer.id}`}
                  aria-label={`${t('edit')} ${offer.title}`}
                >
                  {t('edit')}
                </Link>,
              ]}
            >
              <List.Item.Meta
                title={offer.title}
                description={
                  <Space wrap>
                    <Tag>{t(`kind.${offer.kind}`)}</Tag>
                    <Tag>{t(`status.${offer.status}`)}</Tag>
                    <span>{t('updatedAt', { time: date(offer.updatedAt) })}</span>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      ) : null}
      <Typography.Title level={3} style={{ marginTop: 24 }}>
        {t('interests')}
      </Typography.Title>
      {interests.isPending ? <PageSkeleton rows={2} /> : null}
      {interests.isError ? <ErrorAlert error={interests.error} /> : null}
      {interests.isSuccess && received.length === 0 ? (
        <EmptyState
          text={t('interestsEmpty')}
          action={<Link to="/offers/new">{t('create')}</Link>}
        />
      ) : null}
      {received.length > 0 ? (
        <List<Interest>
          dataSource={received}
          renderItem={(interest) => (
            <List.Item
              data-testid="interest"
              actions={[
                <Link key="open" to={`/offer-interests/${interest.id}`}>
                  {t('open')}
                </Link>,
              ]}
            >
              <List.Item.Meta
                title={t('from', { name: interest.organization.name })}
                description={
                  <Space orientation="vertical" size={2}>
                    <span>{t('on', { title: interest.offer.title })}</span>
                    <Typography.Text>{interest.message}</Typography.Text>
                    <Space wrap>
                      <Tag>{t(`interestStatus.${interest.status}`)}</Tag>
                      <span>{date(interest.createdAt)}</span>
                    </Space>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      ) : null}
    </>
  );
}

function WordsInput(props: { value?: string[]; onChange?(v: string[]): void; id?: string }) {
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

/** Create (/offers/new) or edit (/offers/:id) an offer, with the api's messages at the fields. */
function OfferEditor() {
  const { id } = useParams();
  const { t } = useTranslation('offers');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const provider = useProvider();
  const [form] = Form.useForm<OfferBody>();
  const kind = Form.useWatch('kind', form);
  const offer = useQuery({
    queryKey: ['offers', id],
    queryFn: () => unwrap(api.GET('/api/v1/offers/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
  });
  const save = useMutation({
    mutationFn: (body: OfferBody) =>
      id
        ? unwrap(api.PATCH('/api/v1/offers/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/offers', { body })),
    onSuccess: () => {
      void message.success(id ? t('saved') : t('created'));
      void queryClient.invalidateQueries({ queryKey: ['offers'] });
      void navigate('/offers');
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const archive = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/v1/offers/{id}', {
          params: { path: { id: id! } },
          body: { status: 'archived' },
        }),
      ),
    onSuccess: () => {
      void message.success(t('archived'));
      void queryClient.invalidateQueries({ queryKey: ['offers'] });
      void navigate('/offers');
    },
  });
  if (!provider) return <NoProvider />;
  if (id && offer.isPending) return <PageSkeleton />;
  if (id && offer.isError) return <ErrorAlert error={offer.error} />;
  const o = offer.data;
  const initial: Partial<OfferBody> = o
    ? {
        kind: o.kind,
        title: o.title,
        description: o.description,
        fields: o.fields,
        tags: o.tags,
        industryCodes: o.industryCodes,
      }
    : { kind: KINDS[provider.type][0], fields: [], tags: [], industryCodes: [] };
  return (
    <>
      <Flex wrap justify="space-between" align="center" gap={8}>
        <Typography.Title level={2}>{id ? t('editTitle') : t('newTitle')}</Typography.Title>
        <Link to="/offers">{t('back')}</Link>
      </Flex>
      {o?.status === 'archived' ? (
        <Alert type="info" showIcon title={t('status.archived')} />
      ) : null}
      <Card style={{ maxWidth: 760 }}>
        <Form<OfferBody>
          form={form}
          layout="vertical"
          initialValues={initial}
          onFinish={(values) => save.mutate(values)}
        >
          <Form.Item
            name="kind"
            label={t('field.kind')}
            rules={[{ required: true, message: t('required') }]}
            extra={kind ? t(`kindHint.${kind}`) : undefined}
          >
            <Radio.Group
              options={KINDS[provider.type].map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('field.title')}
            rules={[
              { required: true, whitespace: true, min: 4, max: 100, message: t('titleRule') },
            ]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('field.description')}
            rules={[{ max: 10000, message: t('tooLong') }]}
          >
            <Input.TextArea rows={6} maxLength={10000} showCount />
          </Form.Item>
          <Form.Item name="fields" label={t('field.fields')} extra={t('field.tagsHint')}>
            <WordsInput />
          </Form.Item>
          <Form.Item
            name="industryCodes"
            label={t('field.industryCodes')}
            extra={t('field.industryHint')}
          >
            <WordsInput />
          </Form.Item>
          <Form.Item name="tags" label={t('field.tags')} extra={t('field.tagsHint')}>
            <WordsInput />
          </Form.Item>
          {save.isError && !form.getFieldsError().some((f) => f.errors.length) ? (
            <ErrorAlert error={save.error} />
          ) : null}
          {archive.isError ? <ErrorAlert error={archive.error} /> : null}
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {id ? t('save') : t('publish')}
            </Button>
            {id && o?.status === 'active' ? (
              <Popconfirm
                title={t('archiveConfirm')}
                okText={t('archive')}
                cancelText={t('cancel')}
                onConfirm={() => archive.mutate()}
              >
                <Button loading={archive.isPending}>{t('archive')}</Button>
              </Popconfirm>
            ) : null}
          </Space>
        </Form>
      </Card>
    </>
  );
}
