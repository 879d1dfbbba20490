import { Overview } from '../features/overview/Overview';

export function OverviewPage() {
  return <Overview />;
}
