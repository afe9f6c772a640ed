import { BellOutlined, MenuOutlined } from '@ant-design/icons';
import { App, Badge, Button, Drawer, Layout, Menu } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { localized } from '../i18n';
import { useNotificationStream } from '../live/useNotificationStream';
import { useUnreadCount } from '../live/useUnreadCount';
import { HeaderBar, SkipLink, usePhone } from './HeaderBar';
import { navFor } from './nav';

function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { user } = useAuth();
  const { pathname } = useLocation();
  const { t } = useTranslation();
  const items = navFor(user?.role);
  const selected = items
    .map((item) => item.path)
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);
  return (
    <nav aria-label={t('nav.main')}>
      <Menu
        mode="inline"
        selectedKeys={selected}
        items={items.map((item) => ({
          key: item.path,
          label: (
            <Link to={item.path} onClick={onNavigate}>
              {localized(item.label)}
            </Link>
          ),
        }))}
      />
    </nav>
  );
}

/**
 * The frame of a logged-in user's pages: the role's menu (a drawer on phones), the unread
 * bell fed by the live stream, logout. A chunk of its own: the public page never loads it.
 */
export default function SignedInLayout({ children }: { children: ReactNode }) {
  // antd's App context first: the live stream's toasts and the pages' messages use it.
  return (
    <App>
      <Frame>{children}</Frame>
    </App>
  );
}

function Frame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const phone = usePhone();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const unread = useUnreadCount();
  useNotificationStream(user?.id);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink />
      <HeaderBar
        start={
          phone ? (
            <Button
              aria-label={t('nav.menu')}
              aria-expanded={drawerOpen}
              icon={<MenuOutlined />}
              onClick={() => setDrawerOpen(true)}
            />
          ) : null
        }
        end={
          <>
            <Link to="/notifications" aria-label={t('nav.unread', { count: unread.data ?? 0 })}>
              <Badge count={unread.data ?? 0} size="small" data-testid="unread-badge">
                <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
              </Badge>
            </Link>
            <Button
              size={phone ? 'small' : 'middle'}
              onClick={() => void logout().then(() => navigate('/'))}
            >
              {t('nav.logout')}
            </Button>
          </>
        }
      />
      <Layout>
        {phone ? (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={t('brand')}
            size={240}
          >
            <SideMenu onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        ) : (
          <Layout.Sider width={200} theme="light">
            <SideMenu />
          </Layout.Sider>
        )}
        <Layout.Content id="main" tabIndex={-1} style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
