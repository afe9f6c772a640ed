import { Route, Routes } from 'react-router';
import NewProject from './NewProject';
import ProjectList from './ProjectList';
import ProjectPage from './ProjectPage';
import { FeatureTheme } from './FeatureTheme';

/** Cooperation projects after the match (ADR 0019): the list, a project, one from a match. */
export default function Projects() {
  return (
    <FeatureTheme>
      <Routes>
        <Route index element={<ProjectList />} />
        <Route path="new" element={<NewProject />} />
        <Route path=":id" element={<ProjectPage />} />
      </Routes>
    </FeatureTheme>
  );
}
