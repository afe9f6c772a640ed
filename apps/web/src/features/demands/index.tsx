import { Route, Routes } from 'react-router';
import '../matches/messages';
import DemandDetail from './DemandDetail';
import DemandForm from './DemandForm';
import DemandList from './DemandList';

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
