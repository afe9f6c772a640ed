import { Button, Grid, Layout, Segmented } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type Language, LANGUAGES } from '../i18n';

/** Phones get a tighter header and a drawer instead of the side menu. */
export const usePhone = (): boolean => !Grid.useBreakpoint().md;

/**
 * The header of every page: `start` (the phone's menu button), the brand, `end` (the unread
 * bell, logout) and the language switch. Signed-out pages get a login button as `end`.
 */
export function HeaderBar({ start, end }: { start?: ReactNode; end?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const phone = usePhone();
  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: phone ? 8 : 16,
        paddingInline: phone ? 8 : 24,
      }}
    >
      {start}
      <Link
        to="/"
        style={{ color: '#fff', fontWeight: 600, fontSize: phone ? 15 : 18, whiteSpace: 'nowrap' }}
      >
        {t('brand')}
      </Link>
      <div style={{ flex: 1 }}>
        {!phone ? (
          <Link to="/" style={{ color: '#fff' }}>
            {t('nav.home')}
          </Link>
        ) : null}
      </div>
      <Segmented<Language>
        size={phone ? 'small' : 'middle'}
        aria-label={t('language')}
        value={i18n.language as Language}
        options={LANGUAGES.map((lng) => ({ value: lng, label: lng === 'en' ? 'EN' : '中文' }))}
        onChange={(lng) => void i18n.changeLanguage(lng)}
      />
      {end ?? (
        <Button
          type="primary"
          size={phone ? 'small' : 'middle'}
          onClick={() => void navigate('/login')}
        >
          {t('nav.login')}
        </Button>
      )}
    </Layout.Header>
  );
}

/** The keyboard's way past the header and the menu. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('skipToContent')}
    </a>
  );
}
