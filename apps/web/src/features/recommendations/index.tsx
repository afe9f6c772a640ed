import { EmptyState } from '../../components/EmptyState';

// Placeholder until this screen is built (issue 14).
export default function Placeholder() {
  return <EmptyState text="建设中 / Coming soon" />;
}
