import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

/**
 * The shell's theme with a darker error red: antd's #ff4d4f on white (3.3:1) fails WCAG AA for
 * the form errors these screens show (axe in the browser test). Nested, so it only narrows.
 */
export function FeatureTheme({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={{ token: { colorError: '#c41d2f' } }}>{children}</ConfigProvider>;
}
