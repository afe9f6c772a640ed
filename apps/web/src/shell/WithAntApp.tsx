import { App } from 'antd';
import type { ReactNode } from 'react';

/**
 * antd's App context (message, notification, modal via App.useApp()) for the pages that use it.
 * A chunk of its own: the modal and notification code stays out of the public page's bundle.
 */
export default function WithAntApp({ children }: { children: ReactNode }) {
  return <App>{children}</App>;
}
