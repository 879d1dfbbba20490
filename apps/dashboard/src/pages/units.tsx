import { UnitsList } from '../features/units/UnitsList';

export function UnitsPage() {
  return <UnitsList />;
}
