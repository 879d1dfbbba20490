import { LegislationList } from '../features/legislation/LegislationList';

export function LegislationPage() {
  return <LegislationList />;
}
