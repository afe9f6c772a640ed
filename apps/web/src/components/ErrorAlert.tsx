import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** An error in plain words, with the problem's code for support. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const code =
    error instanceof ApiError ? error.code : error instanceof TypeError ? 'NETWORK' : 'UNKNOWN';
  const plain = i18n.exists(`error.${code}`) ? t(`error.${code}`) : t('error.generic');
  const detail = error instanceof ApiError ? error.detail : '';
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('error.title')}
      description={
        <>
          <div>{plain}</div>
          {detail && detail !== plain ? <div>{detail}</div> : null}
          <div>{t('error.code', { code })}</div>
        </>
      }
    />
  );
}
