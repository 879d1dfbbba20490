import { ObligationsList } from '../features/obligations/ObligationsList';

export function ObligationsPage() {
  return <ObligationsList />;
}
