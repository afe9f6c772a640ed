import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Button, ConfigProvider, Layout, Segmented, Space, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes, useNavigate } from 'react-router';
import { AuthProvider, canSeeDashboard, useAuth } from './auth';
import { type Language, LANGUAGES } from './i18n';
import Home from './pages/Home';

// Split by role: the public page never loads the login form's or the dashboard's code.
const Login = lazy(() => import('./pages/Login'));
const Dashboard = lazy(() => import('./pages/Dashboard'));

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

function Header() {
  const { t, i18n } = useTranslation();
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
      <Link to="/" style={{ color: '#fff', fontWeight: 600, fontSize: 18 }}>
        {t('brand')}
      </Link>
      <Space style={{ flex: 1 }}>
        <Link to="/">{t('nav.home')}</Link>
        {canSeeDashboard(user) ? <Link to="/dashboard">{t('nav.dashboard')}</Link> : null}
      </Space>
      <Segmented<Language>
        aria-label={t('language')}
        value={i18n.language as Language}
        options={LANGUAGES.map((lng) => ({ value: lng, label: lng === 'en' ? 'EN' : '中文' }))}
        onChange={(lng) => void i18n.changeLanguage(lng)}
      />
      {user ? (
        <Button
          onClick={() => {
            logout();
            queryClient.removeQueries({ queryKey: ['stats', 'platform'] });
            void navigate('/');
          }}
        >
          {t('nav.logout')}
        </Button>
      ) : (
        <Button type="primary" onClick={() => void navigate('/login')}>
          {t('nav.login')}
        </Button>
      )}
    </Layout.Header>
  );
}

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      button={{ autoInsertSpace: false }}
    >
      <QueryClientProvider client={queryClient}>
        <AuthProvider>
          <BrowserRouter>
            <Layout style={{ minHeight: '100vh' }}>
              <Header />
              <Layout.Content style={{ padding: 24 }}>
                <Suspense fallback={<Spin />}>
                  <Routes>
                    <Route path="/" element={<Home />} />
                    <Route path="/login" element={<Login />} />
                    <Route path="/dashboard" element={<Dashboard />} />
                    <Route path="*" element={<Home />} />
                  </Routes>
                </Suspense>
              </Layout.Content>
            </Layout>
          </BrowserRouter>
        </AuthProvider>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
