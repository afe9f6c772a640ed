import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Descriptions, type DescriptionsProps, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSkeleton } from '../../components/PageSkeleton';
import { NS } from './messages';
import { type ContactPerson, ContactList } from './parts';
import { StatusTag } from './status';

/** A detail page's skeleton while loading, or its error under `title`. */
export function DetailFallback({ query, title }: { query: UseQueryResult; title: string }) {
  if (query.isPending) return <PageSkeleton />;
  return (
    <>
      <Typography.Title level={2}>{title}</Typography.Title>
      <ErrorAlert error={query.error} />
    </>
  );
}

/**
 * A match's or an offer interest's page: the title with the status, the facts and the actions,
 * both sides' contacts once accepted (`contacts`, else a note that they are hidden), then `children`.
 */
export function DetailLayout({
  title,
  status,
  items,
  actions,
  contacts,
  children,
}: {
  title: string;
  status: string;
  items: DescriptionsProps['items'];
  actions: ReactNode;
  contacts: { title: string; people: ContactPerson[] }[] | null;
  children?: ReactNode;
}) {
  const { t } = useTranslation(NS);
  return (
    <>
      <Flex wrap gap="small" align="center">
        <Typography.Title level={2} style={{ marginBottom: 0 }}>
          {title}
        </Typography.Title>
        <StatusTag status={status} />
      </Flex>
      <Card size="small" style={{ margin: '16px 0' }}>
        <Descriptions size="small" column={1} items={items} />
        <div style={{ marginTop: 12 }}>{actions}</div>
      </Card>
      <Typography.Title level={3}>{t('connectionsPage.contacts')}</Typography.Title>
      {contacts ? (
        <Flex wrap gap="large">
          {contacts.map((side) => (
            <ContactList key={side.title} title={side.title} people={side.people} />
          ))}
        </Flex>
      ) : (
        <Typography.Paragraph>{t('connectionsPage.contactsHidden')}</Typography.Paragraph>
      )}
      {children}
    </>
  );
}
