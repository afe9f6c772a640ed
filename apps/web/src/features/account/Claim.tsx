import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useAuth } from '../../auth';
import { TokenAcceptance } from './TokenAcceptance';
import './messages';

/** A pre-made profile's claim link: what it is, then accept (making the account if needed). */
export default function Claim() {
  const { t } = useTranslation('account');
  const { login } = useAuth();
  return (
    <TokenAcceptance
      prefix="claim"
      next="/profile"
      preview={(token) => unwrap(api.POST('/api/v1/claims/preview', { body: { token } }))}
      accept={async (token, values, p) => {
        await unwrap(api.POST('/api/v1/claims/accept', { body: { token, ...values } }));
        // A new account logs in here in cookie mode; an existing one logs in as usual.
        if (values.password) {
          await login(p.email, values.password);
          return true;
        }
        return false;
      }}
      describe={(p) => (
        <>
          <Typography.Paragraph>
            {t('claim.intro', {
              name: p.profileName,
              subject: t(`claim.subject.${p.subjectType}`),
            })}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'name', label: t('claim.profile'), children: p.profileName },
              { key: 'email', label: t('claim.email'), children: p.email },
            ]}
          />
        </>
      )}
    />
  );
}
