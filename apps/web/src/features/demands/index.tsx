import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import '../matches/messages';

// One chunk per page: the list, a role's first page, must not carry the form and the matches.
const DemandList = lazy(() => import('./DemandList'));
const DemandForm = lazy(() => import('./DemandForm'));
const DemandDetail = lazy(() => import('./DemandDetail'));

/** `/demands`: the organisation's postings, a new one, one's page and a draft's edit. */
export default function Demands() {
  return (
    <Routes>
      <Route index element={<DemandList />} />
      <Route path="new" element={<DemandForm />} />
      <Route path=":id" element={<DemandDetail />} />
      <Route path=":id/edit" element={<DemandForm />} />
    </Routes>
  );
}
