import { useMutation } from '@tanstack/react-query';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NS } from './messages';

/** Opens (or creates) the conversation of a match or an offer interest, then goes there. */
export function OpenConversationButton({
  subjectType,
  subjectId,
}: {
  subjectType: 'connection' | 'offer_interest';
  subjectId: string;
}) {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  const open = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/conversations', { body: { subjectType, subjectId } })),
    onSuccess: (thread) => void navigate(`/conversations/${thread.id}`),
  });
  return (
    <>
      <Button type="primary" loading={open.isPending} onClick={() => open.mutate()}>
        {t('connectionsPage.openConversation')}
      </Button>
      {open.isError ? <ErrorAlert error={open.error} /> : null}
    </>
  );
}
