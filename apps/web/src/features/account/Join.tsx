import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useAuth } from '../../auth';
import { TokenAcceptance } from './TokenAcceptance';
import './messages';

/** A team invitation's link: who invites you where, then accept (making the account if needed). */
export default function Join() {
  const { t, i18n } = useTranslation('account');
  const { login, reload, user } = useAuth();
  return (
    <TokenAcceptance
      prefix="join"
      next="/team"
      preview={(token) => unwrap(api.POST('/api/v1/team-invitations/preview', { body: { token } }))}
      accept={async (token, values, p) => {
        const result = await unwrap(
          api.POST('/api/v1/team-invitations/accept', { body: { token, ...values } }),
        );
        if (result.accountCreated && values.password) {
          await login(p.email, values.password);
          return true;
        }
        if (user) {
          await reload();
          return true;
        }
        return false;
      }}
      describe={(p) => (
        <>
          <Typography.Paragraph>
            {t('join.intro', {
              inviter: p.inviterName,
              role: t(`join.role.${p.role}`),
              kind: t(`join.kind.${p.organizationKind}`),
              name: p.organizationName,
            })}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'email', label: t('join.email'), children: p.email },
              {
                key: 'expires',
                label: t('join.title'),
                children: t('join.expiresAt', {
                  time: new Date(p.expiresAt).toLocaleString(i18n.language),
                }),
              },
            ]}
          />
        </>
      )}
    />
  );
}
