import { Route, Routes } from 'react-router';
import './messages';
import CityDashboard from './CityDashboard';

/** /dashboard: the city's statistics for the platform admin and district operators. */
export default function Dashboard() {
  return (
    <Routes>
      <Route index element={<CityDashboard />} />
      <Route path="*" element={<CityDashboard />} />
    </Routes>
  );
}
