import { ConfigProvider } from 'antd';
import { Navigate, Route, Routes } from 'react-router';
import './messages';
import AuditPage from './AuditPage';
import ImportsPage from './ImportsPage';
import ReportsPage from './ReportsPage';
import VerificationsPage from './VerificationsPage';

/** antd's error red on white is 3.8:1; this one reads at 6.4:1 (danger buttons, WCAG AA). */
const READABLE_DANGER = { token: { colorError: '#cf1322' } };

/** /admin/*: the city staff's work: the review queue, imports, the yearly report, the log. */
export default function Admin() {
  return (
    <ConfigProvider theme={READABLE_DANGER}>
      <Routes>
        <Route index element={<Navigate to="verifications" replace />} />
        <Route path="verifications" element={<VerificationsPage />} />
        <Route path="imports" element={<ImportsPage />} />
        <Route path="imports/:id" element={<ImportsPage />} />
        <Route path="reports" element={<ReportsPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="*" element={<Navigate to="verifications" replace />} />
      </Routes>
    </ConfigProvider>
  );
}
