import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { ApiError } from './api/client';
import { AuthProvider, useAuth } from './auth';
import { PageSkeleton } from './components/PageSkeleton';
import Home from './pages/Home';
import { AppLayout } from './shell/AppLayout';
import { FEATURE_ROUTES } from './shell/routes';

// Split by role: the public page never loads the login form's or any role's code.
const Login = lazy(() => import('./pages/Login'));
const WithAntApp = lazy(() => import('./shell/WithAntApp'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refused request (4xx) will be refused again; only network and server errors retry.
      retry: (failures, error) =>
        failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

/**
 * antd's default primary blue and its grey secondary texts miss WCAG AA contrast (4.5:1) on
 * white; these keep the look and pass (checked by axe in the browser tests).
 */
const ACCESSIBLE_TOKENS = {
  colorPrimary: '#0958d9',
  // antd derives lighter hover shades, which fail 4.5:1 under white text: darker instead.
  colorPrimaryHover: '#003eb3',
  colorPrimaryActive: '#002c8c',
  colorLink: '#0958d9',
  colorLinkHover: '#003eb3',
  colorError: '#cf1322',
  colorErrorHover: '#a8071a',
  colorErrorActive: '#820014',
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  colorTextDescription: 'rgba(0, 0, 0, 0.6)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  colorTextDisabled: 'rgba(0, 0, 0, 0.5)',
};

/** Pages behind a login: wait for a reload's session restore, else send to /login and back. */
function RequireLogin({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const location = useLocation();
  if (me === undefined) return <PageSkeleton />;
  if (me === null) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return children;
}

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      button={{ autoInsertSpace: false }}
      theme={{ token: ACCESSIBLE_TOKENS }}
    >
      <QueryClientProvider client={queryClient}>
        <AuthProvider>
          <BrowserRouter>
            <AppLayout>
              <Suspense fallback={<PageSkeleton />}>
                <Routes>
                  <Route path="/" element={<Home />} />
                  <Route path="/login" element={<Login />} />
                  {FEATURE_ROUTES.map(({ path, component: Page, auth }) => (
                    <Route
                      key={path}
                      path={path}
                      element={
                        auth ? (
                          <RequireLogin>
                            <Page />
                          </RequireLogin>
                        ) : (
                          <WithAntApp>
                            <Page />
                          </WithAntApp>
                        )
                      }
                    />
                  ))}
                  <Route path="*" element={<Home />} />
                </Routes>
              </Suspense>
            </AppLayout>
          </BrowserRouter>
        </AuthProvider>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
