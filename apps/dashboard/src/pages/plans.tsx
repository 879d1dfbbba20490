import { PlansList } from '../features/plans/PlansList';

export function PlansPage() {
  return <PlansList />;
}
