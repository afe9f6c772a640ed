import { BellOutlined, MenuOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Drawer, Grid, Layout, Menu, Segmented, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { useAuth } from '../auth';
import { type Language, LANGUAGES, localized } from '../i18n';
import { useNotificationStream } from '../live/useNotificationStream';
import { navFor } from './nav';

/** Unread notifications; the live stream invalidates it, so the badge moves without polling. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: () => unwrap(api.GET('/api/v1/notifications/unread-count')),
    enabled,
    select: (data) => data.unread,
  });
}

function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { user } = useAuth();
  const { pathname } = useLocation();
  const { i18n } = useTranslation();
  const items = navFor(user?.role);
  const selected = items
    .map((item) => item.path)
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);
  return (
    <Menu
      mode="inline"
      selectedKeys={selected}
      aria-label={i18n.language === 'en' ? 'Main menu' : '主菜单'}
      items={items.map((item) => ({
        key: item.path,
        label: (
          <Link to={item.path} onClick={onNavigate}>
            {localized(item.label)}
          </Link>
        ),
      }))}
    />
  );
}

/**
 * The frame of every page: header (brand, menu button on phones, unread badge, language,
 * login or logout) and, for a logged-in user, the role's menu.
 */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const unread = useUnreadCount(Boolean(user));
  useNotificationStream(user?.id);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: phone ? 8 : 16,
          paddingInline: phone ? 8 : 24,
        }}
      >
        {user && phone ? (
          <Button
            aria-label={t('nav.menu')}
            aria-expanded={drawerOpen}
            icon={<MenuOutlined />}
            onClick={() => setDrawerOpen(true)}
          />
        ) : null}
        <Link
          to="/"
          style={{
            color: '#fff',
            fontWeight: 600,
            fontSize: phone ? 15 : 18,
            whiteSpace: 'nowrap',
          }}
        >
          {t('brand')}
        </Link>
        <Space style={{ flex: 1 }}>
          {!phone ? (
            <Link to="/" style={{ color: '#fff' }}>
              {t('nav.home')}
            </Link>
          ) : null}
        </Space>
        {user ? (
          <Link to="/notifications" aria-label={t('nav.unread', { count: unread.data ?? 0 })}>
            <Badge count={unread.data ?? 0} size="small" data-testid="unread-badge">
              <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
            </Badge>
          </Link>
        ) : null}
        <Segmented<Language>
          size={phone ? 'small' : 'middle'}
          aria-label={t('language')}
          value={i18n.language as Language}
          options={LANGUAGES.map((lng) => ({ value: lng, label: lng === 'en' ? 'EN' : '中文' }))}
          onChange={(lng) => void i18n.changeLanguage(lng)}
        />
        {user ? (
          <Button
            size={phone ? 'small' : 'middle'}
            onClick={() => {
              void logout().then(() => navigate('/'));
            }}
          >
            {t('nav.logout')}
          </Button>
        ) : (
          <Button
            type="primary"
            size={phone ? 'small' : 'middle'}
            onClick={() => void navigate('/login')}
          >
            {t('nav.login')}
          </Button>
        )}
      </Layout.Header>
      <Layout>
        {user && !phone ? (
          <Layout.Sider width={200} theme="light">
            <nav>
              <SideMenu />
            </nav>
          </Layout.Sider>
        ) : null}
        {user && phone ? (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={t('brand')}
            size={240}
          >
            <nav>
              <SideMenu onNavigate={() => setDrawerOpen(false)} />
            </nav>
          </Drawer>
        ) : null}
        <Layout.Content id="main" tabIndex={-1} style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
