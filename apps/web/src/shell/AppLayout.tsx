import { Layout } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { useAuth } from '../auth';
import { PageSkeleton } from '../components/PageSkeleton';
import { HeaderBar, SkipLink, usePhone } from './HeaderBar';

// The menu, the bell and the live stream load only once someone is logged in.
const SignedInLayout = lazy(() => import('./SignedInLayout'));

/** The frame of every page: the signed-in layout for a user, a plain header for everyone else. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const phone = usePhone();
  if (user) {
    return (
      <Suspense fallback={<PageSkeleton />}>
        <SignedInLayout>{children}</SignedInLayout>
      </Suspense>
    );
  }
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink />
      <HeaderBar />
      <Layout.Content id="main" tabIndex={-1} style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
        {children}
      </Layout.Content>
    </Layout>
  );
}
